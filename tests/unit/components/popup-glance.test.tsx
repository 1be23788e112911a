// @vitest-environment happy-dom
// The popup read at a glance: the scorecard first, its counts as links that filter, claims before who said
// what, previous / next claim by button and key, statements that look clickable, switches folded under "Show on
// page", the badge switch, the page kind (not English, opinion), the legend and report links, and the panel
// mode following its tab.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PopupClient } from '@/components/popup-client';
import type { PageState, PopupRequest } from '@/lib/messages';
import { loadSettings } from '@/lib/settings-store';
import { fakeClient, readyState, renderPopup } from './render-popup';

beforeEach(() => {
  fakeBrowser.reset();
});

/** A client whose content script answers step-claim like the page does (going round the claims). */
function steppingClient(total = 2, options: Parameters<typeof fakeClient>[0] = {}) {
  const fake = fakeClient(options);
  let at: number | null = null;
  const inner = fake.client.send.getMockImplementation()!;
  fake.client.send.mockImplementation(async (request: PopupRequest) => {
    if (request.type !== 'sourcelight/step-claim') return inner(request);
    fake.sent.push(request);
    at =
      at === null
        ? request.direction === 'next'
          ? 0
          : total - 1
        : (at + (request.direction === 'next' ? 1 : total - 1)) % total;
    return { index: at, total };
  });
  return fake;
}

const steps = (sent: PopupRequest[]) => sent.flatMap((r) => (r.type === 'sourcelight/step-claim' ? [r.direction] : []));

describe('order: the scorecard, then the claims, then who said what', () => {
  it('puts the three sections in that order, switches folded away under "Show on page"', async () => {
    renderPopup();
    await screen.findByRole('heading', { name: 'Who said what' });
    const h2 = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2.slice(0, 3)).toEqual(['Sourcing: 5 statements', 'Unconfirmed claims', 'Who said what']);
    const details = screen.getByText('Show on page').closest('details')!;
    expect(details.open).toBe(false);
    // the switches are inside it, one click away
    expect(details.contains(screen.getByRole('switch', { name: /^People/ }))).toBe(true);
    fireEvent.click(screen.getByText('Show on page'));
    expect(details.open).toBe(true);
  });

  it('shows the switches open while there is no analysis (paused)', async () => {
    renderPopup({ client: fakeClient({ states: [{ status: 'paused', title: 'A', site: 'example.com' }] }).client });
    await screen.findByRole('heading', { name: /Sourcelight is off/ });
    expect(screen.getByText('Show on page').closest('details')!.open).toBe(true);
  });
});

describe('scorecard counts are links', () => {
  it('lists the five counts as links', async () => {
    renderPopup();
    const card = await screen.findByRole('list', { name: 'Sourcing: 5 statements' });
    expect(
      within(card)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['2 unconfirmed claims', '4 from named sources', '1 from unnamed sources', '2 quoted', '3 reported']);
  });

  it('a statement count filters who said what; "Show all" brings the rest back', async () => {
    renderPopup();
    fireEvent.click(await screen.findByRole('link', { name: '1 from unnamed sources' }));
    const who = screen.getByRole('list', { name: 'Who said what' });
    expect(
      within(who)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['a Hamas official (anonymous)']);
    expect(screen.getByText(/Showing only statements from unnamed sources/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Who said what' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(within(who).getAllByRole('heading', { level: 3 })).toHaveLength(3);
    fireEvent.click(screen.getByRole('link', { name: '2 quoted' }));
    const quoted = within(who).getAllByRole('button', { name: /Show in page/ });
    expect(quoted).toHaveLength(2);
    expect(quoted.every((b) => b.textContent?.startsWith('Quoted'))).toBe(true);
  });

  it('the claims count goes to the claims', async () => {
    renderPopup();
    fireEvent.click(await screen.findByRole('link', { name: '2 unconfirmed claims' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Unconfirmed claims' }));
  });
});

describe('statements look clickable', () => {
  it('each is a button that says what it does', async () => {
    renderPopup();
    await screen.findByRole('heading', { name: 'Who said what' });
    const b = screen.getAllByRole('button', { name: /Show in page/ });
    expect(b.length).toBe(7); // 5 statements + 2 claims
    for (const button of b) {
      expect(button.getAttribute('title')).toBe('Show in the page');
      expect(button.querySelector('.go')?.textContent).toContain('Show in page');
    }
  });
});

describe('previous / next claim', () => {
  it('buttons step through the claims on the page and say which is shown', async () => {
    const { client, sent } = steppingClient();
    renderPopup({ client });
    const next = await screen.findByRole('button', { name: 'Next claim' });
    expect(screen.getByRole('group', { name: 'Go through the claims on the page' }).textContent).toBe('↑↓');
    fireEvent.click(next);
    await screen.findByText('1 of 2');
    fireEvent.click(next);
    await screen.findByText('2 of 2');
    fireEvent.click(screen.getByRole('button', { name: 'Previous claim' }));
    await screen.findByText('1 of 2');
    expect(steps(sent)).toEqual(['next', 'next', 'prev']);
    const current = screen.getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'true');
    expect(current?.textContent).toContain('Five Americans');
  });

  it('keys n / j go forward and p / k back; not while typing, not with modifiers', async () => {
    const { client, sent } = steppingClient();
    renderPopup({ client });
    await screen.findByRole('button', { name: 'Next claim' });
    for (const key of ['n', 'j', 'p', 'k']) fireEvent.keyDown(document.body, { key });
    fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
    const box = screen.getByRole('switch', { name: /^People/ });
    fireEvent.keyDown(box, { key: 'n' });
    await waitFor(() => expect(steps(sent)).toEqual(['next', 'next', 'prev', 'prev']));
  });

  it('clicking a claim makes it the current one', async () => {
    const { client, sent } = steppingClient();
    renderPopup({ client });
    await screen.findByRole('heading', { name: 'Unconfirmed claims' });
    const claims = screen.getByRole('list', { name: 'Unconfirmed claims' });
    fireEvent.click(within(claims).getAllByRole('button', { name: /Show in page/ })[1]!);
    await screen.findByText('2 of 2');
    expect(sent.some((r) => r.type === 'sourcelight/reveal')).toBe(true);
  });
});

describe('settings and links', () => {
  it('the badge switch writes settings.badge', async () => {
    renderPopup();
    await screen.findByRole('heading', { name: 'Who said what' });
    const badge = screen.getByRole('switch', { name: 'Claims count on the toolbar button' });
    expect((badge as HTMLInputElement).checked).toBe(true);
    fireEvent.click(badge);
    await waitFor(async () => expect((await loadSettings()).badge).toBe(false));
  });

  it('every mention is one switch away: the density switch writes settings.density', async () => {
    renderPopup();
    await screen.findByRole('heading', { name: 'Who said what' });
    const every = screen.getByRole('switch', { name: 'Every mention and figure' });
    expect((every as HTMLInputElement).checked).toBe(false);
    fireEvent.click(every);
    await waitFor(async () => expect((await loadSettings()).density).toBe('all'));
    fireEvent.click(every);
    await waitFor(async () => expect((await loadSettings()).density).toBe('quiet'));
  });

  it('links the key to the colours and the printable report through the extension’s addresses', async () => {
    const { client } = fakeClient();
    const withUrls: PopupClient = { ...client, extensionUrl: (p) => `chrome-extension://id${p}` };
    renderPopup({ client: withUrls });
    await screen.findByRole('heading', { name: 'Who said what' });
    expect(screen.getByRole('link', { name: 'Key to the colours' }).getAttribute('href')).toBe(
      'chrome-extension://id/legend.html',
    );
    expect(screen.getByRole('link', { name: 'Printable report' }).getAttribute('href')).toBe(
      'chrome-extension://id/report.html?tabId=7',
    );
  });

  it('offers the side panel from the popup only', async () => {
    const open = vi.fn();
    const { unmount } = renderPopup({ onOpenPanel: open });
    fireEvent.click(await screen.findByRole('button', { name: 'Keep open in the side panel' }));
    expect(open).toHaveBeenCalled();
    unmount();
    renderPopup({ onOpenPanel: open, mode: 'panel' });
    await screen.findByRole('heading', { name: 'Who said what' });
    expect(screen.queryByRole('button', { name: 'Keep open in the side panel' })).toBeNull();
  });
});

describe('the page kind', () => {
  const notEnglish: PageState = {
    status: 'not-english',
    title: 'Le Monde',
    site: 'www.lemonde.fr',
    pageKind: { english: false, lang: 'fr', genre: 'news' },
  };

  it('a page not in English: says so, with annotate anyway', async () => {
    const { client, sent } = fakeClient({ states: [notEnglish], annotateReply: readyState() });
    renderPopup({ client });
    await screen.findByRole('heading', { name: 'Sourcelight reads English articles' });
    expect(screen.getByText(/\(fr\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annotate anyway' }));
    await screen.findByRole('heading', { name: 'Who said what' });
    expect(sent.some((r) => r.type === 'sourcelight/annotate-anyway')).toBe(true);
  });

  it.each([
    ['opinion', /Opinion piece: its claims are the writer’s own view/],
    ['analysis', /Analysis: the writer interprets the news/],
  ] as const)('%s is labelled', async (genre, label) => {
    const state = { ...readyState(), pageKind: { english: true, genre, why: 'the page’s section says Opinion' } };
    renderPopup({ client: fakeClient({ states: [state] }).client });
    await screen.findByRole('heading', { name: 'Who said what' });
    expect(screen.getByRole('note').textContent).toMatch(label);
  });

  it('news gets no label; a malformed page kind is dropped', async () => {
    const state = { ...readyState(), pageKind: { english: 'yes', genre: 'satire' } } as unknown as PageState;
    renderPopup({ client: fakeClient({ states: [state] }).client });
    await screen.findByRole('heading', { name: 'Who said what' });
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('panel mode follows its tab', () => {
  it('polls again when told the tab changed, and shows the new page', async () => {
    const other = { ...readyState(), title: 'Another story' };
    const { client } = fakeClient({ states: [readyState()] });
    let changed = () => {};
    const unsubscribe = vi.fn();
    const following: PopupClient = {
      ...client,
      subscribe: (cb) => {
        changed = cb;
        return unsubscribe;
      },
    };
    const { unmount } = renderPopup({ client: following, mode: 'panel', pollMs: 10_000 });
    await screen.findByRole('heading', { level: 1, name: 'White House holds direct talks with Hamas' });
    client.send.mockImplementation(async (r: PopupRequest) => (r.type === 'sourcelight/get-state' ? other : undefined));
    changed();
    await screen.findByRole('heading', { level: 1, name: 'Another story' });
    unmount();
    await waitFor(() => expect(unsubscribe).toHaveBeenCalled());
  });
});

test('the panel forgets the filter and the current claim when it moves to another tab', async () => {
  const { client } = fakeClient();
  let changed = () => {};
  let tabId = 7;
  client.tab.mockImplementation(async () => ({ id: tabId, url: 'https://example.com/a', status: 'complete' }));
  const following: PopupClient = {
    ...client,
    subscribe: (cb) => {
      changed = cb;
      return () => {};
    },
  };
  renderPopup({ client: following, mode: 'panel', pollMs: 10_000 });
  fireEvent.click(await screen.findByRole('link', { name: '2 quoted' }));
  expect(screen.getByText(/Showing only quoted statements/)).toBeTruthy();
  tabId = 8;
  changed();
  await waitFor(() => expect(screen.queryByText(/Showing only/)).toBeNull());
});
