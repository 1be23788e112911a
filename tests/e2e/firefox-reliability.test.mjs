// Reliability on real browsing in Firefox (./firefox-harness.mjs): the scenarios of reliability.test.mjs that
// Firefox lets a test script, and the Firefox suite's missing checks of live pages and hostile ones. SPA views
// swapped late behind a placeholder (pushState) or in the same element, a live blog followed in place (analysis
// and highlights equal a fresh load), an addition while a ticker runs in the article, text hidden from the reader,
// a page fighting the highlights, back/forward in the middle of an analysis, an article in a same-origin frame,
// a page replacing built-in prototypes, a page forging the extension's events. What cannot be scripted in
// Firefox is listed in docs/firefox.md. Times are printed, never asserted.
// Run after `npm run build`:  node --test tests/e2e/firefox-reliability.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { goto, launchFirefox, tabIdFor } from './firefox-harness.mjs';
import { pageState, serve, sleep, until, waitForState } from './harness.mjs';
import { hostileRoutes, iframePage } from './hostile-pages.mjs';
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
  speakers,
  story,
  swapInPlace,
  swapLate,
} from './reliability-pages.mjs';

const FINAL = ['ready', 'empty', 'not-article', 'error', 'paused'];
/** The same story with paragraphs hidden from the reader in six ways; each names someone no reader sees. */
const HIDDEN_WAYS = {
  Visibility: 'visibility:hidden',
  Opacity: 'opacity:0',
  Height: 'height:0;overflow:hidden',
  Clip: 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap',
  Offscreen: 'position:absolute;left:-10000px',
  Fontsize: 'font-size:0',
};
const HIDDEN = `<!doctype html><html><head><meta charset="utf-8"><title>Paywall</title>
<meta property="og:type" content="article"></head><body><main><article><h1>Floods in Portmere</h1>${story('Lopez', 'Lopez')}
${Object.entries(HIDDEN_WAYS)
  .map(([who, css]) => `<p style="${css}">Senator Hidden${who} said on Monday that 99 bridges had been closed.</p>`)
  .join('\n')}</article></main></body></html>`;

let server;
let ext;
let liveFinal = '';
before(async () => {
  const routes = {
    ...hostileRoutes(),
    '/spa/': { body: SPA },
    '/other/': { body: OTHER },
    '/long/': { body: LONG },
    '/hidden/': { body: HIDDEN },
    '/live/': { body: LIVE(LIVE_START) },
    '/live-final/': () => ({ body: LIVE(liveFinal) }),
  };
  server = await serve(routes);
  routes['/h/iframe/'] = { body: iframePage(new URL(server.origin).port) };
  ext = await launchFirefox();
  console.log(`Firefox ${ext.version}`);
});
after(async () => {
  await ext?.close();
  await server?.close();
});

async function openAt(path) {
  const page = await ext.browser.newPage();
  const url = `${server.origin}${path}`;
  await goto(page, url);
  const tabId = await tabIdFor(ext, url);
  return { page, tabId };
}
const stateOf = (tabId, opts) => waitForState(ext.control, tabId, { timeout: 30_000, ...opts });
/** The page's state once it is ready with `text` in its analysis (or null after 30 s). */
const readyWith = (tabId, text) =>
  until(async () => {
    const s = await pageState(ext.control, tabId);
    return s.status === 'ready' && s.analysis?.text.includes(text) ? s : null;
  }, 30_000);
const withoutEngine = ({ engine: _engine, ...rest }) => rest;

test('SPA: a new article 1.5 s after pushState, behind a "Loading…" placeholder, replaces the old one; later additions follow', async () => {
  const { page, tabId } = await openAt('/spa/');
  assert.equal((await stateOf(tabId)).status, 'ready');
  await swapLate(page);
  await assertSwapped(assert, page, await readyWith(tabId, 'Storm in Valdor'), 'Okafor');
  await addParagraph(page);
  assert.ok(await readyWith(tabId, '14 bridges'), 'an addition after the SPA navigation is analysed');
  await page.close();
});

test('an article swapped inside the same element, without a URL change: no mix of the two', async () => {
  const { page, tabId } = await openAt('/spa/');
  assert.equal((await stateOf(tabId)).status, 'ready');
  await swapInPlace(page);
  await assertSwapped(assert, page, await readyWith(tabId, 'Drought in Soria'));
  await page.close();
});

test('a live blog followed in place: analysis and highlights equal a fresh load of the final page', async () => {
  const { page, tabId } = await openAt('/live/');
  assert.equal((await stateOf(tabId, { timeout: 60_000 })).status, 'ready');
  // eight changes, one every 600 ms (the Chromium suite makes sixteen)
  for (let i = 0; i < 8; i++) {
    await liveChange(page, LIVE_CHANGES[i % LIVE_CHANGES.length], LIVE_POSTS[i]);
    await sleep(600);
  }
  let settled = await readyWith(tabId, LIVE_POSTS[7]);
  assert.ok(settled, 'the last post is analysed');
  for (let stable = 0; stable < 2; ) {
    await sleep(1000);
    const s = await pageState(ext.control, tabId);
    stable = s.analysis?.text === settled.analysis.text ? stable + 1 : 0;
    settled = s;
  }
  const engine = settled.analysis.engine;
  console.log(`Firefox live blog: last analysis ${JSON.stringify(engine)}`);
  assert.ok(engine.reparsedChars < settled.analysis.text.length / 3, 'the last change parsed only its pieces');
  const live = await drawnInArticle(page);
  assert.equal((await highlightsOnPage(page)).detached, 0, 'no highlight on a removed node');
  liveFinal = await page.evaluate(() => document.querySelector('article').innerHTML);
  const fresh = await openAt('/live-final/');
  const full = await stateOf(fresh.tabId, { timeout: 60_000 });
  assert.equal(full.status, 'ready');
  assert.deepEqual(withoutEngine(settled.analysis), withoutEngine(full.analysis), 'the analysis of a fresh load');
  assert.deepEqual(live, await drawnInArticle(fresh.page), 'the highlights of a fresh load');
  await fresh.page.close();
  await page.close();
});

test('a paragraph added while a 50 ms ticker runs inside the article is analysed', async () => {
  const { page, tabId } = await openAt('/spa/');
  assert.equal((await stateOf(tabId)).status, 'ready');
  await page.evaluate(() => {
    const clock = document.createElement('p');
    clock.id = 'clock';
    document.querySelector('article').prepend(clock);
    let n = 0;
    window.__clock = setInterval(() => {
      clock.textContent = `Updated ${++n} seconds ago`;
    }, 50);
    setTimeout(
      () =>
        document
          .querySelector('article')
          .insertAdjacentHTML('beforeend', '<p>Governor Lena Brandt said on Tuesday that 61 schools had closed.</p>'),
      300,
    );
  });
  const t0 = Date.now();
  const grown = await readyWith(tabId, '61 schools');
  console.log(`Firefox: an addition under a 50 ms ticker analysed after ${Date.now() - t0} ms`);
  assert.ok(grown, 'the addition is analysed although the page never goes quiet');
  await page.evaluate(() => clearInterval(window.__clock));
  await page.close();
});

test('text hidden from the reader (six ways) is neither analysed nor drawn', async () => {
  const { page, tabId } = await openAt('/hidden/');
  const state = await stateOf(tabId);
  assert.equal(state.status, 'ready');
  for (const who of Object.keys(HIDDEN_WAYS))
    assert.ok(!state.analysis.text.includes(`Hidden${who}`), `${who}: hidden text analysed`);
  assert.ok(
    speakers(state).some((n) => /Lopez/.test(n)),
    'the visible story is',
  );
  await page.close();
});

test('a page that fights the highlights: put back, then left alone with the popup told', async () => {
  const { page, tabId } = await openAt('/spa/');
  assert.equal((await stateOf(tabId)).status, 'ready');
  const own = () =>
    page.evaluate(() => {
      const out = {};
      for (const [name, h] of [...CSS.highlights].sort()) if (name.startsWith('sourcelight-')) out[name] = h.size;
      return out;
    });
  const drawn = await own();
  assert.ok(drawn['sourcelight-person'] > 0 && drawn['sourcelight-claim'] > 0, JSON.stringify(drawn));
  await page.evaluate(() => {
    CSS.highlights.clear();
    const r = new Range();
    r.selectNodeContents(document.querySelector('article p'));
    window.__pageClaim = new Highlight(r);
    CSS.highlights.set('sourcelight-claim', window.__pageClaim);
  });
  assert.ok(
    await until(async () => JSON.stringify(await own()) === JSON.stringify(drawn), 10_000),
    'put back as drawn',
  );
  assert.equal(await page.evaluate(() => CSS.highlights.get('sourcelight-claim') === window.__pageClaim), false);
  await page.evaluate(() => setInterval(() => CSS.highlights.clear(), 300));
  const blocked = await until(async () => (await pageState(ext.control, tabId)).highlightsBlocked, 30_000);
  assert.equal(blocked, true, 'the popup is told the page removes the highlights');
  await page.close();
});

test('back/forward in the middle of an analysis: ready again without a reload', async () => {
  // leave as soon as the analysis is under way; on a loaded machine the first poll can come too late to see
  // it, so a fresh tab (its own parse cache) tries again
  let page;
  let tabId;
  for (let attempt = 0; attempt < 3; attempt++) {
    ({ page, tabId } = await openAt('/long/'));
    const seen = await until(async () => {
      const { status } = await pageState(ext.control, tabId);
      return status === 'analysing' ? status : ['ready', 'empty', 'error'].includes(status) ? 'late' : null;
    }, 30_000);
    if (seen === 'analysing') break;
    await page.close();
    page = undefined;
  }
  assert.ok(page, 'the analysis was seen under way in one of three tries');
  await goto(page, `${server.origin}/other/`);
  await sleep(300);
  const t0 = Date.now();
  await page.evaluate(() => history.back());
  const back = await until(
    () => page.evaluate(() => location.pathname === '/long/' && document.readyState !== 'loading').catch(() => false),
    20_000,
  );
  assert.ok(back, 'back on the long page');
  const restored = await page.evaluate(() => window.__restored ?? 0);
  const state = await stateOf(tabId, { timeout: 90_000 });
  console.log(
    `Firefox back/forward mid-analysis: ${state.status} ${Date.now() - t0} ms after going back (restored from the cache: ${restored === 1})`,
  );
  assert.equal(state.status, 'ready', JSON.stringify({ status: state.status, error: state.error }));
  await page.close();
});

test('an article in a same-origin frame (and srcdoc, and another origin): no crash, framed text untouched', async () => {
  const { page, tabId } = await openAt('/h/iframe/');
  const state = await stateOf(tabId);
  assert.ok(FINAL.includes(state.status), JSON.stringify(state).slice(0, 200));
  const frames = page.frames().filter((f) => f !== page.mainFrame());
  assert.ok(frames.length >= 2, `frames: ${frames.length}`);
  for (const f of frames) {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what must not change
    const text = await f.evaluate(() => document.body?.innerText ?? '').catch(() => null);
    // another origin's frame cannot be read from here (null): the check is for the frames we can reach
    if (text !== null) assert.match(text, /President Maria Lopez said/, `frame ${f.url()} still shows its article`);
  }
  await page.close();
});

test('a page that replaces DOM and built-in prototypes in its own world: annotated', async () => {
  const { page, tabId } = await openAt('/h/overrides/');
  const state = await stateOf(tabId);
  assert.equal(state.status, 'ready', JSON.stringify(state.error ?? state.status));
  // (the page's world is the page's: its overridden built-ins throw on the probes the other tests use)
  assert.ok(speakers(state).length > 0, 'annotated despite the overrides');
  assert.ok(state.analysis.figures.length > 0);
  assert.equal(await page.evaluate(() => window.__shadowSpy ?? 0), 0, "the page's attachShadow was never called");
  await page.close();
});

test("a page forging the extension's events cannot switch it off nor make it read the page again", async () => {
  const { page, tabId } = await openAt('/spa/');
  assert.equal((await stateOf(tabId)).status, 'ready');
  // the extension's public id (the gecko id): WXT names its internal events after it
  const id = await ext.control.evaluate(() => chrome.runtime.id);
  const before = await drawnInArticle(page);
  // the content script's performance marks are the page's timeline too: one 'sourcelight:snapshot' per reading
  const readings = () => page.evaluate(() => performance.getEntriesByName('sourcelight:snapshot').length);
  const read = await readings();
  await page.evaluate((id) => {
    const names = [
      'sourcelight',
      'sourcelight:pause',
      'wxt:locationchange',
      'wxt:content-script-started',
      `${id}:content:wxt:locationchange`,
      `${id}:content:wxt:content-script-started`,
    ];
    const detail = { contentScriptName: 'content', messageId: 'forged', paused: true };
    for (const n of names)
      for (const target of [window, document, document.body])
        target.dispatchEvent(new CustomEvent(n, { detail, bubbles: true }));
    for (const m of [
      { type: 'sourcelight/annotate-anyway' },
      { type: 'sourcelight/apply-settings', settings: { paused: true } },
      { key: 'local:settings', value: { paused: true } },
    ])
      window.postMessage(m, '*');
  }, id);
  await sleep(1500);
  const state = await pageState(ext.control, tabId);
  assert.equal(state.status, 'ready', 'still annotating');
  assert.deepEqual(await drawnInArticle(page), before, 'the same highlights');
  assert.ok(read >= 1, 'the marks are visible');
  assert.equal(await readings(), read, 'the article was not read again');
  await page.close();
});
