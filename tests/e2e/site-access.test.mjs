// Limited site access in Chromium: the reader set Sourcelight's site access to "on click" (chrome://extensions →
// Details → Site access). The content script then never runs on its own. chrome://extensions' own developerPrivate
// API is what that page calls for the choice, so the tests make it as the reader does. The toolbar click is
// DevTools' Extensions.triggerAction (it needs --enable-unsafe-extension-debugging and grants activeTab as a real
// click does); the toolbar popup it opens is read through Puppeteer on the same browser. Chrome's own permission
// prompt cannot be answered in headless Chromium, so after the popup's real "Allow" button the site is allowed
// where Chrome also lets the reader do it (developerPrivate.addHostPermission, the extensions menu's call).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { popupListDiffs, seedPage } from './checks.mjs';
import {
  highlightSizes,
  launch,
  openPopup,
  pageState,
  serve,
  sleep,
  tabIdFor,
  until,
  waitForState,
} from './harness.mjs';

let ext;
let server;
/** The browser's own DevTools session (Playwright's pipe): Extensions.triggerAction clicks the toolbar button. */
let browserCdp;
/** Puppeteer on the same browser (a DevTools port): it sees the toolbar popup, which Playwright does not. */
let pptr;

before(async () => {
  server = await serve({ '/seed/': { body: seedPage() }, '/later/': { body: seedPage() } });
  // --enable-unsafe-extension-debugging: the DevTools Extensions domain (triggerAction)
  ext = await launch({ extraArgs: ['--enable-unsafe-extension-debugging', '--remote-debugging-port=0'] });
  browserCdp = await ext.context.browser().newBrowserCDPSession();
  const port = readFileSync(join(ext.profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  pptr = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
});

after(async () => {
  await pptr?.disconnect().catch(() => {});
  await ext?.close();
  await server?.close?.();
});

/**
 * Do on chrome://extensions what the reader does there: `fn(developerPrivate, extensionId)`, in a window of its
 * own so the article stays the active tab of its window.
 */
async function asReader(fn) {
  const cdp = await ext.context.newCDPSession(await ext.context.pages()[0]);
  const opened = ext.context.waitForEvent('page');
  await cdp.send('Target.createTarget', { url: 'chrome://extensions/', newWindow: true });
  const page = await opened;
  await cdp.detach();
  try {
    await page.waitForLoadState('domcontentloaded');
    return await page.evaluate(
      ([source, id]) => new Function('dp', 'id', `return (${source})(dp, id)`)(chrome.developerPrivate, id),
      [fn.toString(), ext.extensionId],
    );
  } finally {
    await page.close();
  }
}

/** Click Sourcelight's toolbar button on the tab showing `url` (DevTools: "Runs an extension default action"). */
async function clickToolbarButton(url) {
  const { targetInfos } = await browserCdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === url);
  assert.ok(tab, `a tab at ${url}`);
  await browserCdp.send('Extensions.triggerAction', { id: ext.extensionId, targetId: tab.targetId });
}

/** The extension's open popups (the toolbar popup is not a tab: chrome.runtime.getContexts sees it). */
/** Open `url` in a new tab while the content script may not run there: it stays unannotated. */
async function openUnannotated(url) {
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const tabId = await tabIdFor(ext.worker, page);
  await sleep(1_500);
  assert.equal((await pageState(ext.worker, tabId)).status, 'no-answer', 'no content script');
  assert.deepEqual(await highlightSizes(page), {});
  return { page, tabId };
}

const openPopups = () =>
  ext.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['POPUP'] })).length);

/** The computed background of a mark of `category`: whether the content script's stylesheet is in the page. */
const markBackground = (page, category) =>
  page.evaluate((c) => {
    const m = document.createElement('sourcelight-mark');
    m.dataset.sl = c;
    document.body.append(m);
    const bg = getComputedStyle(m).backgroundColor;
    m.remove();
    return bg;
  }, category);

const UNSTYLED = 'rgba(0, 0, 0, 0)';

test('site access "on click": no content script runs, and the popup says what is missing instead of asking for a reload', async () => {
  const hosts = await asReader(async (dp, id) => {
    await dp.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_CLICK' });
    return (await dp.getExtensionInfo(id)).permissions.runtimeHostPermissions.hosts;
  });
  assert.ok(
    hosts.every((h) => !h.granted),
    `no site granted: ${JSON.stringify(hosts)}`,
  );
  try {
    const { page, tabId } = await openUnannotated(`${server.origin}/seed/`);
    const popup = await openPopup(ext.context, ext.extensionId, tabId);
    await popup.getByRole('heading', { name: 'Sourcelight may not read this site' }).waitFor({ timeout: 15_000 });
    assert.equal(await popup.getByRole('button', { name: 'Reload the page' }).count(), 0, 'no reload button');
    await popup.close();
    await page.close();
  } finally {
    await asReader((dp, id) => dp.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_ALL_SITES' }));
  }
});

test('site access "on click": one click on the toolbar button annotates the page; the next click opens the popup', async () => {
  await asReader((dp, id) => dp.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_CLICK' }));
  try {
    const url = `${server.origin}/seed/`;
    const { page, tabId } = await openUnannotated(url);

    // Chrome held the manifest's content script back on this page ("wants to run"): the click runs it at once
    // (activeTab) instead of opening the popup
    await clickToolbarButton(url);
    assert.ok(await until(async () => (await highlightSizes(page))['sourcelight-person'] > 0, 15_000), 'highlights');
    assert.ok(
      await until(async () => (await pageState(ext.worker, tabId)).status === 'ready', 15_000),
      'analysis ready',
    );
    assert.notEqual(await markBackground(page, 'person'), UNSTYLED, 'the content script has its stylesheet');
    assert.equal(await openPopups(), 0, 'the first click runs the script, no popup');

    // the next click opens the popup, which lists what the page found
    const found = pptr.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 10_000 });
    await clickToolbarButton(url);
    const popup = await (await found).asPage();
    await popup.waitForSelector('::-p-text(Who said what)', { timeout: 15_000 });
    const state = await pageState(ext.worker, tabId);
    assert.equal(state.status, 'ready');
    assert.ok(state.analysis.attributions.length > 0, 'statements found');
    assert.deepEqual(await popupListDiffs(popup, state.analysis), []);
    assert.equal(await page.evaluate(() => performance.getEntriesByName('sourcelight:start').length), 1, 'one copy');
    await popup.close();

    // What Chrome keeps of the grant: the tab, while it stays on the site (a reload is annotated again, by the
    // manifest's script); another site in the same tab is not
    await page.reload({ waitUntil: 'domcontentloaded' });
    assert.ok(await until(async () => (await highlightSizes(page))['sourcelight-person'] > 0, 15_000), 'reload');
    await page.goto(url.replace('127.0.0.1', 'localhost'), { waitUntil: 'domcontentloaded' });
    await sleep(1_500);
    assert.equal((await pageState(ext.worker, tabId)).status, 'no-answer', 'another site: no content script');
    assert.deepEqual(await highlightSizes(page), {});
    await page.close();
  } finally {
    await asReader((dp, id) => dp.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_ALL_SITES' }));
  }
});

/** Open an extension page in a window of its own: the article stays the active tab of its window. */
async function inWindowOfItsOwn(url) {
  const cdp = await ext.context.newCDPSession(ext.context.pages()[0]);
  const opened = ext.context.waitForEvent('page');
  await cdp.send('Target.createTarget', { url, newWindow: true });
  const page = await opened;
  await cdp.detach();
  return page;
}

test('site access "on click": the popup asks, the reader allows the site, and the page is annotated; later pages as usual', async () => {
  await asReader((dp, id) => dp.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_CLICK' }));
  try {
    const { page, tabId } = await openUnannotated(`${server.origin}/seed/`);
    // the popup without the toolbar click's grant (as the side panel is): the tab's address is hidden
    const popup = await inWindowOfItsOwn(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('heading', { name: 'Sourcelight may not read this site' }).waitFor({ timeout: 15_000 });
    // the real button: Chrome's prompt opens, but headless Chromium shows none and it stays unanswered
    await popup.getByRole('button', { name: 'Allow on all sites' }).click();
    assert.ok(
      await until(
        async () => (await ext.worker.evaluate(() => chrome.storage.session.get('accessAskedFor'))).accessAskedFor,
        5_000,
      ),
      'the background knows which tab asked',
    );
    assert.deepEqual((await ext.worker.evaluate(() => chrome.permissions.getAll())).origins, []);
    // so the reader allows the site where Chrome lets them (the extensions menu, chrome://extensions)
    await asReader((dp, id) => dp.addHostPermission(id, 'http://127.0.0.1/*'));
    // Chrome grants a site for the manifest's content script only: the background may not run it in the page
    // already open (scripting.executeScript is refused) and reloads the tab that asked
    // (the page reloads meanwhile: a read may meet the old document going)
    const settled = () => highlightSizes(page).catch(() => ({}));
    assert.ok(await until(async () => (await settled())['sourcelight-person'] > 0, 20_000), 'highlights');
    assert.ok(
      await until(async () => (await pageState(ext.worker, tabId)).status === 'ready', 15_000),
      'analysis ready',
    );
    assert.notEqual(await markBackground(page, 'person'), UNSTYLED, 'the content script has its stylesheet');
    assert.equal(await page.evaluate(() => performance.getEntriesByName('sourcelight:start').length), 1, 'one copy');
    // the popup follows by itself
    await popup.getByRole('heading', { name: 'Who said what' }).waitFor({ timeout: 15_000 });
    const state = await pageState(ext.worker, tabId);
    assert.deepEqual(await popupListDiffs(popup, state.analysis), []);
    await popup.close();

    // a page of the site loaded later: the manifest's content script, once
    const later = await ext.context.newPage();
    await later.goto(`${server.origin}/later/`, { waitUntil: 'domcontentloaded' });
    const laterId = await tabIdFor(ext.worker, later);
    assert.ok(await until(async () => (await highlightSizes(later))['sourcelight-person'] > 0, 15_000), 'later page');
    assert.equal((await waitForState(ext.worker, laterId)).status, 'ready');
    assert.notEqual(await markBackground(later, 'person'), UNSTYLED, 'the content script has its stylesheet');
    assert.equal(await later.evaluate(() => performance.getEntriesByName('sourcelight:start').length), 1, 'one copy');
    await later.close();
    await page.close();
  } finally {
    await asReader((dp, id) => dp.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_ALL_SITES' }));
  }
});
