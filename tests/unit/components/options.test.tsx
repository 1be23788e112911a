// @vitest-environment happy-dom
// The options page and the legend, rendered: every setting changes through the store, axe-core finds nothing
// (contrast is checked in real Chromium by tests/e2e/readability.test.mjs), the legend lists every category.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Legend } from '@/components/legend';
import { Options } from '@/components/options';
import type { SettingsStore } from '@/components/popup-client';
import { CATEGORIES } from '@/lib/categories';
import { defaultSettings, type Settings, sanitizeSettings } from '@/lib/settings';
import { openLegendOnInstall } from '@/utils/first-run';

/** An in-memory settings store, as lib/settings-store.ts behaves (every write sanitised). */
function memoryStore(initial: Partial<Settings> = {}) {
  let value = sanitizeSettings({ ...defaultSettings(), ...initial });
  const listeners = new Set<(s: Settings) => void>();
  const store: SettingsStore = {
    load: async () => value,
    update: async (change) => {
      value = sanitizeSettings(change(value));
      for (const l of listeners) l(value);
      return value;
    },
    watch: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
  return { store, get: () => value };
}

const violations = async () =>
  (await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } })).violations.map((v) => v.id);

beforeEach(() => {
  fakeBrowser.reset();
});

test('options: density, a category, a site and pause, each saved through the store', async () => {
  const { store, get } = memoryStore({ disabledSites: ['a.example', 'b.example'] });
  render(<Options store={store} />);
  await screen.findByRole('heading', { name: 'Sourcelight options' });
  expect(await violations()).toEqual([]);

  fireEvent.click(screen.getByRole('radio', { name: /All marks/ }));
  await waitFor(() => expect(get().density).toBe('all'));

  fireEvent.click(screen.getByRole('checkbox', { name: /Figures/ }));
  await waitFor(() => expect(get().categories.figure).toBe(false));

  fireEvent.click(screen.getByRole('button', { name: 'Remove a.example' }));
  await waitFor(() => expect(get().disabledSites).toEqual(['b.example']));
  expect(screen.queryByRole('button', { name: 'Remove a.example' })).toBeNull();

  fireEvent.click(screen.getByRole('switch', { name: /Pause on all sites/ }));
  await waitFor(() => expect(get().paused).toBe(true));
  expect((screen.getByRole('switch', { name: /Pause on all sites/ }) as HTMLInputElement).checked).toBe(true);
});

test('options follow a change made elsewhere (the popup)', async () => {
  const { store } = memoryStore();
  render(<Options store={store} />);
  const all = (await screen.findByRole('radio', { name: /All marks/ })) as HTMLInputElement;
  expect(all.checked).toBe(false);
  await store.update((s) => ({ ...s, density: 'all', disabledSites: ['c.example'] }));
  await waitFor(() => expect(all.checked).toBe(true));
  expect(screen.getByRole('button', { name: 'Remove c.example' })).toBeTruthy();
});

test('options with no sites switched off say so', async () => {
  render(<Options store={memoryStore().store} />);
  expect(await screen.findByText(/^None\./)).toBeTruthy();
});

test('legend: every category with its line and an example drawn as the page draws it', async () => {
  render(<Legend />);
  for (const c of CATEGORIES) expect(screen.getByRole('heading', { name: c.label, exact: true })).toBeTruthy();
  const marks = [...document.querySelectorAll('sourcelight-mark')].map((m) => m.getAttribute('data-sl'));
  expect(marks).toEqual(CATEGORIES.map((c) => c.id));
  expect(screen.getByText(/solid overline/)).toBeTruthy();
  expect(await violations()).toEqual([]);
});

test.each([
  ['install', 1],
  ['update', 0],
  ['browser_update', 0],
])('the legend opens on %s: %i tab', async (reason, tabs) => {
  await openLegendOnInstall({ reason });
  const all = await fakeBrowser.tabs.query({});
  expect(all.filter((t) => t.url?.endsWith('/legend.html'))).toHaveLength(tabs);
});
