// The popup's and the side panel's PopupClient on the browser: the tab they are about (fixed for the popup, the
// window's active tab for the panel), messages to its content script, site access, copying and saving.
import {
  ALL_SITES,
  accessPatterns,
  clipboardCopy,
  downloadFile,
  type PopupClient,
  type TabInfo,
} from '@/components/popup-client';
import { isPageStatusNote } from '@/lib/messages';
import { forgetAsking, rememberAsking, runContentScript } from '@/utils/content-script';

/** `?tabId=N` in the page's address (tests, the report page), or null. */
export function tabIdParam(search = location.search): number | null {
  const param = new URLSearchParams(search).get('tabId');
  return param && /^\d+$/.test(param) ? Number(param) : null;
}

/** `?windowId=N`: the panel follows that window's active tab (tests open the panel page in a window of its own). */
function windowIdParam(search = location.search): number | null {
  const param = new URLSearchParams(search).get('windowId');
  return param && /^\d+$/.test(param) ? Number(param) : null;
}

async function activeTabId(windowId: number | null): Promise<number | null> {
  const [active] = await browser.tabs.query(
    windowId === null ? { active: true, currentWindow: true } : { active: true, windowId },
  );
  return active?.id ?? null;
}

/** This page's window, known before any click: opening a panel must not wait for it. */
let thisWindow: number | undefined;
if (typeof browser !== 'undefined')
  browser.windows
    ?.getCurrent()
    .then((w) => {
      thisWindow = w.id;
    })
    .catch(() => undefined);

/** Open the side panel (Chrome) or the sidebar (Firefox) for this window, straight from a click. */
export function openSidePanel(): void {
  const chrome = (globalThis as { chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } } }).chrome;
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  // nothing awaited first, or the click no longer counts as the reader's and the browser refuses
  const opening = sidebar
    ? sidebar.open()
    : thisWindow !== undefined
      ? chrome?.sidePanel?.open({ windowId: thisWindow })
      : undefined;
  opening?.then(() => window.close()).catch(() => undefined);
}

/**
 * A PopupClient for the popup (`follow: false`: the tab in ?tabId=N, else the active tab when it opened) or the
 * panel (`follow: true`: the active tab of its window whenever asked, and a `subscribe` that hears tab switches,
 * page loads and finished analyses).
 */
export function tabClient({ follow }: { follow: boolean }): PopupClient {
  const fixed = tabIdParam();
  const windowId = windowIdParam();
  const opened = fixed !== null ? Promise.resolve(fixed) : activeTabId(windowId);
  const target = (): Promise<number | null> => (follow && fixed === null ? activeTabId(windowId) : opened);
  /** The tab last shown, known at once when the reader clicks "Allow" (nothing may be awaited before the prompt). */
  let shown: number | null = null;
  const client: PopupClient = {
    async tab(): Promise<TabInfo | null> {
      const id = await target();
      shown = id;
      if (id === null) return null;
      const t = await browser.tabs.get(id);
      return { id, url: t.url, title: t.title, status: t.status };
    },
    async send(request) {
      const id = await target();
      if (id === null) throw new Error('no tab');
      return browser.tabs.sendMessage(id, request);
    },
    async reload() {
      const id = await target();
      if (id !== null) await browser.tabs.reload(id);
    },
    async siteAccess() {
      const url = (await client.tab())?.url;
      const allSites = await browser.permissions.contains({ origins: ALL_SITES });
      const thisSite = url?.startsWith('http')
        ? await browser.permissions.contains({ origins: accessPatterns(url) })
        : undefined;
      return { allSites, thisSite };
    },
    async inject() {
      const id = await target();
      if (id === null) throw new Error('no tab');
      await runContentScript(id);
    },
    requestAccess: (url) => {
      // the background runs the content script in this tab once the site is allowed, even if the prompt closed us
      if (shown !== null) rememberAsking(shown);
      return browser.permissions.request({ origins: accessPatterns(url) }).then((granted) => {
        if (!granted) forgetAsking();
        return granted;
      });
    },
    copyText: clipboardCopy,
    saveFile: downloadFile,
    extensionUrl: (path) => browser.runtime.getURL(path as '/popup.html'),
  };
  if (follow) {
    client.subscribe = (changed) => {
      const onActivated = (info: { windowId: number }) => {
        if (windowId === null || info.windowId === windowId) changed();
      };
      const onUpdated = async (tabId: number, change: { status?: string; url?: string }) => {
        if (change.status === undefined && change.url === undefined) return;
        if (tabId === (await target())) changed();
      };
      const onMessage = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
        if (sender.id !== browser.runtime.id || !isPageStatusNote(message)) return undefined;
        void target().then((id) => id === sender.tab?.id && changed());
        return undefined;
      };
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.runtime.onMessage.addListener(onMessage);
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.runtime.onMessage.removeListener(onMessage);
      };
    };
  }
  return client;
}
