// Popup entry: wires the Popup component to the browser. `popup.html?tabId=N` targets tab N (tests,
// which cannot open the toolbar popup); otherwise the active tab of the current window.
import { render } from 'preact';
import { Popup } from '@/components/popup';
import {
  ALL_SITES,
  accessPatterns,
  clipboardCopy,
  downloadFile,
  type PopupClient,
  type TabInfo,
} from '@/components/popup-client';
import { runContentScript } from '@/utils/content-script';
import './style.css';

async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

const tabId = targetTabId();

const client: PopupClient = {
  async tab(): Promise<TabInfo | null> {
    const id = await tabId;
    if (id === null) return null;
    const t = await browser.tabs.get(id);
    return { id, url: t.url, title: t.title, status: t.status };
  },
  async send(request) {
    const id = await tabId;
    if (id === null) throw new Error('no tab');
    return browser.tabs.sendMessage(id, request);
  },
  async reload() {
    const id = await tabId;
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
    const id = await tabId;
    if (id === null) throw new Error('no tab');
    await runContentScript(id);
  },
  requestAccess: (url) => browser.permissions.request({ origins: accessPatterns(url) }),
  copyText: clipboardCopy,
  saveFile: downloadFile,
};

render(<Popup client={client} />, document.getElementById('app')!);
