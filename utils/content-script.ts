// Running the content script in a tab on demand: where the reader limited site access, the manifest's
// declaration does not run it. Used by the popup (after a toolbar click: activeTab) and the background (once
// the reader allows a site). Extension contexts only; never imported by the content script.
import { accessPatterns } from '@/components/popup-client';
import type { PageState } from '@/lib/messages';
import { stylesheetDeclared } from '@/utils/stylesheet';

/** Whether the tab's content script answers (it is already running there). */
export async function contentScriptRuns(tabId: number): Promise<boolean> {
  try {
    const state = (await browser.tabs.sendMessage(tabId, { type: 'sourcelight/get-state' })) as PageState | undefined;
    return state !== undefined;
  } catch {
    return false;
  }
}

/**
 * Run the content script in the tab: the files the manifest declares for every page (WXT checks the path). The
 * stylesheet only where the manifest declares it: elsewhere (Chrome) the script adopts it itself.
 */
export async function runContentScript(tabId: number): Promise<void> {
  if (stylesheetDeclared())
    await browser.scripting.insertCSS({ target: { tabId }, files: ['/content-scripts/content.css'] });
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
}

/** storage.session key: the tab whose popup or panel is asking the reader to allow its site, and since when. */
const ASKING_KEY = 'accessAskedFor';
/** How long an unanswered ask counts (the browser's prompt stays open while the reader thinks). */
export const ASKING_TTL_MS = 5 * 60_000;

/**
 * The popup or panel is about to ask the reader to allow the site of tab `tabId`. Not awaited, so that the prompt
 * still comes from the click (Firefox refuses it otherwise); the background reads it once the site is allowed.
 */
export function rememberAsking(tabId: number): void {
  void browser.storage.session?.set({ [ASKING_KEY]: { tabId, at: Date.now() } }).catch(() => undefined);
}

/** The reader refused: no tab is waiting any more. */
export function forgetAsking(): void {
  void browser.storage.session?.remove(ASKING_KEY).catch(() => undefined);
}

/** What annotateAllowedTabs needs from the browser (injectable for the unit tests). */
export interface AllowedTabsApi {
  /** The tabs in view: the active tab of every window (an address is missing where the browser hides it). */
  activeTabs(): Promise<{ id?: number; url?: string }[]>;
  /** The tab that asked for access (rememberAsking), if recent; forgotten once read. */
  takeAsking(): Promise<number | null>;
  /** Whether the content script may now run on `url`'s site. */
  allowed(url: string): Promise<boolean>;
  runs(tabId: number): Promise<boolean>;
  run(tabId: number): Promise<void>;
  reload(tabId: number): Promise<void>;
}

/**
 * The reader allowed sites: run the content script in the pages they are looking at, which loaded before the
 * grant (pages loaded from now on get the manifest's script). An active tab is a candidate when its address is
 * known and now allowed, and the tab that asked for access is one in any case: in Chrome the address stays hidden,
 * since a site allowed for the manifest's content script gives no host permission to the extension's APIs. For the
 * same reason Chrome refuses `scripting.executeScript` there: the tab that asked is reloaded instead, which runs
 * the manifest's script. Returns what was done, per tab.
 */
export async function annotateAllowedTabs(api: AllowedTabsApi): Promise<Map<number, 'ran' | 'reloaded'>> {
  const done = new Map<number, 'ran' | 'reloaded'>();
  const asking = await api.takeAsking().catch(() => null);
  const tabs = await api.activeTabs().catch(() => []);
  const candidates: number[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    if (tab.id === asking || (tab.url && (await api.allowed(tab.url).catch(() => false)))) candidates.push(tab.id);
  }
  if (asking !== null && !candidates.includes(asking)) candidates.push(asking);
  for (const id of candidates) {
    try {
      if (await api.runs(id)) continue;
      await api.run(id);
      done.set(id, 'ran');
    } catch {
      // not allowed to run scripts in the page already loaded (Chrome): a reload runs the manifest's content
      // script. Only where the reader asked: another tab may be a page no script may run on (a store page).
      if (id !== asking) continue;
      await api.reload(id).then(
        () => done.set(id, 'reloaded'),
        () => undefined,
      );
    }
  }
  return done;
}

/** AllowedTabsApi on the browser. */
export const browserAllowedTabs: AllowedTabsApi = {
  activeTabs: () => browser.tabs.query({ active: true }),
  takeAsking: async () => {
    const session = browser.storage.session;
    if (!session) return null;
    const asked = (await session.get(ASKING_KEY))[ASKING_KEY] as { tabId?: unknown; at?: unknown } | undefined;
    await session.remove(ASKING_KEY);
    if (!asked || typeof asked.tabId !== 'number' || typeof asked.at !== 'number') return null;
    return Date.now() - asked.at <= ASKING_TTL_MS ? asked.tabId : null;
  },
  allowed: (url) => browser.permissions.contains({ origins: accessPatterns(url) }),
  runs: contentScriptRuns,
  run: runContentScript,
  reload: (tabId) => browser.tabs.reload(tabId),
};
