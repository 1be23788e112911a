// Running the content script in a tab on demand: where the reader limited site access, the manifest's
// declaration does not run it. Used by the popup (after a toolbar click: activeTab) and the background (once
// the reader allows a site). Extension contexts only; never imported by the content script.
import type { PageState } from '@/lib/messages';

/** Whether the tab's content script answers (it is already running there). */
export async function contentScriptRuns(tabId: number): Promise<boolean> {
  try {
    const state = (await browser.tabs.sendMessage(tabId, { type: 'sourcelight/get-state' })) as PageState | undefined;
    return state !== undefined;
  } catch {
    return false;
  }
}

/** Run the content script in the tab: the files the manifest declares for every page (WXT checks the path). */
export async function runContentScript(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: ['/content-scripts/content.css'] });
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
}
