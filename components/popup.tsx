// The popup (and the side panel, the same view in a taller container): asks the tab's content script for its
// state (polling while it works), and shows, in the order a reader asks, the sourcing scorecard, the
// unconfirmed claims, who said what, then the switches and exports; or a message for every other state.
// The data source is the injected PopupClient; settings go through an injectable store.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CategoryId } from '@/lib/categories';
import type { PageState, PopupRequest, StepClaimReply } from '@/lib/messages';
import { claimIndexAt, claimsInOrder, type Direction } from '@/lib/navigate';
import { defaultSettings, type Settings, sanitizeSettings } from '@/lib/settings';
import { loadSettings, updateSettings, watchSettings } from '@/lib/settings-store';
import { countByCategory, type StatementFilter } from '@/lib/summary';
import type { Span } from '@/lib/types';
import { CategoryToggles } from './category-toggles';
import { ClaimList } from './claim-list';
import { ExportActions } from './export-actions';
import { PageKindLabel } from './page-kind';
import {
  asPageState,
  type PopupClient,
  restrictedReason,
  type SettingsStore,
  siteOf,
  type TabInfo,
} from './popup-client';
import { PopupHeader } from './popup-header';
import { Scorecard } from './scorecard';
import { SiteControls } from './site-controls';
import { SpeakerList } from './speaker-list';
import { StatusPanel } from './status-panel';

/** Time between get-state polls while the page is starting or analysing. */
export const POLL_MS = 400;
/** Failed get-state attempts before the popup concludes the content script is missing. */
export const UNREACHABLE_AFTER = 4;
/** Extra polls after an action that changes the page's state (annotate anyway, pause, site switch). */
const SETTLE_POLLS = 8;

export const browserSettingsStore: SettingsStore = {
  load: loadSettings,
  update: updateSettings,
  watch: watchSettings,
};

export interface PopupProps {
  client: PopupClient;
  settingsStore?: SettingsStore;
  pollMs?: number;
  /** 'panel': the side panel, full height and following the active tab; 'popup': the toolbar popup. */
  mode?: 'popup' | 'panel';
  /** Open the side panel (from the popup); omitted: no button. */
  onOpenPanel?: () => void;
}

/** What the popup knows about its tab. */
export type PopupView =
  | { kind: 'connecting' }
  | { kind: 'no-tab' }
  | { kind: 'restricted'; reason: string }
  | { kind: 'page-loading' }
  | { kind: 'unreachable'; urlKnown: boolean }
  /** The reader limited the extension's site access, and this page is not (yet) allowed. */
  | { kind: 'no-access'; site: string }
  | { kind: 'page'; state: PageState };

/** Poll the content script: the tab, then get-state until the page settles. */
function usePageView(client: PopupClient, pollMs: number) {
  const [view, setView] = useState<PopupView>({ kind: 'connecting' });
  const [tab, setTab] = useState<TabInfo | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failures = useRef(0);
  const settle = useRef(0);
  const accessChecked = useRef(false);
  /**
   * The site was found not allowed ('denied': keep saying so) or allowed since ('granted': the background runs the
   * script or reloads the page, utils/content-script.ts); either way keep asking the tab until the script answers.
   */
  const noAccess = useRef<false | 'denied' | 'granted'>(false);
  const alive = useRef(true);

  const poll = useCallback(async () => {
    clearTimeout(timer.current);
    const again = () => {
      if (alive.current) timer.current = setTimeout(poll, pollMs);
    };
    const t = await client.tab().catch(() => null);
    if (!alive.current) return;
    setTab(t);
    if (!t) return setView({ kind: 'no-tab' });
    // Without activeTab (e.g. popup.html?tabId=N opened as a page) the URL is hidden: just ask the tab.
    const reason = t.url === undefined ? null : restrictedReason(t.url);
    if (reason) return setView({ kind: 'restricted', reason });
    let state: PageState | null = null;
    try {
      state = asPageState(await client.send({ type: 'sourcelight/get-state' }));
    } catch {
      state = null;
    }
    if (!alive.current) return;
    if (!state && noAccess.current) {
      if (noAccess.current === 'denied') setView({ kind: 'no-access', site: siteOf(t.url) });
      else setView({ kind: t.status === 'loading' ? 'page-loading' : 'connecting' });
      return again();
    }
    if (!state) {
      // The content script may not be there yet (page loading, document_idle not reached) or at all
      // (the page was open before Sourcelight was installed or updated, or the reader limited site access).
      if (!accessChecked.current && t.status !== 'loading') {
        accessChecked.current = true;
        const access = await client.siteAccess().catch(() => null);
        if (!alive.current) return;
        if (access && !access.allSites && access.thisSite !== true) {
          // It cannot run here by itself. Opening the popup from the toolbar grants this tab (activeTab): run
          // it now, so that one click annotates the page; without that grant, say what is missing.
          const injected = await client.inject().then(
            () => true,
            () => false,
          );
          if (!alive.current) return;
          if (!injected) {
            noAccess.current = 'denied';
            setView({ kind: 'no-access', site: siteOf(t.url) });
            return again();
          }
          failures.current = 0;
          return again();
        }
      }
      failures.current++;
      if (t.status === 'loading') {
        setView({ kind: 'page-loading' });
        return again();
      }
      if (failures.current < UNREACHABLE_AFTER) return again();
      return setView({ kind: 'unreachable', urlKnown: t.url !== undefined });
    }
    failures.current = 0;
    noAccess.current = false;
    setView({ kind: 'page', state });
    const busy = state.status === 'starting' || state.status === 'analysing';
    if (busy || settle.current > 0) {
      if (!busy) settle.current--;
      again();
    }
  }, [client, pollMs]);

  useEffect(() => {
    alive.current = true;
    poll();
    return () => {
      alive.current = false;
      clearTimeout(timer.current);
    };
  }, [poll]);

  /** Poll again now and for a few rounds, after something that changes the page's state. */
  const kick = useCallback(() => {
    settle.current = SETTLE_POLLS;
    failures.current = 0;
    poll();
  }, [poll]);

  /** The reader allowed the site: wait for the script to answer (it is run, or the page reloaded, for us). */
  const granted = useCallback(() => {
    if (noAccess.current) noAccess.current = 'granted';
    setView({ kind: 'connecting' });
    kick();
  }, [kick]);

  // the side panel: another tab came to the front, the page changed, or its analysis finished
  useEffect(
    () =>
      client.subscribe?.(() => {
        accessChecked.current = false;
        kick();
      }),
    [client, kick],
  );

  return { view, tab, kick, setView, granted };
}

/**
 * The reader's settings. A change the store cannot keep (storage full) still holds in the popup and, through
 * `onUnsaved`, on the page; `unsaved` says why it was not kept until a later change is.
 */
function useSettings(store: SettingsStore, onUnsaved: (s: Settings) => void) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [unsaved, setUnsaved] = useState<string | null>(null);
  const current = useRef<Settings | null>(null);
  current.current = settings;
  useEffect(() => {
    let live = true;
    store
      .load()
      .then((s) => live && setSettings(s))
      .catch(() => live && setSettings(defaultSettings()));
    const stop = store.watch((s) => setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, [store]);
  const update = useCallback(
    async (change: (s: Settings) => Settings) => {
      const next = sanitizeSettings(change(current.current ?? defaultSettings()));
      current.current = next;
      setSettings(next); // at once, so the switch answers the click
      try {
        setSettings(await store.update(change));
        setUnsaved(null);
      } catch (e) {
        setUnsaved(String((e as Error)?.message ?? e));
        onUnsaved(next);
      }
    },
    [store, onUnsaved],
  );
  return { settings: settings ?? defaultSettings(), loaded: settings !== null, update, unsaved };
}

/** The whole popup. */
export function Popup({
  client,
  settingsStore = browserSettingsStore,
  pollMs = POLL_MS,
  mode = 'popup',
  onOpenPanel,
}: PopupProps) {
  const { view, tab, kick, setView, granted } = usePageView(client, pollMs);
  const applyToPage = useCallback(
    (settings: Settings) => void client.send({ type: 'sourcelight/apply-settings', settings }).catch(() => undefined),
    [client],
  );
  const { settings, update, unsaved } = useSettings(settingsStore, applyToPage);
  const site = (view.kind === 'page' && view.state.site) || siteOf(tab?.url);
  const siteOn = !settings.disabledSites.includes(site);

  const send = (request: PopupRequest) => client.send(request).catch(() => undefined);
  const reveal = (span: Span) => send({ type: 'sourcelight/reveal', start: span.start, end: span.end });
  const [filter, setFilter] = useState<StatementFilter>('all');
  const [claim, setClaim] = useState<number | null>(null);
  const step = useCallback(
    async (direction: Direction) => {
      const reply = (await client.send({ type: 'sourcelight/step-claim', direction }).catch(() => null)) as
        | StepClaimReply
        | null
        | undefined;
      if (reply && (reply.index === null || Number.isInteger(reply.index))) setClaim(reply.index);
    },
    [client],
  );
  useClaimKeys(step);
  // the panel moved to another tab: its claims and statements are another page's
  const tabId = tab?.id;
  useEffect(() => {
    setClaim(null);
    setFilter('all');
  }, [tabId]);
  const goTo = (id: string) => {
    const heading = document.getElementById(id);
    heading?.scrollIntoView?.({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  const toggleCategory = (id: CategoryId, on: boolean) =>
    update((s) => ({ ...s, categories: { ...s.categories, [id]: on } }));
  const setSite = async (on: boolean) => {
    await update((s) => ({
      ...s,
      disabledSites: on ? s.disabledSites.filter((h) => h !== site) : [...s.disabledSites, site],
    }));
    kick();
  };
  const setPaused = async (paused: boolean) => {
    await update((s) => ({ ...s, paused }));
    kick();
  };
  const annotateAnyway = async () => {
    const reply = asPageState(await send({ type: 'sourcelight/annotate-anyway' }));
    if (reply) setView({ kind: 'page', state: reply });
    kick();
  };
  const allow = async () => {
    // nothing awaited before the prompt: it must come from the click itself
    if (!(await client.requestAccess(tab?.url).catch(() => false))) return;
    // the background runs the content script in the tab once the site is allowed (permissions.onAdded), or
    // reloads the page where the browser lets it run only in pages loaded from now on (Chrome)
    granted();
  };
  const reload = async () => {
    setView({ kind: 'page-loading' });
    await client.reload().catch(() => undefined);
    kick();
  };

  const state = view.kind === 'page' ? view.state : undefined;
  const title = state?.title || tab?.title || (view.kind === 'restricted' ? 'This page' : '');
  const analysis = state?.status === 'ready' ? state.analysis : undefined;
  const counts = state?.analysis ? countByCategory(state.analysis) : undefined;
  const restricted = view.kind === 'restricted' || view.kind === 'no-tab' || view.kind === 'no-access';
  const url = (path: string) => client.extensionUrl?.(path) ?? path;
  const claims = analysis ? claimsInOrder(analysis) : [];

  return (
    <div class={mode === 'panel' ? 'popup panel' : 'popup'}>
      <PopupHeader title={title} site={site} />
      <main class="content">
        {state?.pageKind && state.status !== 'not-english' && <PageKindLabel kind={state.pageKind} />}
        <ViewNotice
          view={view}
          settings={settings}
          site={site}
          onAnnotate={annotateAnyway}
          onReload={reload}
          onAllow={allow}
          onResume={() => (settings.paused ? setPaused(false) : setSite(true))}
        />
        {state?.highlightsBlocked && (
          <p class="notice notice-warn" role="status">
            This page keeps removing Sourcelight’s highlights, so they may not show on it. Everything found is listed
            here.
          </p>
        )}
        {unsaved && (
          <p class="notice notice-warn" role="alert">
            Couldn’t keep this change: the browser would not save it ({unsaved}). It applies to this page until you
            leave it.
          </p>
        )}
        {analysis && (
          <>
            <Scorecard
              analysis={analysis}
              onClaims={() => goTo('claims-heading')}
              onStatements={(f) => {
                setFilter(f);
                goTo('who-heading');
              }}
            />
            <ClaimList
              analysis={analysis}
              current={claim !== null && claim < claims.length ? claim : null}
              onReveal={(span) => {
                setClaim(claimIndexAt(claims, span.start, span.end));
                reveal(span);
              }}
              onStep={step}
            />
            <SpeakerList analysis={analysis} onReveal={reveal} filter={filter} onClearFilter={() => setFilter('all')} />
          </>
        )}
        {!restricted && (
          <details class="section show-on-page" open={!analysis}>
            <summary>Show on page</summary>
            <CategoryToggles
              enabled={settings.categories}
              counts={counts}
              onToggle={toggleCategory}
              density={settings.density}
              onDensity={(density) => update((s) => ({ ...s, density }))}
            />
            <SiteControls
              site={site}
              siteOn={siteOn}
              paused={settings.paused}
              badge={settings.badge}
              onSite={setSite}
              onPause={setPaused}
              onBadge={(badge) => update((s) => ({ ...s, badge }))}
            />
          </details>
        )}
      </main>
      <footer class="footer">
        {analysis && (
          <ExportActions
            analysis={analysis}
            title={title}
            url={tab?.url}
            copyText={client.copyText}
            saveFile={client.saveFile}
            reportUrl={tab ? url(`/report.html?tabId=${tab.id}`) : undefined}
          />
        )}
        {restricted && <p class="muted small footer-note">Open a news article and click the Sourcelight button.</p>}
        <p class="footer-links small">
          <a href={url('/legend.html')} target="_blank" rel="noopener">
            Key to the colours
          </a>
          {mode === 'popup' && onOpenPanel && (
            <>
              {' · '}
              <button type="button" class="link-button" onClick={onOpenPanel}>
                Keep open in the side panel
              </button>
            </>
          )}
        </p>
      </footer>
    </div>
  );
}

/** Keys for the claims, as in mail and feed readers: n or j for the next claim, p or k for the previous one. */
const STEP_KEYS: Record<string, Direction> = { n: 'next', j: 'next', p: 'prev', k: 'prev' };

function useClaimKeys(step: (d: Direction) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      const direction = STEP_KEYS[e.key];
      if (!direction) return;
      e.preventDefault();
      step(direction);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [step]);
}

interface ViewNoticeProps {
  view: PopupView;
  settings: Settings;
  site: string;
  onAnnotate: () => void;
  onReload: () => void;
  onAllow: () => void;
  onResume: () => void;
}

/** The notice for the current state, or nothing when the analysis is shown. */
function ViewNotice({ view, settings, site, onAnnotate, onReload, onAllow, onResume }: ViewNoticeProps) {
  switch (view.kind) {
    case 'connecting':
      return <StatusPanel tone="busy" heading="Connecting to the page…" />;
    case 'page-loading':
      return <StatusPanel tone="busy" heading="Waiting for the page to finish loading…" />;
    case 'no-tab':
      return (
        <StatusPanel tone="info" heading="No page to read">
          <p>There is no tab for Sourcelight to read in this window.</p>
        </StatusPanel>
      );
    case 'restricted':
      return (
        <StatusPanel tone="info" heading="Sourcelight can’t read this page">
          <p>{view.reason}</p>
        </StatusPanel>
      );
    case 'unreachable':
      // With the URL known this is an ordinary web page: the content script is missing because the page
      // was open before Sourcelight was installed or updated. Without it, it may also be a browser page.
      return view.urlKnown ? (
        <StatusPanel tone="error" heading="Reload the page" action={{ label: 'Reload the page', onClick: onReload }}>
          <p>Sourcelight was installed or updated after this page loaded, so it isn’t running here yet.</p>
        </StatusPanel>
      ) : (
        <StatusPanel
          tone="error"
          heading="Sourcelight isn’t running on this page"
          action={{ label: 'Reload the page', onClick: onReload }}
        >
          <p>If this is a web page, reload it: Sourcelight was installed or updated after it loaded.</p>
          <p class="muted">Browser pages and extension stores can’t be annotated.</p>
        </StatusPanel>
      );
    case 'no-access':
      return (
        <StatusPanel
          tone="warn"
          heading={view.site ? `Sourcelight may not read ${view.site}` : 'Sourcelight may not read this site'}
          action={{ label: view.site ? `Allow on ${view.site}` : 'Allow on all sites', onClick: onAllow }}
        >
          <p>
            Your browser’s settings let Sourcelight read only the sites you allow, and this one isn’t among them, so it
            isn’t running here. Reloading won’t change that; allowing the site will.
          </p>
          <p class="muted">Nothing Sourcelight reads ever leaves your computer.</p>
        </StatusPanel>
      );
    case 'page':
      break;
  }
  const { state } = view;
  switch (state.status) {
    case 'starting':
      return <StatusPanel tone="busy" heading="Looking at the page…" />;
    case 'analysing':
      return (
        <StatusPanel tone="busy" heading="Reading the article…" progress={state.progress}>
          {state.progress !== undefined && <p>A long page: this takes a moment.</p>}
        </StatusPanel>
      );
    case 'not-article':
      return (
        <StatusPanel
          tone="info"
          heading="This doesn’t look like an article"
          action={{ label: 'Annotate anyway', onClick: onAnnotate }}
        >
          <p>Sourcelight found no article text here, so it left the page alone.</p>
        </StatusPanel>
      );
    case 'not-english':
      return (
        <StatusPanel
          tone="info"
          heading="Sourcelight reads English articles"
          action={{ label: 'Annotate anyway', onClick: onAnnotate }}
        >
          <p>
            This page looks like it is in another language
            {state.pageKind?.lang ? ` (${state.pageKind.lang})` : ''}, so Sourcelight drew nothing: its rules would find
            the wrong people and claims here.
          </p>
        </StatusPanel>
      );
    case 'empty':
      return (
        <StatusPanel tone="info" heading="Nothing found">
          <p>Sourcelight read this page and found no speakers, figures, sources or unconfirmed claims to highlight.</p>
        </StatusPanel>
      );
    case 'paused':
      return settings.paused ? (
        <StatusPanel tone="warn" heading="Sourcelight is paused" action={{ label: 'Resume', onClick: onResume }}>
          <p>It is switched off on all sites.</p>
        </StatusPanel>
      ) : (
        <StatusPanel
          tone="warn"
          heading={site ? `Sourcelight is off on ${site}` : 'Sourcelight is off on this site'}
          action={{ label: 'Turn on for this site', onClick: onResume }}
        />
      );
    case 'error':
      return (
        <StatusPanel
          tone="error"
          heading="Sourcelight couldn’t analyse this page"
          action={{ label: 'Try again', onClick: onAnnotate }}
        >
          <p>
            It tries again by itself when the page changes or you come back to it. If it keeps failing, the page may be
            too unusual to read.
          </p>
          {state.error && <p class="error-detail">Details: {state.error}</p>}
        </StatusPanel>
      );
    case 'ready':
      return state.analysis ? null : <StatusPanel tone="busy" heading="Preparing the results…" />;
  }
}
