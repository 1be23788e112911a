// Settings that survive: what is in browser.storage.local (WXT's fakeBrowser here) may be old, foreign or
// corrupted; the reader's valid choices survive key by key, everything else falls back to its default,
// and a new version of the extension (with a schema migration) keeps them.

import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '#imports';
import { CATEGORIES } from '../../lib/categories.ts';
import {
  defaultSettings,
  isSiteDisabled,
  SETTINGS_VERSION,
  type Settings,
  sanitizeSettings,
} from '../../lib/settings.ts';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings-store.ts';

/** Where WXT keeps the item and its version marker (`<key>$` = { v }), as @wxt-dev/storage writes them. */
const KEY = 'settings';
const META = 'settings$';

const raw = async () => (await fakeBrowser.storage.local.get([KEY, META])) as Record<string, unknown>;
const put = (value: unknown, meta?: unknown) =>
  fakeBrowser.storage.local.set(
    (meta === undefined ? { [KEY]: value } : { [KEY]: value, [META]: meta }) as Record<string, unknown>,
  );

/** A reader's non-default choices. */
function chosen(): Settings {
  const s = defaultSettings();
  s.categories.person = false;
  s.categories.claim = !s.categories.claim;
  s.paused = true;
  s.density = 'all';
  s.disabledSites = ['example.com', 'news.example.org'];
  s.badge = false;
  return s;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('sanitizeSettings', () => {
  test.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'paused'],
    ['a number', 1],
    ['an array', [true, false]],
    ['a JSON string of settings', JSON.stringify(chosen())],
    ['an empty object', {}],
  ])('%s gives the defaults', (_, value) => {
    expect(sanitizeSettings(value)).toEqual(defaultSettings());
  });

  test.each([['loud'], [1], [null], [['all']]])('density %j falls back to quiet; the rest survives', (density) => {
    expect(sanitizeSettings({ ...chosen(), density })).toEqual({ ...chosen(), density: 'quiet' });
  });

  test('valid settings come back unchanged', () => {
    expect(sanitizeSettings(chosen())).toEqual(chosen());
    expect(sanitizeSettings(structuredClone(chosen()))).toEqual(chosen());
  });

  test('a corrupted key falls back to its default; the others survive', () => {
    const want = chosen();
    // paused corrupted
    expect(sanitizeSettings({ ...want, paused: 'yes' })).toEqual({ ...want, paused: false });
    // categories corrupted as a whole
    expect(sanitizeSettings({ ...want, categories: 'none' })).toEqual({
      ...want,
      categories: defaultSettings().categories,
    });
    expect(sanitizeSettings({ ...want, categories: [false, false] })).toEqual({
      ...want,
      categories: defaultSettings().categories,
    });
    // one category corrupted, the others kept
    const cats = { ...want.categories, figure: 'off', place: null };
    const got = sanitizeSettings({ ...want, categories: cats });
    expect(got.categories).toEqual({
      ...want.categories,
      figure: defaultSettings().categories.figure,
      place: defaultSettings().categories.place,
    });
    expect(got.paused).toBe(true);
    expect(got.disabledSites).toEqual(want.disabledSites);
    // disabledSites corrupted
    expect(sanitizeSettings({ ...want, disabledSites: 'example.com' })).toEqual({ ...want, disabledSites: [] });
  });

  test('bad entries of the site list are dropped, good ones kept once', () => {
    const sites = ['a.com', 1, null, '', 'x'.repeat(300), 'a.com', { host: 'b.com' }, 'b.com'];
    expect(sanitizeSettings({ disabledSites: sites }).disabledSites).toEqual(['a.com', 'b.com']);
    const many = Array.from({ length: 20_000 }, (_, i) => `site${i}.example`);
    expect(sanitizeSettings({ disabledSites: many }).disabledSites.length).toBe(10_000);
  });

  test('the toolbar badge is on by default; a non-boolean falls back to on, key by key', () => {
    expect(defaultSettings().badge).toBe(true);
    expect(sanitizeSettings({ ...chosen(), badge: 'no' })).toEqual({ ...chosen(), badge: true });
    expect(sanitizeSettings({ ...chosen(), badge: false }).badge).toBe(false);
  });

  test('foreign keys are not carried over; unknown categories are ignored', () => {
    const got = sanitizeSettings({
      ...chosen(),
      categories: { ...chosen().categories, gossip: true, __proto__: { person: true } },
      remote: 'https://evil.example/x.js',
      version: 99,
    });
    expect(got).toEqual(chosen());
    expect(Object.keys(got).sort()).toEqual(['badge', 'categories', 'density', 'disabledSites', 'paused']);
    expect(Object.keys(got.categories).sort()).toEqual(CATEGORIES.map((c) => c.id).sort());
  });

  test('a category added in a later version gets its default; the stored ones survive', () => {
    const { claim: _, ...older } = chosen().categories;
    const got = sanitizeSettings({ ...chosen(), categories: older });
    expect(got.categories.claim).toBe(defaultSettings().categories.claim);
    expect(got.categories.person).toBe(false);
  });

  test('isSiteDisabled matches hostnames exactly', () => {
    const s = chosen();
    expect(isSiteDisabled(s, 'example.com')).toBe(true);
    expect(isSiteDisabled(s, 'www.example.com')).toBe(false);
    expect(isSiteDisabled(s, 'com')).toBe(false);
  });
});

describe('settings in storage', () => {
  test('nothing stored: the defaults', async () => {
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  test('a change is stored and read back', async () => {
    await updateSettings(() => chosen());
    expect(await loadSettings()).toEqual(chosen());
    expect((await raw())[KEY]).toEqual(chosen());
  });

  test.each([
    ['a string', 'corrupted'],
    ['a number', 7],
    ['an array', [1, 2, 3]],
    ['false', false],
  ])('%s in storage reads as the defaults and the next change repairs it', async (_, value) => {
    await put(value);
    expect(await loadSettings()).toEqual(defaultSettings());
    await updateSettings((s) => ({ ...s, paused: true }));
    expect((await raw())[KEY]).toEqual({ ...defaultSettings(), paused: true });
  });

  test('one corrupted key in storage: the others survive reading and the next change', async () => {
    await put({ ...chosen(), paused: 'sometimes', categories: { ...chosen().categories, figure: 'x' } });
    const got = await loadSettings();
    expect(got.paused).toBe(false);
    expect(got.categories.person).toBe(false);
    expect(got.categories.figure).toBe(defaultSettings().categories.figure);
    expect(got.disabledSites).toEqual(chosen().disabledSites);
    await updateSettings((s) => ({ ...s, disabledSites: [...s.disabledSites, 'third.example'] }));
    const stored = (await raw())[KEY] as Settings;
    expect(stored.categories.person).toBe(false);
    expect(stored.disabledSites).toEqual([...chosen().disabledSites, 'third.example']);
  });

  test('other keys of storage are left alone', async () => {
    await fakeBrowser.storage.local.set({ unrelated: { keep: 1 } });
    await updateSettings(() => chosen());
    expect((await fakeBrowser.storage.local.get('unrelated')).unrelated).toEqual({ keep: 1 });
  });

  test('a change that returns garbage is repaired before it is stored', async () => {
    await updateSettings(() => chosen());
    await updateSettings(() => ({ paused: 'no' }) as unknown as Settings);
    expect((await raw())[KEY]).toEqual(defaultSettings());
  });

  test('watchers only ever see sanitized settings', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await put({ ...chosen(), paused: 3 });
    await put('garbage');
    await fakeBrowser.storage.local.remove(KEY);
    await vi.waitFor(() => expect(seen.length).toBe(3));
    unwatch();
    expect(seen[0]).toEqual({ ...chosen(), paused: false });
    expect(seen[1]).toEqual(defaultSettings());
    expect(seen[2]).toEqual(defaultSettings());
  });

  test('a version marker from a newer release (rollback) does not lose the choices', async () => {
    await put(chosen(), { v: SETTINGS_VERSION + 1 });
    expect(await loadSettings()).toEqual(chosen());
  });
});

describe('extension updates', () => {
  test('settings written by this version survive a restart of the extension (update)', async () => {
    await updateSettings(() => chosen());
    // a new version starts: modules load afresh, storage.local is kept by the browser
    vi.resetModules();
    const fresh = await import('../../lib/settings-store.ts');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    expect(await fresh.loadSettings()).toEqual(chosen());
  });

  test('the item is versioned and the version marker is where a migration will look for it', async () => {
    expect(SETTINGS_VERSION).toBeGreaterThanOrEqual(1);
    // a new install: the item is defined over empty storage (WXT marks the version at the first write)
    vi.resetModules();
    const fresh = await import('../../lib/settings-store.ts');
    await fresh.updateSettings(() => chosen());
    const meta = (await raw())[META] as { v?: number } | undefined;
    // WXT treats a missing marker as v1; anything written must be the current version
    expect(meta?.v ?? 1).toBe(SETTINGS_VERSION);
    expect(await fresh.settingsItem.getMeta()).toEqual(meta ?? {});
  });

  test('a next version with a migration reads this version’s stored value and keeps the choices', async () => {
    await updateSettings(() => chosen());
    const next = SETTINGS_VERSION + 1;
    // how the next release would declare the item: one more version, a migration renaming a key
    const v2 = storage.defineItem<Record<string, unknown>>('local:settings', {
      fallback: {},
      version: next,
      migrations: {
        [next]: (old: Settings) => ({ ...old, sitesOff: old.disabledSites, disabledSites: undefined }),
      },
    });
    const migrated = await v2.getValue();
    expect(migrated.sitesOff).toEqual(chosen().disabledSites);
    expect(migrated.categories).toEqual(chosen().categories);
    expect(migrated.paused).toBe(true);
    expect(((await raw())[META] as { v: number }).v).toBe(next);
  });

  test('version 1 settings (no density) migrate to the quiet default and keep every choice', async () => {
    const { density: _, ...v1 } = chosen();
    await put(v1, { v: 1 });
    // the new version starts over what version 1 stored
    vi.resetModules();
    const got = await (await import('../../lib/settings-store.ts')).loadSettings();
    expect(got).toEqual({ ...v1, density: 'quiet' });
    expect(((await raw())[META] as { v: number }).v).toBe(SETTINGS_VERSION);
    expect((await raw())[KEY]).toMatchObject({ density: 'quiet', paused: true });
  });

  test('a reader who chose all marks keeps it across a restart', async () => {
    await updateSettings((s) => ({ ...s, density: 'all' }));
    expect((await loadSettings()).density).toBe('all');
  });

  test('a legacy value (version 0 shape: flat category flags) keeps what can be read', async () => {
    // an unversioned value as a hand-written or pre-release build might have left it
    await put({ person: false, paused: true, disabledSites: ['old.example'] }, { v: 0 });
    const got = await loadSettings();
    expect(got.paused).toBe(true);
    expect(got.disabledSites).toEqual(['old.example']);
    expect(got.categories).toEqual(defaultSettings().categories);
  });
});
