// The background's part of the reader's tools: the toolbar badge (unconfirmed claims on each tab), the keyboard
// commands (highlights on/off, open the side panel, next / previous claim) and the "Who said this?" menu item on
// a selection. Thin wiring: the page does the work (entrypoints/content/reader-tools.ts).
import { isPageStatusNote, MAX_SELECTION_CHARS, type PageStatusNote, type PopupRequest } from '@/lib/messages';
import { loadSettings, updateSettings, watchSettings } from '@/lib/settings-store';

/** The badge's colour: the claim highlight's red, with white text (contrast 5.9:1). */
const BADGE_COLOUR = '#b42318';
export const WHO_SAID_MENU_ID = 'sourcelight-who-said';

/** The keyboard commands (manifest `commands`), by name. */
export const COMMANDS = {
  toggle: 'toggle-highlights',
  panel: 'open-panel',
  next: 'next-claim',
  prev: 'prev-claim',
} as const;

/** The badge text for a page's status: the claims count once analysed, nothing otherwise (nor for none). */
export function badgeText(note: Pick<PageStatusNote, 'claims'>, on: boolean): string {
  if (!on || note.claims === null || note.claims === 0) return '';
  return note.claims > 999 ? '999+' : String(note.claims);
}

async function setBadge(tabId: number, note: Pick<PageStatusNote, 'claims'>): Promise<void> {
  const { badge } = await loadSettings();
  const text = badgeText(note, badge);
  await browser.action.setBadgeText({ tabId, text });
  if (text) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
    await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  }
  const n = note.claims ?? 0;
  await browser.action.setTitle({
    tabId,
    title: text ? `Sourcelight: ${n} unconfirmed ${n === 1 ? 'claim' : 'claims'}` : 'Sourcelight',
  });
}

/** Every tab's badge again, from its page (the reader switched the badge on or off). */
async function refreshBadges(): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined) continue;
    const state = (await browser.tabs.sendMessage(tab.id, { type: 'sourcelight/get-state' }).catch(() => null)) as {
      status?: string;
      analysis?: { claims?: unknown[] };
    } | null;
    const claims = state?.status === 'ready' ? (state.analysis?.claims?.length ?? null) : null;
    await setBadge(tab.id, { claims }).catch(() => undefined);
  }
}

const activeTab = async (): Promise<number | undefined> =>
  (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;

/** The browser's side panel API where there is one (Chrome); Firefox has sidebarAction instead. */
interface ChromeSidePanel {
  open(o: { windowId?: number; tabId?: number }): Promise<void>;
  setPanelBehavior(b: { openPanelOnActionClick: boolean }): Promise<void>;
}
const sidePanel = () => (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;

/** The menus API: `menus` in Firefox, `contextMenus` in Chrome. */
type Menus = typeof browser.contextMenus;
const menus = (): Menus | undefined =>
  (browser as unknown as { menus?: Menus }).menus ?? (browser as { contextMenus?: Menus }).contextMenus;

export function setupReaderActions(): void {
  // the badge: each page tells its status; a page being left clears it
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isPageStatusNote(message) || sender.tab?.id === undefined)
      return undefined;
    if (sender.frameId) return undefined; // the top page's article, not a frame's
    setBadge(sender.tab.id, message).catch(() => undefined);
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined)
      browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
  });
  // only when the badge switch itself changed: asking every tab for its state is not free
  let badgeOn: boolean | undefined;
  void loadSettings()
    .then((s) => {
      badgeOn ??= s.badge;
    })
    .catch(() => undefined);
  watchSettings((s) => {
    if (s.badge === badgeOn) return;
    badgeOn = s.badge;
    void refreshBadges().catch(() => undefined);
  });

  // the toolbar button keeps opening the popup; the panel opens from the popup, the menu or the command
  sidePanel()
    ?.setPanelBehavior({ openPanelOnActionClick: false })
    .catch(() => undefined);

  browser.commands?.onCommand.addListener(onCommand);

  const m = menus();
  if (m) {
    void Promise.resolve(m.removeAll())
      .then(() => m.create({ id: WHO_SAID_MENU_ID, title: 'Who said this?', contexts: ['selection'] }))
      .catch(() => undefined);
    m.onClicked.addListener((info, tab) => void onMenu(info, tab).catch(() => undefined));
  }
  // Browsers offer no way to press a command key or click a menu item in a headless test: the end-to-end tests
  // call these two from the service worker's own console. Nothing outside the extension reaches this scope.
  Object.assign(globalThis, { sourcelightReaderActions: { onCommand, onMenu } });
}

type TabLike = { id?: number; windowId?: number } | undefined;

/** A keyboard command (manifest `commands`). */
function onCommand(command: string, tab?: TabLike): void {
  const send = async (request: PopupRequest) => {
    const id = tab?.id ?? (await activeTab());
    if (id !== undefined) await browser.tabs.sendMessage(id, request);
  };
  switch (command) {
    case COMMANDS.toggle:
      void updateSettings((s) => ({ ...s, paused: !s.paused })).catch(() => undefined);
      break;
    case COMMANDS.panel:
      // Chrome: straight from the key press (a user gesture); Firefox uses `_execute_sidebar_action` instead
      void sidePanel()
        ?.open(tab?.windowId !== undefined ? { windowId: tab.windowId } : { tabId: tab?.id ?? 0 })
        .catch(() => undefined);
      break;
    case COMMANDS.next:
    case COMMANDS.prev:
      void send({ type: 'sourcelight/step-claim', direction: command === COMMANDS.next ? 'next' : 'prev' }).catch(
        () => undefined,
      );
      break;
  }
}

/** "Who said this?" clicked on a selection: the page shows its card and answers what it found. */
async function onMenu(
  info: { menuItemId: string | number; selectionText?: string; frameId?: number },
  tab: TabLike,
): Promise<unknown> {
  if (info.menuItemId !== WHO_SAID_MENU_ID || tab?.id === undefined || !info.selectionText) return undefined;
  const request: PopupRequest = {
    type: 'sourcelight/who-said',
    text: info.selectionText.slice(0, MAX_SELECTION_CHARS),
  };
  return browser.tabs.sendMessage(tab.id, request, { frameId: info.frameId ?? 0 });
}
