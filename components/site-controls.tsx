// The per-site switch (settings.disabledSites, by hostname) and the global pause (settings.paused).
// Shows state and reports changes; the caller writes the settings.

export interface SiteControlsProps {
  /** Hostname of the tab; '' hides the per-site switch (browser pages have none). */
  site: string;
  siteOn: boolean;
  paused: boolean;
  onSite: (on: boolean) => void;
  onPause: (paused: boolean) => void;
}

/** Two switches: "Sourcelight on this site" and "Sourcelight on all sites" (off = paused). */
export function SiteControls({ site, siteOn, paused, onSite, onPause }: SiteControlsProps) {
  return (
    <section class="section site-controls" aria-label="Where Sourcelight runs">
      <ul class="switches">
        {site && (
          <li key="site">
            <label class="toggle">
              <input
                type="checkbox"
                role="switch"
                checked={siteOn}
                aria-checked={siteOn}
                onChange={(e) => onSite(e.currentTarget.checked)}
              />
              <span class="toggle-label">
                On <span class="site-name">{site}</span>
              </span>
            </label>
          </li>
        )}
        <li key="all">
          <label class="toggle">
            <input
              type="checkbox"
              role="switch"
              checked={!paused}
              aria-checked={!paused}
              onChange={(e) => onPause(!e.currentTarget.checked)}
            />
            <span class="toggle-label">On all sites</span>
            {paused && <span class="count">paused</span>}
          </label>
        </li>
      </ul>
    </section>
  );
}
