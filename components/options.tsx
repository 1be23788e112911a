// The options page: which categories are drawn by default, how much is drawn (density), the sites where
// Sourcelight is switched off (each with a Remove button) and the global pause. Reads and writes the settings
// through the injected store (lib/settings-store.ts in the extension), so a change shows on open pages at once.
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, type CategoryId } from '@/lib/categories';
import type { Density } from '@/lib/density';
import type { Settings } from '@/lib/settings';
import type { SettingsStore } from './popup-client';

export interface OptionsProps {
  store: SettingsStore;
}

const DENSITY_CHOICES: ReadonlyArray<{ id: Density; label: string; hint: string }> = [
  {
    id: 'quiet',
    label: 'Quiet (recommended)',
    hint: 'Every unconfirmed claim and sourcing phrase; who speaks or recurs, at their first mention; figures inside claims.',
  },
  { id: 'all', label: 'All marks', hint: 'Every mention of every name, every figure.' },
];

/** All settings on one page, each change saved at once. */
export function Options({ store }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    store.load().then(
      (s) => live && setSettings(s),
      (e) => live && setError(String(e)),
    );
    const unwatch = store.watch((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, [store]);

  const change = (f: (s: Settings) => Settings) => {
    store.update(f).then(setSettings, (e) => setError(`Could not save: ${String(e)}`));
  };

  if (!settings) return <main class="page">{error ? <p role="alert">{error}</p> : <p>Loading…</p>}</main>;

  return (
    <main class="page">
      <h1>Sourcelight options</h1>
      {error && <p role="alert">{error}</p>}

      <section aria-labelledby="density-heading">
        <h2 id="density-heading">How much is marked</h2>
        <fieldset>
          <legend class="visually-hidden">Density</legend>
          {DENSITY_CHOICES.map((d) => (
            <label key={d.id} class="choice">
              <input
                type="radio"
                name="density"
                value={d.id}
                checked={settings.density === d.id}
                onChange={() => change((s) => ({ ...s, density: d.id }))}
              />
              <span>
                <strong>{d.label}</strong>
                <span class="hint">{d.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">Kinds of mark</h2>
        <p class="hint">
          What each one looks like: <a href="/legend.html">the legend</a>.
        </p>
        <ul class="plain">
          {CATEGORIES.map((c) => (
            <li key={c.id}>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={settings.categories[c.id]}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    change((s) => ({ ...s, categories: { ...s.categories, [c.id as CategoryId]: on } }));
                  }}
                />
                <span>
                  <strong>{c.label}</strong>
                  <span class="hint">{c.description}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites switched off</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="hint">None. Switch a site off from the toolbar popup while you are on it.</p>
        ) : (
          <ul class="plain sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span class="site">{site}</span>
                <button
                  type="button"
                  aria-label={`Remove ${site}`}
                  onClick={() => change((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== site) }))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="pause-heading">
        <h2 id="pause-heading">Pause</h2>
        <label class="choice">
          <input
            type="checkbox"
            role="switch"
            checked={settings.paused}
            aria-checked={settings.paused}
            onChange={(e) => {
              const paused = e.currentTarget.checked;
              change((s) => ({ ...s, paused }));
            }}
          />
          <span>
            <strong>Pause on all sites</strong>
            <span class="hint">Nothing is marked anywhere until you switch this off.</span>
          </span>
        </label>
      </section>
    </main>
  );
}
