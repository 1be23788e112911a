// @vitest-environment happy-dom
// axe-core over the rendered popup in every state: zero violations. happy-dom has no layout, so
// colour contrast is checked in real Chromium by tests/e2e/popup.test.mjs; everything else is here.
import { render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SiteAccess, TabInfo } from '@/components/popup-client';
import { Report } from '@/components/report';
import type { PageState } from '@/lib/messages';
import { fakeClient, readyState, renderPopup } from './render-popup';

const axeViolations = async (container: Element) => {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

beforeEach(() => {
  fakeBrowser.reset();
});

const page = (status: PageState['status'], extra: Partial<PageState> = {}): PageState => ({
  status,
  title: 'A story',
  site: 'example.com',
  ...extra,
});

const CASES: [string, { states?: (PageState | Error)[]; tab?: TabInfo | null; access?: SiteAccess }, string][] = [
  ['ready', { states: [readyState()] }, 'Who said what'],
  ['starting', { states: [page('starting')] }, 'Looking at the page…'],
  ['analysing with progress', { states: [page('analysing', { progress: 0.3 })] }, 'Reading the article…'],
  ['not an article', { states: [page('not-article')] }, 'This doesn’t look like an article'],
  ['nothing found', { states: [page('empty')] }, 'Nothing found'],
  ['paused', { states: [page('paused')] }, 'Sourcelight is off on example.com'],
  ['error', { states: [page('error', { error: 'boom' })] }, 'Sourcelight couldn’t analyse this page'],
  ['unreachable', { states: [new Error('Receiving end does not exist')] }, 'Reload the page'],
  [
    'site access withheld',
    { states: [new Error('Receiving end does not exist')], access: { allSites: false, thisSite: false } },
    'Sourcelight may not read www.theguardian.com',
  ],
  [
    'restricted',
    { tab: { id: 1, url: 'chrome://extensions/', title: 'Extensions' } },
    'Sourcelight can’t read this page',
  ],
  ['no tab', { tab: null }, 'No page to read'],
  [
    'not in English',
    { states: [page('not-english', { pageKind: { english: false, lang: 'de', genre: 'news' } })] },
    'Sourcelight reads English articles',
  ],
  [
    'an opinion piece',
    { states: [{ ...readyState(), pageKind: { english: true, genre: 'opinion', why: 'section: Opinion' } }] },
    'Who said what',
  ],
];

test.each(CASES)('no axe violations: %s', async (_name, options, heading) => {
  // slow polling keeps the DOM still while axe runs; 'unreachable' needs a few quick failed polls
  const pollMs = options.states?.[0] instanceof Error ? 5 : 10_000;
  const { container } = renderPopup({ client: fakeClient(options).client, pollMs });
  await screen.findByRole('heading', { name: heading });
  // expand one long statement too, so both forms are checked
  screen.queryAllByRole('button', { name: 'Show more' })[0]?.click();
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations).toEqual([]);
});

test('axe does check in happy-dom (a control: an unnamed switch is a violation)', async () => {
  const { container } = renderPopup({ client: fakeClient().client, pollMs: 10_000 });
  await screen.findByRole('heading', { name: 'Who said what' });
  const bad = document.createElement('input');
  bad.type = 'checkbox';
  bad.setAttribute('role', 'switch');
  container.querySelector('main')!.append(bad);
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => v.id)).toContain('label');
});

test('no axe violations: the side panel, the switches open, a count link followed and a claim current', async () => {
  const { container } = renderPopup({ client: fakeClient().client, pollMs: 10_000, mode: 'panel' });
  await screen.findByRole('heading', { name: 'Who said what' });
  screen.getByText('Show on page').click();
  screen.getByRole('link', { name: '1 from unnamed sources' }).click();
  await screen.findByText(/Showing only/);
  expect(await axeViolations(container)).toEqual([]);
});

test('no axe violations: the printable report, with and without an analysis', async () => {
  const { container, rerender } = render(
    <Report state={readyState()} title="A story" url="https://example.com/a" date={new Date(0)} onPrint={() => {}} />,
  );
  expect(await axeViolations(container)).toEqual([]);
  rerender(<Report state={null} title="" date={new Date(0)} problem="The tab this report was for is closed." />);
  expect(await axeViolations(container)).toEqual([]);
});
