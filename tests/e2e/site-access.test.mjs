// Limited site access in Chromium: the reader set Sourcelight's site access to "on click" (chrome://extensions →
// Details → Site access). The content script then never runs on its own, and the popup says what is missing
// instead of asking for a reload. chrome://extensions' own developerPrivate API is what that page calls for the
// choice, so the test makes it as the reader does. Not covered here: the click on the toolbar button that grants
// activeTab (a test cannot press browser UI), and a site allowed afterwards from the extensions menu (the tab's
// address stayed hidden from the background in headless Chromium, so the page in view was not found);
// utils/content-script.ts's injection is checked in Firefox (firefox.test.mjs) and by unit tests.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { seedPage } from './checks.mjs';
import { highlightSizes, launch, openPopup, pageState, serve, sleep, tabIdFor } from './harness.mjs';

let ext;
let server;

before(async () => {
  server = await serve({ '/seed/': { body: seedPage() } });
  ext = await launch();
});

after(async () => {
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
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/seed/`, { waitUntil: 'domcontentloaded' });
    const tabId = await tabIdFor(ext.worker, page);
    await sleep(1_500);
    assert.equal((await pageState(ext.worker, tabId)).status, 'no-answer', 'no content script');
    assert.deepEqual(await highlightSizes(page), {});
    const popup = await openPopup(ext.context, ext.extensionId, tabId);
    await popup.getByRole('heading', { name: 'Sourcelight may not read this site' }).waitFor({ timeout: 15_000 });
    assert.equal(await popup.getByRole('button', { name: 'Reload the page' }).count(), 0, 'no reload button');
    await popup.close();
    await page.close();
  } finally {
    await asReader((dp, id) => dp.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_ALL_SITES' }));
  }
});
