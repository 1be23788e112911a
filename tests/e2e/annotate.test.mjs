// End-to-end: the built extension in headless Chromium over every corpus page (one browser, pages in
// sequence), plus generated pages for timing, long tasks, "annotate anyway", live additions and reveal.
// Run after `npx wxt build`:  node --test --test-concurrency=1 tests/e2e/*.test.mjs
// Figures are printed (and written to artifacts/e2e-annotate.json); screenshots go to artifacts/.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  checkCorpusPage,
  corpusTable,
  expectedText,
  MAX_OUTSIDE,
  MIN_COVERAGE,
  MIN_PAGES_CLEAN,
  MIN_PAGES_COVERED,
  median,
  sameSizes,
  until,
  writeSettings,
} from './checks.mjs';
import {
  corpusRoutes,
  corpusSlugs,
  highlightSizes,
  launch,
  pageState,
  ROOT,
  serve,
  sleep,
  tabIdFor,
  waitForState,
} from './harness.mjs';

const ARTIFACTS = join(ROOT, 'artifacts');
const SCREENSHOTS = new Set([
  'readability-bbc-1',
  'readability-guardian-1',
  'scrapinghub-nbcnews-5a822960e9a2',
  'postlight-npr_org',
]);
const FIRST_HIGHLIGHT_BUDGET_MS = 300;
const LONG_TASK_MS = 50;
/** Loads per page and per browser in the timing test. */
const RUNS = 5;
/**
 * Long tasks the extension may show beyond the baseline over RUNS loads: scheduling noise on a loaded
 * 2-core machine (the analysis in the service worker competes with the page for a core). Traces show
 * none of the extension's own slices over ~10 ms; see the figures printed.
 */
const LONG_TASK_NOISE = 1;

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Article pages made from corpus text: `n` words in paragraphs, marked as a NewsArticle. */
function articlePage(title, n, extraScript = '', style = '') {
  const paras = [];
  let count = 0;
  for (const slug of corpusSlugs()) {
    const t = expectedText(slug);
    if (!t) continue;
    for (const line of t.split(/\n+/)) {
      const w = line.trim().split(/\s+/).filter(Boolean);
      if (w.length < 8) continue;
      paras.push(`<p>${esc(line.trim())}</p>`);
      count += w.length;
      if (count >= n) break;
    }
    if (count >= n) break;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article">
<script>window.__lt=[];new PerformanceObserver(l=>{for(const e of l.getEntries())window.__lt.push({d:e.duration,s:e.startTime})}).observe({type:'longtask',buffered:true});
window.__loaf=[];try{new PerformanceObserver(l=>{for(const e of l.getEntries())if(e.duration>50)window.__loaf.push({d:Math.round(e.duration),b:Math.round(e.blockingDuration),scripts:e.scripts.map(x=>({src:x.sourceURL,inv:x.invoker,d:Math.round(x.duration)}))})}).observe({type:'long-animation-frame',buffered:true})}catch{}</script>
${style}
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article><h1>${title}</h1>${paras.join('\n')}</article></main>
<footer><p>Copyright and other footer text that is not part of the article body.</p></footer>${extraScript}</body></html>`;
}

const NOT_ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>Shop</title></head><body>
<h1>Welcome to the shop</h1><ul><li><a href="/a">Shoes</a></li><li><a href="/b">Hats</a></li></ul>
<div>President Joe Biden said on Monday that 12 people met in Washington.</div></body></html>`;

const LIVE_ADDITION = `<script>setTimeout(()=>{const a=document.querySelector('article');
for(const t of ['Chancellor Olaf Scholz told reporters in Berlin on Tuesday that 45 percent of the aid had arrived, according to a government spokesman.',
'Officials in Paris said the talks would resume next week, while Emmanuel Macron declined to comment.']){const p=document.createElement('p');p.textContent=t;a.appendChild(p);}},1500);</script>`;

const SPA_NAVIGATION = `<script>setTimeout(()=>{history.pushState({},'','/gen/spa/next');
document.querySelector('main').innerHTML='<article><h1>Next story</h1>'+['Chancellor Angela Merkel said on Friday that 300 refugees had arrived in Munich, according to officials.',
'The Bavarian government confirmed the figure in a statement, while critics in Berlin disputed it.','Merkel added that more help would come.'].map(t=>'<p>'+t+'</p>').join('')+'</article>';},1500);</script>`;

let server;
let ext;
const errors = [];
const figures = { pages: [], timings: [], longTasks: {} };

/** Record uncaught errors and console errors that come from the extension (content script or worker). */
async function watchErrors(page, extensionId) {
  const cdp = await page.context().newCDPSession(page);
  const extContexts = new Set();
  const fromExt = (s) => typeof s === 'string' && s.includes(`chrome-extension://${extensionId}`);
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (fromExt(context.origin) || (context.auxData?.type === 'isolated' && context.name === 'Sourcelight'))
      extContexts.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const frames = d.stackTrace?.callFrames ?? [];
    if (extContexts.has(d.executionContextId) || fromExt(d.url) || frames.some((f) => fromExt(f.url)))
      errors.push({ url: page.url(), where: 'content', text: d.exception?.description ?? d.text });
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if ((e.type === 'error' || e.type === 'assert') && extContexts.has(e.executionContextId))
      errors.push({
        url: page.url(),
        where: 'content-console',
        text: e.args.map((a) => a.value ?? a.description).join(' '),
      });
  });
  await cdp.send('Runtime.enable');
  return cdp;
}

async function workerErrors() {
  return ext.worker.evaluate(() => self.__slErrors ?? []);
}

async function open(context) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    // the page's text before the content script starts (document_idle comes after DOMContentLoaded)
    document.addEventListener('DOMContentLoaded', () => {
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what must not change
      window.__before = document.body ? document.body.innerText : '';
    });
  });
  return page;
}

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const routes = corpusRoutes();
  routes['/gen/article-1500/'] = { body: articlePage('A 1,500-word article', 1500) };
  routes['/gen/article-10000/'] = { body: articlePage('A 10,000-word article', 10000) };
  routes['/gen/not-article/'] = { body: NOT_ARTICLE };
  routes['/gen/live/'] = { body: articlePage('A live page', 300, LIVE_ADDITION) };
  routes['/gen/spa/'] = { body: articlePage('A single-page app', 300, SPA_NAVIGATION) };
  routes['/gen/dark/'] = {
    body: articlePage(
      'A dark page',
      600,
      '',
      '<style>body{background:#121212;color:#e5e5e5;font:18px/1.6 Georgia,serif;max-width:46em;margin:2em auto}a{color:#8ab4f8}</style>',
    ),
  };
  server = await serve(routes);
  ext = await launch();
  // nothing but 127.0.0.1 is reachable: fail other requests at once instead of waiting on them
  await ext.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
  await ext.worker.evaluate(() => {
    self.__slErrors = [];
    self.addEventListener('error', (e) => self.__slErrors.push(String(e.message)));
    self.addEventListener('unhandledrejection', (e) => self.__slErrors.push(String(e.reason)));
    const orig = console.error;
    console.error = (...a) => {
      self.__slErrors.push(a.map(String).join(' '));
      orig(...a);
    };
  });
});

after(async () => {
  writeFileSync(join(ARTIFACTS, 'e2e-annotate.json'), JSON.stringify(figures, null, 2));
  await ext?.close();
  await server?.close();
});

test('every corpus page: annotated without errors, body found, categories drawn, text untouched, toggles live', async () => {
  const slugs = corpusSlugs();
  const page = await open(ext.context);
  await watchErrors(page, ext.extensionId);
  const failures = [];
  let tabId = null;
  let covered = 0;
  let clean = 0;
  let withExpected = 0;
  for (const [i, slug] of slugs.entries()) {
    const row = { slug };
    figures.pages.push(row);
    try {
      await page.goto(`${server.origin}/pages/${slug}/`, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      tabId ??= await tabIdFor(ext.worker, page);
      const state = await waitForState(ext.worker, tabId, { timeout: 20_000 });
      row.status = state?.status;
      if (state?.status !== 'ready' && state?.status !== 'empty') {
        failures.push(`${slug}: status ${state?.status} ${state?.error ?? ''}`);
        continue;
      }
      const found = await checkCorpusPage({ page, ext: ext.worker, tabId, slug, i, state, row });
      failures.push(...found);
      if (row.coverage !== undefined) {
        withExpected++;
        if (row.coverage >= MIN_COVERAGE * 100) covered++;
        if (row.outside <= MAX_OUTSIDE * 100) clean++;
      }
      if (found.length) continue;
      if (SCREENSHOTS.has(slug)) row.card = await screenshotWithCard(page, slug);
    } catch (e) {
      failures.push(`${slug}: ${e.message}`);
    }
  }
  await page.close();
  const wErrors = await workerErrors();
  figures.coverage = { covered, clean, withExpected };
  figures.errors = [...errors, ...wErrors];
  console.log(corpusTable(figures.pages));
  console.log(`coverage >= ${MIN_COVERAGE * 100}% on ${covered}/${withExpected} pages with a human extraction`);
  console.log(`words outside the human body <= ${MAX_OUTSIDE * 100}% on ${clean}/${withExpected} of those pages`);
  assert.deepEqual(figures.errors, [], 'errors from the extension');
  assert.deepEqual(failures, []);
  assert.ok(covered >= MIN_PAGES_COVERED * withExpected, `coverage on ${covered}/${withExpected} pages`);
  assert.ok(clean >= MIN_PAGES_CLEAN * withExpected, `precision on ${clean}/${withExpected} pages`);
});

/** Scroll to the first person (else any) highlight, hover it, check the card, and take a screenshot. */
async function screenshotWithCard(page, slug) {
  const target = await page.evaluate(() => {
    const order = ['sourcelight-person', 'sourcelight-organization', 'sourcelight-place', 'sourcelight-claim'];
    for (const name of order) {
      const h = CSS.highlights.get(name);
      if (!h) continue;
      for (const sr of h) {
        const r = document.createRange();
        r.setStart(sr.startContainer, sr.startOffset);
        r.setEnd(sr.endContainer, sr.endOffset);
        if (r.getBoundingClientRect().height === 0) continue;
        sr.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0];
        return { x: rect.left + Math.min(6, rect.width / 2), y: rect.top + rect.height / 2, name };
      }
    }
    return null;
  });
  if (!target) return 'no target';
  // let the scroll settle (scrolling hides the card), then hover; a reader's pointer keeps moving, so a
  // second small move stands in for that when a late scroll event on a loaded machine hid the card again
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await sleep(150);
  const cardShown = () =>
    page.evaluate(() => {
      const host = document.querySelector('sourcelight-card');
      return !!host && getComputedStyle(host).display !== 'none';
    });
  let shown = false;
  for (let attempt = 0; attempt < 3 && !shown; attempt++) {
    await page.mouse.move(target.x + attempt, target.y);
    shown = await until(cardShown, 1000);
  }
  await page.screenshot({ path: join(ARTIFACTS, `${slug}.png`) });
  await page.mouse.move(1, 1);
  assert.ok(shown, `${slug}: hovering a highlight shows the card`);
  return shown ? 'shown' : 'missing';
}

test('first highlights within 300 ms on a 1,500-word page; no long task from the extension', async () => {
  const runs = [];
  const longTasks = { with: {}, without: {} };
  // a bare page: no test hooks of our own in the page's main world (they would cost layout time)
  const page = await ext.context.newPage();
  await watchErrors(page, ext.extensionId);
  // the same pages without the extension, in the same run, interleaved load by load so that both see the
  // same machine load (on a busy 2-core machine that noise is larger than the extension's own cost)
  const bare = await launch({ extension: false });
  const bp = await bare.context.newPage();
  const tasksAfter = (p, from) =>
    p.evaluate((from) => window.__lt.filter((e) => e.s + e.d > from && e.d > 50).map((e) => Math.round(e.d)), from);
  try {
    for (const path of ['/gen/article-1500/', '/gen/article-10000/']) {
      longTasks.with[path] = [];
      longTasks.without[path] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(`${server.origin}${path}?${i}`, { waitUntil: 'domcontentloaded' });
        const marks = await until(
          () =>
            page.evaluate(() => {
              const get = (n) => performance.getEntriesByName(n)[0]?.startTime;
              const s = get('sourcelight:start');
              const f = get('sourcelight:first-highlight');
              return s !== undefined && f !== undefined ? { start: s, first: f } : null;
            }),
          10_000,
        );
        assert.ok(marks, `${path}: first-highlight mark`);
        const tabId = await tabIdFor(ext.worker, page);
        await waitForState(ext.worker, tabId);
        await sleep(300);
        if (path === '/gen/article-1500/') runs.push(marks.first - marks.start);
        // long tasks from the content script's start on (what ran before it is the page's own)
        longTasks.with[path].push(...(await tasksAfter(page, marks.start)));
        await bp.goto(`${server.origin}${path}?${i}`, { waitUntil: 'domcontentloaded' });
        await sleep(1500);
        const dcl = await bp.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
        longTasks.without[path].push(...(await tasksAfter(bp, dcl)));
      }
    }
  } finally {
    await page.close();
    await bare.close();
  }
  figures.timings = runs;
  figures.longTasks = longTasks;
  console.log(
    `first highlight after start (ms), 1,500 words: ${runs.map((x) => x.toFixed(0)).join(', ')}; median ${median(runs).toFixed(0)}`,
  );
  console.log(
    `long tasks > ${LONG_TASK_MS} ms (durations) over ${RUNS} loads each, with / without the extension:`,
    JSON.stringify(longTasks),
  );
  assert.ok(median(runs) <= FIRST_HIGHLIGHT_BUDGET_MS, `median ${median(runs)} ms`);
  for (const path of Object.keys(longTasks.with)) {
    const withExt = longTasks.with[path].length;
    const without = longTasks.without[path].length;
    assert.ok(
      withExt <= without + LONG_TASK_NOISE,
      `${path}: ${withExt} long tasks with the extension, ${without} without (allowance ${LONG_TASK_NOISE})`,
    );
  }
});

test('dark page: highlights and card readable (screenshot)', async () => {
  const page = await open(ext.context);
  await watchErrors(page, ext.extensionId);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${server.origin}/gen/dark/`, { waitUntil: 'domcontentloaded' });
  const tabId = await tabIdFor(ext.worker, page);
  assert.equal((await waitForState(ext.worker, tabId)).status, 'ready');
  assert.equal(await screenshotWithCard(page, 'generated-dark'), 'shown');
  await page.close();
});

test('not an article: left alone until "annotate anyway"', async () => {
  const page = await open(ext.context);
  await watchErrors(page, ext.extensionId);
  await page.goto(`${server.origin}/gen/not-article/`, { waitUntil: 'domcontentloaded' });
  const tabId = await tabIdFor(ext.worker, page);
  const state = await waitForState(ext.worker, tabId);
  assert.equal(state.status, 'not-article');
  assert.deepEqual(await highlightSizes(page), {});
  await ext.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'sourcelight/annotate-anyway' }), tabId);
  const after = await waitForState(ext.worker, tabId, { final: ['ready', 'empty', 'error'] });
  assert.ok(after.status === 'ready' || after.status === 'empty', after.status);
  assert.match(after.analysis?.text ?? '', /President Joe Biden/);
  await page.close();
});

test('live additions are annotated incrementally; reveal emphasises a span; pause removes everything', async () => {
  const page = await open(ext.context);
  await watchErrors(page, ext.extensionId);
  await page.goto(`${server.origin}/gen/live/`, { waitUntil: 'domcontentloaded' });
  const tabId = await tabIdFor(ext.worker, page);
  const first = await waitForState(ext.worker, tabId);
  assert.equal(first.status, 'ready');
  const grown = await until(async () => {
    const s = await pageState(ext.worker, tabId);
    return s.analysis?.text.includes('Olaf Scholz') ? s : null;
  }, 8000);
  assert.ok(grown, 'the added paragraphs are in the analysed text');
  assert.ok(grown.analysis.text.startsWith(first.analysis.text), 'earlier offsets stay valid');
  // something in the new text is drawn
  const drawnNew = await until(() =>
    page.evaluate(() =>
      [...CSS.highlights.entries()].some(
        ([n, h]) =>
          n.startsWith('sourcelight-') &&
          [...h].some((r) =>
            /Scholz|Berlin|Paris|45 percent|Macron/.test(
              r.startContainer.data?.slice(r.startOffset, r.endOffset) ?? '',
            ),
          ),
      ),
    ),
  );
  assert.ok(drawnNew, 'highlights in the added paragraphs');
  // reveal
  const span = grown.analysis.figures[0]?.span ?? grown.analysis.sourcing[0]?.span;
  assert.ok(span);
  const res = await ext.worker.evaluate(
    ({ id, span }) => chrome.tabs.sendMessage(id, { type: 'sourcelight/reveal', start: span.start, end: span.end }),
    { id: tabId, span },
  );
  assert.equal(res.ok, true);
  assert.equal(await page.evaluate(() => CSS.highlights.has('sourcelight-focus')), true);
  // global pause removes everything; resuming redraws
  const before = await highlightSizes(page);
  await writeSettings(ext.worker, { paused: true });
  assert.ok(await until(async () => Object.keys(await highlightSizes(page)).length === 0), 'paused: no highlights');
  assert.equal((await pageState(ext.worker, tabId)).status, 'paused');
  await writeSettings(ext.worker, { paused: false });
  assert.ok(await until(async () => sameSizes(await highlightSizes(page), before)), 'resumed: same highlights');
  // per-site switch
  await writeSettings(ext.worker, { disabledSites: ['127.0.0.1'] });
  assert.ok(await until(async () => Object.keys(await highlightSizes(page)).length === 0), 'site off: no highlights');
  await writeSettings(ext.worker, { disabledSites: [] });
  await page.close();
  assert.deepEqual(errors, []);
});

test('SPA navigation: the new article is annotated afresh', async () => {
  const page = await open(ext.context);
  await watchErrors(page, ext.extensionId);
  await page.goto(`${server.origin}/gen/spa/`, { waitUntil: 'domcontentloaded' });
  const tabId = await tabIdFor(ext.worker, page);
  assert.equal((await waitForState(ext.worker, tabId)).status, 'ready');
  const next = await until(async () => {
    const s = await pageState(ext.worker, tabId);
    return s.status === 'ready' && s.analysis?.text.startsWith('Next story') ? s : null;
  }, 10_000);
  assert.ok(next, 'the new article replaced the old one in the analysed text');
  assert.ok(!next.analysis.text.includes('Nevada'), 'nothing of the old article is left');
  const sizes = await highlightSizes(page);
  assert.ok(
    Object.values(sizes).some((n) => n > 0),
    'the new article is drawn',
  );
  await page.close();
  assert.deepEqual(errors, []);
});
