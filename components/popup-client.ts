// The popup's data source as a small interface, so components render and test without a browser:
// entrypoints/popup/ wires it to browser.tabs; tests pass a fake. Also the pure rules for which pages
// the extension may not touch and for checking a reply's shape. No browser APIs here.
import { isPageStatus, type PageState, type PopupRequest } from '@/lib/messages';
import type { Settings } from '@/lib/settings';

/** The tab the popup is about. */
export interface TabInfo {
  id: number;
  /** Hidden by the browser unless the popup was opened on this tab (activeTab) or has host access. */
  url?: string;
  title?: string;
  /** 'loading' while the page is still loading (the content script may not be there yet). */
  status?: 'loading' | 'complete' | string;
}

export interface PopupClient {
  /** The target tab, or null when there is none (a popup with no window behind it). */
  tab(): Promise<TabInfo | null>;
  /** Send a request to the content script of the target tab; rejects when nothing answers. */
  send(request: PopupRequest): Promise<unknown>;
  /** Reload the target tab (the remedy when the content script is missing). */
  reload(): Promise<void>;
  /** What the reader lets the extension read: every site, and the target tab's site. */
  siteAccess(): Promise<SiteAccess>;
  /**
   * Run the content script in the target tab now. Allowed once the site is, or for this tab alone after a click
   * on the toolbar button (activeTab); rejects otherwise.
   */
  inject(): Promise<void>;
  /**
   * Ask the reader (the browser's prompt) to allow the tab's site, or every site when its address is hidden.
   * Call it straight from the click: Firefox refuses the prompt once the handler has awaited anything.
   */
  requestAccess(url: string | undefined): Promise<boolean>;
  copyText(text: string): Promise<void>;
  saveFile(name: string, text: string, type: string): void;
  /** The address of one of the extension's own pages ('/legend.html'); omitted: the path itself. */
  extensionUrl?(path: string): string;
  /**
   * Call `changed` when the target may be another tab or page (the side panel follows the active tab) or the
   * page's analysis changed; returns the unsubscribe. Omitted: the popup polls only.
   */
  subscribe?(changed: () => void): () => void;
}

/**
 * Where the content script may run. Readers can limit it: Firefox lets them withhold "access your data for all
 * websites", Chrome lets them set site access to "on click" or to chosen sites. Then the content script never
 * runs by itself, and reloading does not help.
 */
export interface SiteAccess {
  /** Every http(s) site, as the manifest asks: the content script runs by itself everywhere. */
  allSites: boolean;
  /** The target tab's site; undefined when its address is hidden. */
  thisSite?: boolean;
}

/** The sites the content script is declared for (manifest content_scripts matches). */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** The permission patterns to ask for so that the content script may run on `url`: its site, else every site. */
export function accessPatterns(url: string | undefined): string[] {
  const site = siteOf(url);
  return site ? [`${new URL(url as string).protocol}//${site}/*`] : ALL_SITES;
}

/** The settings store, injectable; defaults to lib/settings-store (WXT storage). */
export interface SettingsStore {
  load(): Promise<Settings>;
  update(change: (s: Settings) => Settings): Promise<Settings>;
  watch(cb: (s: Settings) => void): () => void;
}

const GENRES = ['news', 'opinion', 'analysis'] as const;

/** The page's language and genre as the content script judged them, checked field by field. */
function asPageKind(x: unknown): PageState['pageKind'] {
  if (typeof x !== 'object' || x === null) return undefined;
  const k = x as Record<string, unknown>;
  if (typeof k.english !== 'boolean' || !GENRES.includes(k.genre as never)) return undefined;
  return {
    english: k.english,
    genre: k.genre as (typeof GENRES)[number],
    lang: typeof k.lang === 'string' ? k.lang.slice(0, 35) : undefined,
    why: typeof k.why === 'string' ? k.why.slice(0, 200) : undefined,
  };
}

/** The content script's reply, checked: a foreign or stale reply must not crash the popup. */
export function asPageState(x: unknown): PageState | null {
  if (typeof x !== 'object' || x === null) return null;
  const r = x as Record<string, unknown>;
  if (!isPageStatus(r.status)) return null;
  const analysis = r.analysis as PageState['analysis'];
  const okAnalysis =
    analysis === undefined ||
    (typeof analysis === 'object' &&
      analysis !== null &&
      typeof analysis.text === 'string' &&
      ['actors', 'figures', 'sourcing', 'attributions', 'claims'].every((k) =>
        Array.isArray((analysis as unknown as Record<string, unknown>)[k]),
      ));
  if (!okAnalysis) return null;
  return {
    status: r.status,
    title: typeof r.title === 'string' ? r.title : '',
    site: typeof r.site === 'string' ? r.site : '',
    progress: typeof r.progress === 'number' && r.progress >= 0 && r.progress <= 1 ? r.progress : undefined,
    analysis,
    error: typeof r.error === 'string' ? r.error : undefined,
    highlightsBlocked: r.highlightsBlocked === true ? true : undefined,
    pageKind: asPageKind(r.pageKind),
  };
}

/** Hosts where browsers forbid extensions to run (their extension stores). */
const STORE_HOSTS: Record<string, string> = {
  'chromewebstore.google.com': 'the Chrome Web Store',
  'chrome.google.com': 'the Chrome Web Store',
  'addons.mozilla.org': 'Firefox Add-ons',
  'microsoftedge.microsoft.com': 'Edge Add-ons',
};

/**
 * Why Sourcelight cannot read this page, in words for the reader, or null when it can (an http(s) page
 * that is not an extension store). The content script only runs on http and https pages.
 */
export function restrictedReason(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'Sourcelight can’t read this page.';
  }
  if (u.protocol === 'file:') {
    return 'This is a file on your computer. Sourcelight reads web pages (http and https) only.';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    return 'This is a browser page. Browsers don’t let extensions read their own pages, so there is nothing to annotate here.';
  }
  const store = STORE_HOSTS[u.hostname];
  if (store && (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) {
    return `This is ${store}. Browsers don’t let extensions run on their extension stores.`;
  }
  if (/\.pdf$/i.test(u.pathname)) return 'This looks like a PDF. Sourcelight reads web pages, not PDF files.';
  return null;
}

/** The hostname the per-site switch applies to, or '' when the page has none. */
export function siteOf(url: string | undefined): string {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}

/** Copy through the async clipboard API (the popup is a focused extension page, so it is allowed). */
export async function clipboardCopy(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('clipboard unavailable');
  await navigator.clipboard.writeText(text);
}

/** Save text as a file: a Blob and a temporary <a download>. */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // revoke later: Chromium starts the download asynchronously
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
