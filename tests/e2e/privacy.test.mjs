// End-to-end privacy and steering: the built extension in headless Chromium.
// 1. Nothing the extension does reaches the network: every request of the browser context (pages, popup,
//    service worker) is recorded while corpus pages are annotated and the popup is open; none may come from
//    the extension (its service worker, its pages, or scripts at chrome-extension:// URLs in a tab).
// 2. A page cannot steer it (postMessage, CustomEvents, DOM attributes, WXT's own event names forged with
//    the public extension id) nor read the analysis beyond what the highlights show.
// Run after `npx wxt build`:  node --test --test-concurrency=1 tests/e2e/privacy.test.mjs
// (SOURCELIGHT_EXTENSION_DIR=<dir> tests a copy of the build, safe from concurrent rebuilds.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  ARTICLE_PARAS,
  corpusRoutes,
  corpusSlugs,
  EXTENSION_DIR,
  highlightSizes,
  launch,
  openPopup,
  pageState,
  serve,
  sleep,
  tabIdFor,
  waitForState,
} from './harness.mjs';

const isWeb = (url) => /^(https?|wss?|ftp):/i.test(url);
/** A few corpus pages with plenty of external resources of their own (scripts, images, trackers). */
const CORPUS_SAMPLE = 5;

const PARAS = ARTICLE_PARAS.slice(0, 6);

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Steering attempts</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Steering attempts"}</script>
</head><body><main><article><h1>Steering attempts</h1>${PARAS.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;

const NOT_ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>Shop</title></head><body>
<h1>Welcome to the shop</h1><ul><li><a href="/a">Shoes</a></li><li><a href="/b">Hats</a></li></ul>
<div>President Joe Biden said on Monday that 12 people met in Washington.</div></body></html>`;

/**
 * Everything a page can try, in its own world, knowing the extension's (public) id: messages, events under
 * our names and under WXT's internal event names, attributes, elements, and the runtime API.
 */
function steer(id) {
  const tried = [];
  const attempt = (what, fn) => {
    try {
      fn();
      tried.push(what);
    } catch (e) {
      tried.push(`${what}: ${e}`);
    }
  };
  const messages = [
    { type: 'sourcelight/annotate-anyway' },
    { type: 'sourcelight/reveal', start: 0, end: 40 },
    { type: 'sourcelight/get-state' },
    { type: 'sourcelight/analyze', text: 'Forged text said 99 people.' },
    { type: 'sourcelight/settings', paused: true },
    { settings: { paused: true, categories: { person: false } } },
    { key: 'local:settings', value: { paused: true } },
    'sourcelight/annotate-anyway',
    JSON.stringify({ type: 'sourcelight/annotate-anyway' }),
  ];
  window.__own ??= new Set();
  for (const m of messages) {
    window.__own.add(typeof m === 'string' ? m : JSON.stringify(m));
    attempt(`postMessage ${JSON.stringify(m)}`, () => window.postMessage(m, '*'));
  }
  const names = [
    'sourcelight',
    'sourcelight:pause',
    'sourcelight:annotate',
    'sourcelight/annotate-anyway',
    'wxt:locationchange',
    'wxt:content-script-started',
    `${id}:content:wxt:locationchange`,
    `${id}:content:wxt:content-script-started`,
  ];
  for (const n of names) {
    const detail = { contentScriptName: 'content', messageId: 'forged', paused: true };
    for (const target of [window, document, document.body])
      attempt(`CustomEvent ${n}`, () => target.dispatchEvent(new CustomEvent(n, { detail, bubbles: true })));
  }
  // WXT's location watcher would follow a real navigation; a forged one must not re-run the analysis
  for (let i = 0; i < 5; i++)
    attempt('forged locationchange', () => window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`)));
  attempt('attributes', () => {
    for (const el of [document.documentElement, document.body]) {
      el.setAttribute('data-sourcelight-paused', 'true');
      el.setAttribute('data-sourcelight-categories', '{"person":false}');
      el.setAttribute('data-sourcelight', 'off');
    }
  });
  attempt('elements', () => {
    const meta = document.createElement('meta');
    meta.name = 'sourcelight';
    meta.content = 'paused';
    meta.setAttribute('data-planted', '');
    document.head.append(meta);
    const card = document.createElement('sourcelight-card');
    card.setAttribute('data-planted', '');
    card.textContent = 'planted';
    document.body.append(card);
  });
  attempt('runtime', () => {
    const rt = window.chrome?.runtime;
    if (!rt?.sendMessage) throw new Error('no chrome.runtime in the page');
    rt.sendMessage(id, { type: 'sourcelight/annotate-anyway' });
  });
  attempt('storage event', () => window.dispatchEvent(new StorageEvent('storage', { key: 'settings' })));
  return tried;
}

/** What the page can see of the extension: globals, DOM, messages and events it received. */
function pageView() {
  // the attributes steer() planted
  const PLANTED = new Set([
    'data-sourcelight-paused=true',
    'data-sourcelight-categories={"person":false}',
    'data-sourcelight=off',
  ]);
  const ours = /sourcelight|wxt/i;
  const globals = Object.getOwnPropertyNames(window).filter((k) => ours.test(k));
  const elements = [];
  for (const el of document.querySelectorAll('*')) {
    if (el.hasAttribute('data-planted')) continue;
    const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).filter((a) => !PLANTED.has(a));
    const mine = ours.test(el.localName) || attrs.some((a) => ours.test(a));
    if (mine)
      elements.push({
        tag: el.localName,
        parent: el.parentElement?.localName,
        attrs,
        children: el.childNodes.length,
        openShadow: !!el.shadowRoot,
      });
  }
  const own = window.__own ?? new Set();
  const foreign = (window.__received ?? []).filter((m) => !own.has(m));
  return { globals, elements, foreign, events: window.__events ?? [] };
}

let server;
let ext;
const requests = [];
const fromExtensionScripts = [];

/** Record every request of a tab with its initiator (CDP): scripts at chrome-extension:// URLs are ours. */
async function watchInitiators(page) {
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
    const frames = initiator?.stack?.callFrames ?? [];
    const byUs =
      (initiator?.url ?? '').startsWith(`chrome-extension://${ext.extensionId}`) ||
      frames.some((f) => f.url.startsWith(`chrome-extension://${ext.extensionId}`));
    if (byUs) fromExtensionScripts.push({ url: request.url, page: page.url() });
  });
  await cdp.send('Network.enable');
  return cdp;
}

before(async () => {
  const routes = corpusRoutes();
  routes['/steer/'] = { body: ARTICLE };
  routes['/steer-not-article/'] = { body: NOT_ARTICLE };
  routes['/probe'] = { body: 'probe', type: 'text/plain' };
  server = await serve(routes);
  ext = await launch({ extensionDir: process.env.SOURCELIGHT_EXTENSION_DIR ?? EXTENSION_DIR });
  ext.context.on('request', (r) => {
    let frame = null;
    try {
      frame = r.frame().url();
    } catch {
      // service-worker requests have no frame
    }
    requests.push({ url: r.url(), sw: r.serviceWorker()?.url() ?? null, frame, type: r.resourceType() });
  });
  // nothing but 127.0.0.1 is reachable: pages' own external resources fail fast
  await ext.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
});

after(async () => {
  await ext?.close();
  await server?.close();
});

test('recording works: a request made from the service worker is seen (or refused by its CSP)', async () => {
  const result = await ext.worker.evaluate(
    (url) =>
      fetch(url).then(
        (r) => `fetched ${r.status}`,
        (e) => `refused: ${e}`,
      ),
    `${server.origin}/probe`,
  );
  await sleep(300);
  const seen = requests.filter((r) => r.url.endsWith('/probe'));
  console.log(`service-worker control fetch: ${result}; recorded ${JSON.stringify(seen)}`);
  // either the request is visible to the recorder (so the real test can see the worker's requests), or the
  // extension's CSP refuses the worker any connection to the web (so there can be none to see)
  assert.ok(
    (seen.length > 0 && seen.every((r) => r.sw)) || /refused/.test(result),
    'service-worker requests are observable or impossible',
  );
  requests.length = 0;
  await ext.worker.evaluate(() => performance.clearResourceTimings());
});

test('annotating corpus pages and opening the popup sends nothing anywhere', async () => {
  const page = await ext.context.newPage();
  await watchInitiators(page);
  const slugs = corpusSlugs().filter((_, i) => i % Math.ceil(corpusSlugs().length / CORPUS_SAMPLE) === 0);
  let tabId = null;
  for (const slug of slugs) {
    await page.goto(`${server.origin}/pages/${slug}/`, { waitUntil: 'domcontentloaded', timeout: 20_000 });
    tabId ??= await tabIdFor(ext.worker, page);
    const state = await waitForState(ext.worker, tabId, { timeout: 20_000 });
    assert.ok(['ready', 'empty'].includes(state.status), `${slug}: ${state.status}`);
  }
  const popup = await openPopup(ext.context, ext.extensionId, tabId);
  await watchInitiators(popup);
  await popup.getByRole('heading').first().waitFor({ timeout: 10_000 });
  // use it: switches and the export, which are the code paths most likely to talk to something
  for (const box of await popup.getByRole('switch').all()) {
    await box.click();
    await box.click();
  }
  await sleep(1500);
  const swEntries = await ext.worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  const popupEntries = await popup.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  const web = requests.filter((r) => isWeb(r.url));
  const byWorker = web.filter((r) => r.sw);
  const byExtensionPages = web.filter((r) => r.frame?.startsWith('chrome-extension://'));
  console.log(
    `${requests.length} requests recorded over ${slugs.length} pages and the popup: ${web.length} to the web ` +
      `(the pages' own, ${web.filter((r) => !r.url.startsWith(server.origin)).length} of them blocked), ` +
      `${byWorker.length} by the service worker, ${byExtensionPages.length} by extension pages, ` +
      `${fromExtensionScripts.length} initiated by extension scripts in tabs`,
  );
  assert.deepEqual(byWorker, [], 'no web request from the service worker');
  assert.deepEqual(byExtensionPages, [], 'no web request from the popup');
  assert.deepEqual(
    fromExtensionScripts.filter((r) => isWeb(r.url)),
    [],
    'no web request initiated by the content script',
  );
  assert.deepEqual(swEntries.filter(isWeb), [], 'service worker resource timing: nothing from the web');
  assert.deepEqual(popupEntries.filter(isWeb), [], 'popup resource timing: nothing from the web');
  await popup.close();
  await page.close();
});

/** The extension's storage, as its service worker reads it. */
const storageNow = () => ext.worker.evaluate(() => chrome.storage.local.get(null));

test('a page cannot steer the extension nor read its analysis', async () => {
  // a reader's choice to keep: claims switched off
  await ext.worker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({
      settings: { ...(settings ?? {}), categories: { ...(settings?.categories ?? {}), claim: false } },
    });
  });
  const page = await ext.context.newPage();
  // from the very start, record what the page receives: messages and the events under WXT's names
  await page.addInitScript((id) => {
    window.__received = [];
    window.__events = [];
    addEventListener('message', (e) => {
      try {
        window.__received.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data));
      } catch {
        window.__received.push(String(e.data));
      }
    });
    document.addEventListener(`${id}:content:wxt:content-script-started`, (e) => {
      if (e.detail?.messageId !== 'forged') window.__events.push(JSON.stringify(e.detail));
    });
  }, ext.extensionId);
  await page.goto(`${server.origin}/steer/`, { waitUntil: 'domcontentloaded' });
  const tabId = await tabIdFor(ext.worker, page);
  const first = await waitForState(ext.worker, tabId);
  assert.equal(first.status, 'ready');
  // read once the extension has read the settings (and brought a stored value to the current version)
  const storedBefore = await storageNow();
  const sizes = await highlightSizes(page);
  assert.ok(sizes['sourcelight-person'] > 0);
  assert.equal(sizes['sourcelight-claim'], undefined, 'claims are off, as the reader chose');
  const runsBefore = await page.evaluate(() => performance.getEntriesByName('sourcelight:snapshot').length);

  const tried = await page.evaluate(steer, ext.extensionId);
  console.log(
    `steering attempts: ${tried.length}; refused by the page itself: ${tried.filter((t) => t.includes(': ')).length}`,
  );
  // longer than the navigation settle time and a full analysis round
  await sleep(2500);

  const after = await pageState(ext.worker, tabId);
  assert.equal(after.status, 'ready', `still annotating, not stopped: ${JSON.stringify(after).slice(0, 200)}`);
  assert.equal(after.analysis.text, first.analysis.text, 'same analysis');
  assert.ok(!after.analysis.text.includes('Forged text'), 'a forged analysis request was not honoured');
  assert.deepEqual(await highlightSizes(page), sizes, 'same highlights');
  assert.equal(
    await page.evaluate(() => performance.getEntriesByName('sourcelight:snapshot').length),
    runsBefore,
    'no re-analysis triggered by forged events',
  );
  assert.equal(await page.evaluate(() => CSS.highlights.has('sourcelight-focus')), false, 'no forged reveal');
  assert.deepEqual(await storageNow(), storedBefore, 'storage unchanged');

  const view = await page.evaluate(pageView);
  assert.deepEqual(view.globals, [], 'no globals of ours in the page');
  assert.deepEqual(view.foreign, [], 'the page received no message but its own');
  // WXT's start-up CustomEvent (name from the extension id) carries no analysis; a page knowing the id hears it
  console.log(`WXT start-up events the page could hear: ${JSON.stringify(view.events)}`);
  assert.ok(view.events.every((e) => !/Maria|Lopez|said|actors|claims/.test(e)));
  // the hover card's host (outside <body>, closed shadow root) is the only element of ours
  for (const el of view.elements) {
    assert.match(el.tag, /^sourcelight-card/, `unexpected element of ours: ${JSON.stringify(el)}`);
    assert.equal(el.parent, 'html');
    assert.equal(el.children, 0, 'nothing in the light DOM of the card');
    assert.equal(el.openShadow, false, 'its shadow root is closed');
    assert.deepEqual(
      el.attrs.filter((a) => !a.startsWith('style=')),
      [],
    );
  }
  await page.close();
});

test('a page cannot make the extension annotate a page it turned down', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}/steer-not-article/`, { waitUntil: 'domcontentloaded' });
  const tabId = await tabIdFor(ext.worker, page);
  assert.equal((await waitForState(ext.worker, tabId)).status, 'not-article');
  const storedBefore = await storageNow();
  await page.evaluate(steer, ext.extensionId);
  await sleep(2500);
  assert.equal((await pageState(ext.worker, tabId)).status, 'not-article');
  assert.deepEqual(await highlightSizes(page), {});
  assert.deepEqual(await storageNow(), storedBefore, 'storage unchanged');
  await page.close();
});
