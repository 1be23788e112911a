// The per-site switch (settings.disabledSites, by hostname), the global pause (settings.paused) and the toolbar
// badge (settings.badge). Shows state and reports changes; the caller writes the settings.
import type { ComponentChildren } from 'preact';

export interface SiteControlsProps {
  /** Hostname of the tab; '' hides the per-site switch (browser pages have none). */
  site: string;
  siteOn: boolean;
  paused: boolean;
  /** The claims count on the toolbar button; omitted: no switch. */
  badge?: boolean;
  onSite: (on: boolean) => void;
  onPause: (paused: boolean) => void;
  onBadge?: (on: boolean) => void;
}

/** One labelled switch. */
function Switch({
  on,
  onChange,
  children,
}: {
  on: boolean;
  onChange: (on: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <label class="toggle">
      <input
        type="checkbox"
        role="switch"
        checked={on}
        aria-checked={on}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      {children}
    </label>
  );
}

/** "Sourcelight on this site", "on all sites" (off = paused) and the toolbar badge. */
export function SiteControls({ site, siteOn, paused, badge, onSite, onPause, onBadge }: SiteControlsProps) {
  return (
    <section class="section site-controls" aria-label="Where Sourcelight runs">
      <ul class="switches">
        {site && (
          <li key="site">
            <Switch on={siteOn} onChange={onSite}>
              <span class="toggle-label">
                On <span class="site-name">{site}</span>
              </span>
            </Switch>
          </li>
        )}
        <li key="all">
          <Switch on={!paused} onChange={(on) => onPause(!on)}>
            <span class="toggle-label">On all sites</span>
            {paused && <span class="count">paused</span>}
          </Switch>
        </li>
        {badge !== undefined && onBadge && (
          <li key="badge">
            <Switch on={badge} onChange={onBadge}>
              <span class="toggle-label">Claims count on the toolbar button</span>
            </Switch>
          </li>
        )}
      </ul>
    </section>
  );
}
