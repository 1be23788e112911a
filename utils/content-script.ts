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

/** The content script's stylesheet, which it asks the background for (not in the manifest; see insertContentCss). */
export const CONTENT_CSS = '/content-scripts/content.css';

/**
 * Run the content script in the tab: the file the manifest declares for every page (WXT checks the path). It asks
 * for its stylesheet itself, once per page, as it does where the manifest runs it.
 */
export async function runContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
}

/**
 * Put the content script's stylesheet in the frame it runs in. Allowed wherever the script runs: the site is
 * allowed, or the toolbar click granted the tab (activeTab).
 */
export async function insertContentCss(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, files: [CONTENT_CSS] });
}
