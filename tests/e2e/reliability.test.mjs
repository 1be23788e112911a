// End-to-end reliability on real browsing, in headless Chromium with the back/forward cache on: SPA views
// swapped late or in place, back/forward in the middle of an analysis, the service worker stopped in the middle
// of one, page listeners that must not pile up, a page fighting the highlights, storage at its quota. Times to
// ready are printed, never asserted.
// Run after `npm run build`:  node --test tests/e2e/reliability.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assemblePage,
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
import {
  addParagraph,
  assertSwapped,
  drawnInArticle,
  highlightsOnPage,
  LIVE,
  LIVE_CHANGES,
  LIVE_POSTS,
  LIVE_START,
  LONG,
  liveChange,
  OTHER,
  SPA,
  swapInPlace,
  swapLate,
} from './reliability-pages.mjs';

/** Over lib/parallel.ts's PARALLEL_MIN_CHARS (40,000): parsed on the offscreen pool once it runs. */
const LONG_PARALLEL = assemblePage(8000, 'A longer article').html;

/** The live blog's final state, served as a page of its own (set by the live-blog test). */
let liveFinal = '';

let server;
let ext;
before(async () => {
  server = await serve({
    '/spa/': { body: SPA },
    '/long/': { body: LONG },
    '/long-parallel/': { body: LONG_PARALLEL },
    '/other/': { body: OTHER },
    '/live/': { body: LIVE(LIVE_START) },
    '/live-final/': () => ({ body: LIVE(liveFinal) }),
  });
  ext = await launch();
});
after(async () => {
  await ext?.close();
  await server?.close();
});

const main = (page, js, arg) => page.evaluate(js, arg);
const snapshots = (page) => main(page, () => performance.getEntriesByName('sourcelight:snapshot').length);

/** The page's state once it is ready with `text` in its analysis (or null after 20 s). */
const readyWith = (tabId, text) =>
  until(async () => {
    const s = await pageState(ext.worker, tabId);
    return s.status === 'ready' && s.analysis?.text.includes(text) ? s : null;
  }, 20_000);

async function openAt(path) {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}${path}`);
  const tabId = await tabIdFor(ext.worker, page);
  return { page, tabId };
}

test('SPA: a new article 1.5 s after pushState, behind a "Loading…" placeholder, replaces the old one', async () => {
  const { page, tabId } = await openAt('/spa/');
  assert.equal((await waitForState(ext.worker, tabId)).status, 'ready');
  await swapLate(page);
  await assertSwapped(assert, page, await readyWith(tabId, 'Storm in Valdor'), 'Okafor');
  // watched again after that run: a paragraph added later is analysed too
  await addParagraph(page);
  assert.ok(await readyWith(tabId, '14 bridges'), 'an addition after the SPA navigation is analysed');
  await page.close();
});

test('an article swapped inside the same element, without a URL change: no mix of the two', async () => {
  const { page, tabId } = await openAt('/spa/');
  assert.equal((await waitForState(ext.worker, tabId)).status, 'ready');
  await swapInPlace(page);
  await assertSwapped(assert, page, await readyWith(tabId, 'Drought in Soria'));
  await page.close();
});

test('back/forward in the middle of an analysis: ready again without a reload', async () => {
  const { page, tabId } = await openAt('/long/');
  // leave as soon as the snapshot is sent for analysis
  assert.ok(await until(() => snapshots(page), 20_000), 'snapshot taken');
  await page.goto(`${server.origin}/other/`);
  await sleep(300);
  const t0 = Date.now();
  await page.goBack({ waitUntil: 'commit' });
  assert.equal(await main(page, () => window.__restored ?? 0), 1, 'restored from the back/forward cache');
  const state = await waitForState(ext.worker, tabId, { timeout: 60_000 });
  console.log(`back/forward mid-analysis: ${state.status} ${Date.now() - t0} ms after going back`);
  assert.equal(state.status, 'ready', JSON.stringify({ status: state.status, error: state.error }));
  assert.equal(await snapshots(page), 2, 'read again after the return, once');
  await page.close();
});

test('the service worker stopped in the middle of an analysis: retried by itself, ready without a reload', async () => {
  // A worker busy in a long synchronous analysis is not stopped at once (Chrome lets the task end), so the
  // worker is stopped while it waits for the offscreen parse pool: a long page once to start the pool, then
  // the same page again, and the worker stopped as soon as its text is sent
  const warm = await openAt('/long-parallel/');
  assert.equal((await waitForState(ext.worker, warm.tabId, { timeout: 90_000 })).status, 'ready');
  await warm.page.close();
  const poolUp = await until(
    () =>
      ext.worker.evaluate(() =>
        chrome.runtime
          .sendMessage({ type: 'sourcelight/offscreen-status' })
          .then((r) => r?.ready === true)
          .catch(() => false),
      ),
    60_000,
  );
  assert.ok(poolUp, 'the offscreen pool is up');
  const { page, tabId } = await openAt('/long-parallel/?again');
  assert.ok(await until(() => snapshots(page), 20_000), 'snapshot taken');
  await sleep(300);
  const cdp = await ext.context.newCDPSession(page);
  const versions = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => versions.push(...e.versions));
  await cdp.send('ServiceWorker.enable');
  const running = await until(
    () =>
      versions.find(
        (v) => v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`) && v.runningStatus === 'running',
      ),
    10_000,
  );
  assert.ok(running, 'the service worker is running');
  // what chrome://serviceworker-internals' "Stop" does (Target.closeTarget leaves a worker with an event in flight alone)
  const t0 = Date.now();
  await cdp.send('ServiceWorker.stopWorker', { versionId: running.versionId });
  // the retry wakes a new one
  ext.worker = await until(() => ext.context.serviceWorkers()[0], 30_000);
  const state = await waitForState(ext.worker, tabId, { timeout: 90_000 });
  console.log(
    `worker stopped mid-analysis: ${state.status} ${Date.now() - t0} ms after the stop; retried ${JSON.stringify(state.retried)}`,
  );
  assert.equal(state.status, 'ready', JSON.stringify({ status: state.status, error: state.error }));
  assert.ok(state.retried?.count >= 1, 'the interrupted request was asked again');
  await cdp.detach();
  await page.close();
});

test('no listener piles up: mouse moves over the article, a ticker, SPA swaps', async () => {
  const { page, tabId } = await openAt('/spa/');
  assert.equal((await waitForState(ext.worker, tabId)).status, 'ready');
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics: m } = await cdp.send('Performance.getMetrics');
    const get = (n) => m.find((x) => x.name === n)?.value;
    return { listeners: get('JSEventListeners'), heapMB: get('JSHeapUsedSize') / 2 ** 20 };
  };
  const box = await page.locator('article').boundingBox();
  const moves = async (n) => {
    for (let i = 0; i < n; i++)
      await page.mouse.move(box.x + 20 + ((i * 37) % (box.width - 40)), box.y + 40 + ((i * 13) % 300));
  };
  await moves(50);
  const m0 = await metrics();
  await moves(600);
  const m1 = await metrics();
  const ticker = await main(page, () => window.__ticker(50));
  await sleep(5000);
  await main(page, (id) => clearInterval(id), ticker);
  const m2 = await metrics();
  for (let i = 0; i < 10; i++) {
    await main(
      page,
      (i) => {
        history.pushState({}, '', `/spa/swap-${i}`);
        window.__swap(
          document.querySelector('article').outerHTML.replace(/Floods in Portmere( \\d+)?/, `Floods in Portmere ${i}`),
        );
      },
      i,
    );
    await sleep(150);
  }
  await until(async () => (await pageState(ext.worker, tabId)).status === 'ready', 20_000);
  await sleep(1500);
  const m3 = await metrics();
  console.log(
    `listeners ${m0.listeners} -> ${m1.listeners} (600 moves) -> ${m2.listeners} (5 s ticker) -> ${m3.listeners} (10 swaps); heap ${[m0, m1, m2, m3].map((m) => m.heapMB.toFixed(1)).join(' -> ')} MB`,
  );
  assert.equal(m1.listeners, m0.listeners, 'mouse moves add no listener');
  assert.equal(m2.listeners, m1.listeners, 'a ticker adds no listener');
  assert.equal(m3.listeners, m2.listeners, 'SPA swaps add no listener');
  await cdp.detach();
  await page.close();
});

test('a page that fights the highlights: cleared, replaced, spoofed or added to, they are put back; a page that keeps at it is left and the popup says so', async () => {
  const { page, tabId } = await openAt('/spa/');
  assert.equal((await waitForState(ext.worker, tabId)).status, 'ready');
  const own = () =>
    main(page, () => {
      const out = {};
      for (const [name, h] of [...CSS.highlights].sort()) if (name.startsWith('sourcelight-')) out[name] = h.size;
      return out;
    });
  const drawn = await own();
  assert.ok(drawn['sourcelight-person'] > 0 && drawn['sourcelight-claim'] > 0, JSON.stringify(drawn));
  // once: everything cleared, the claim name taken over by the page's own highlight on an on-the-record
  // sentence, a range added to the people
  await main(page, () => {
    CSS.highlights.clear();
    const p = document.querySelector('article p');
    const r = new Range();
    r.selectNodeContents(p);
    window.__pageClaim = new Highlight(r);
    CSS.highlights.set('sourcelight-claim', window.__pageClaim);
    const spoof = new Range();
    spoof.selectNodeContents(document.querySelector('h1'));
    window.__spoof = spoof;
  });
  assert.ok(
    await until(async () => JSON.stringify(await own()) === JSON.stringify(drawn), 10_000),
    'put back as drawn',
  );
  assert.equal(await main(page, () => CSS.highlights.get('sourcelight-claim') === window.__pageClaim), false);
  await main(page, () => CSS.highlights.get('sourcelight-person').add(window.__spoof));
  assert.ok(
    await until(() => main(page, () => !CSS.highlights.get('sourcelight-person').has(window.__spoof)), 10_000),
    'a range the page added to ours is dropped',
  );
  assert.equal((await pageState(ext.worker, tabId)).highlightsBlocked, undefined);
  // a page that keeps clearing them: a few repairs, then it is left, and the state says so
  await main(page, () => setInterval(() => CSS.highlights.clear(), 300));
  const blocked = await until(async () => (await pageState(ext.worker, tabId)).highlightsBlocked, 30_000);
  assert.equal(blocked, true, 'the popup is told the page removes the highlights');
  await page.close();
});

test('storage at its quota: a switch in the popup still applies to the page, and the popup says it was not kept', async () => {
  const { page, tabId } = await openAt('/spa/');
  assert.equal((await waitForState(ext.worker, tabId)).status, 'ready');
  assert.ok((await highlightSizes(page))['sourcelight-person'] > 0);
  // fill storage.local up to its quota (10 MiB without unlimitedStorage)
  const free = await ext.worker.evaluate(async () => {
    const quota = chrome.storage.local.QUOTA_BYTES;
    await chrome.storage.local.set({ filler: 'x'.repeat(quota - (await chrome.storage.local.getBytesInUse()) - 64) });
    return quota - (await chrome.storage.local.getBytesInUse());
  });
  assert.ok(free < 100, `storage nearly full: ${free} bytes free`);
  const popup = await openPopup(ext.context, ext.extensionId, tabId);
  try {
    // the switches are folded under "Show on page"
    await popup.locator('summary', { hasText: 'Show on page' }).click();
    const people = popup.getByRole('switch', { name: /^People/ });
    await people.click();
    await popup.getByRole('alert').filter({ hasText: 'Couldn’t keep this change' }).waitFor({ timeout: 10_000 });
    assert.equal(await people.isChecked(), false, 'the switch stays off');
    assert.ok(
      await until(async () => !(await highlightSizes(page))['sourcelight-person'], 10_000),
      'people no longer drawn on the page',
    );
  } finally {
    await ext.worker.evaluate(() => chrome.storage.local.remove('filler'));
    await popup.close();
    await page.close();
  }
});

const withoutEngine = ({ engine: _engine, ...rest }) => rest;
const work = (engine) => (engine?.parseMs ?? 0) + (engine?.rulesMs ?? 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

test('a live blog: each change analysed incrementally and drawn in place; analysis and highlights equal a fresh load of the final page', async () => {
  const { page, tabId } = await openAt('/live/');
  const start = await waitForState(ext.worker, tabId, { timeout: 60_000 });
  assert.equal(start.status, 'ready');
  // every analysis the page gets while it changes (polled: one at most every 600 ms)
  const seen = [];
  let polling = true;
  const poll = (async () => {
    let last = start.analysis.text;
    while (polling) {
      const s = await pageState(ext.worker, tabId);
      if (s.analysis && s.analysis.text !== last) {
        last = s.analysis.text;
        seen.push({ chars: last.length, engine: s.analysis.engine });
      }
      await sleep(100);
    }
  })();
  // 16 changes, one every 600 ms: posts at the bottom and at the top (newest first), one in the middle, an
  // edited post, a deleted one
  for (let i = 0; i < 16; i++) {
    await liveChange(page, LIVE_CHANGES[i % LIVE_CHANGES.length], LIVE_POSTS[i]);
    await sleep(600);
  }
  // settled: the analysis holds the last post and has not changed for 2 s
  let settled = await readyWith(tabId, LIVE_POSTS[15]);
  for (let stable = 0; stable < 2; ) {
    await sleep(1000);
    const s = await pageState(ext.worker, tabId);
    stable = s.analysis?.text === settled.analysis.text ? stable + 1 : 0;
    settled = s;
  }
  polling = false;
  await poll;
  const live = await drawnInArticle(page);
  const h = await highlightsOnPage(page);
  assert.equal(h.detached, 0, 'no highlight on a removed node');
  assert.equal(await snapshots(page), 1, 'followed in place: the article was never read from scratch again');
  // each change parsed only its pieces (the first analyses after load may still include the first pass's rest)
  const incremental = seen.filter((x) => x.engine?.reparsed !== undefined && x.engine.reparsedChars < x.chars / 3);
  assert.ok(
    incremental.length >= seen.length - 1 && incremental.length >= 5,
    JSON.stringify(seen.map((x) => x.engine)),
  );
  // the same page loaded fresh in its final state
  liveFinal = await main(page, () => document.querySelector('article').innerHTML);
  const fresh = await openAt('/live-final/');
  const full = await waitForState(ext.worker, fresh.tabId, { timeout: 60_000 });
  assert.equal(full.status, 'ready');
  assert.deepEqual(withoutEngine(settled.analysis), withoutEngine(full.analysis), 'the analysis of a fresh load');
  assert.deepEqual(live, await drawnInArticle(fresh.page), 'the highlights of a fresh load');
  // the work of a full analysis of the final text, in the same background: sent from extension pages (a new
  // tab each time, so nothing of it was parsed before)
  const baseline = [];
  for (let i = 0; i < 3; i++) {
    const ext_page = await openPopup(ext.context, ext.extensionId, tabId);
    const res = await ext_page.evaluate(
      (text) => chrome.runtime.sendMessage({ type: 'sourcelight/analyze', text }),
      settled.analysis.text,
    );
    baseline.push(work(res.analysis.engine));
    await ext_page.close();
  }
  const per = incremental.map((x) => work(x.engine));
  console.log(
    `live blog: ${seen.length} analyses for 16 changes; work per change ${median(per).toFixed(1)} ms (range ${Math.min(...per).toFixed(1)}-${Math.max(...per).toFixed(1)}), full analysis ${median(baseline).toFixed(1)} ms (${baseline.map((x) => x.toFixed(0)).join(', ')}): ratio ${(median(per) / median(baseline)).toFixed(3)}; reparsed ${median(incremental.map((x) => x.engine.reparsedChars))} of ${settled.analysis.text.length} characters (median); ${live.length} highlights`,
  );
  await fresh.page.close();
  await page.close();
});
