// The reader's settings: which categories are drawn, a global pause, sites switched off and the toolbar badge.
// Versioned with migrations; a corrupted or foreign value falls back to the default for that key only.
// The storage item itself lives in lib/settings-store.ts (it needs WXT's storage); this file is pure.
import { CATEGORIES, type CategoryId } from './categories.ts';
import { DEFAULT_DENSITY, DENSITIES, type Density } from './density.ts';

/** 2: `density` (quiet by default, lib/density.ts). */
export const SETTINGS_VERSION = 2;

export interface Settings {
  categories: Record<CategoryId, boolean>;
  paused: boolean;
  /** Hostnames where Sourcelight is switched off. */
  disabledSites: string[];
  /** Show the number of unconfirmed claims on the toolbar button. */
  badge: boolean;
  /** How much is drawn: 'quiet' (claims, sourcing, first mentions) or 'all' (lib/density.ts). */
  density: Density;
}

export function defaultSettings(): Settings {
  return {
    categories: Object.fromEntries(CATEGORIES.map((c) => [c.id, c.defaultOn])) as Record<CategoryId, boolean>,
    paused: false,
    disabledSites: [],
    badge: true,
    density: DEFAULT_DENSITY,
  };
}

/**
 * Storage migrations by target version (WXT runs them on the stored value). Version 1 had no density: a reader
 * updating gets the quiet default like a new one; everything they chose is kept (sanitizeSettings runs after).
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: (old) =>
    typeof old === 'object' && old !== null && !Array.isArray(old) ? { density: DEFAULT_DENSITY, ...old } : old,
};

const MAX_SITES = 10_000;

/** Repair whatever is in storage into valid Settings, key by key, keeping every valid value. */
export function sanitizeSettings(raw: unknown): Settings {
  const d = defaultSettings();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return d;
  const r = raw as Record<string, unknown>;
  const cats =
    typeof r.categories === 'object' && r.categories !== null ? (r.categories as Record<string, unknown>) : {};
  for (const c of CATEGORIES) {
    const v = cats[c.id];
    if (typeof v === 'boolean') d.categories[c.id] = v;
  }
  if (typeof r.paused === 'boolean') d.paused = r.paused;
  if (typeof r.badge === 'boolean') d.badge = r.badge;
  if (Array.isArray(r.disabledSites)) {
    d.disabledSites = [
      ...new Set(r.disabledSites.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length < 256)),
    ].slice(0, MAX_SITES);
  }
  if (DENSITIES.includes(r.density as Density)) d.density = r.density as Density;
  return d;
}

export const isSiteDisabled = (s: Settings, host: string): boolean => s.disabledSites.includes(host);
