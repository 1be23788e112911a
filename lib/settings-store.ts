// The settings as a WXT storage item (browser.storage.local), shared by the popup and the content script.
import { storage } from '#imports';
import { defaultSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings, sanitizeSettings } from './settings.ts';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS as Record<number, (old: Settings) => Settings>,
});

export async function loadSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = sanitizeSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(sanitizeSettings(v)));
}
