// Reliability figures on the built extension in headless Chromium (not a test: it prints numbers):
// page event listeners, heap and nodes after 3,000 mouse moves over an annotated article, N minutes of a 50 ms
// ticker and 100 SPA swaps; and, on a live blog growing by a paragraph every 600 ms, how many analyses run and
// how much text they send (each is parsed incrementally in the background: the work per change is measured by
// tests/e2e/reliability.test.mjs's live-blog test and scripts/incremental.ts).
//   npm run build && node scripts/measure-reliability.mjs [--minutes 10] [--swaps 100] [--moves 3000]
import { ARTICLE_PARAS, launch, serve, sleep, tabIdFor, until, waitForState } from '../tests/e2e/harness.mjs';

const arg = (name, d) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const MINUTES = arg('minutes', 10);
const SWAPS = arg('swaps', 100);
const MOVES = arg('moves', 3000);

const paras = (tag) => ARTICLE_PARAS.map((p) => `<p>${p.replaceAll('Lopez', tag)}</p>`).join('');
const SPA = `<!doctype html><html><head><meta charset="utf-8"><title>SPA</title><meta property="og:type" content="article">
</head><body><nav><a href="/">Home</a></nav><main id="view"><article><h1>Story 0</h1>${paras('Lopez')}</article></main>
<aside id="tick">0</aside></body></html>`;
const LIVE = `<!doctype html><html><head><meta charset="utf-8"><title>Live</title><meta property="og:type" content="article">
</head><body><main><article><h1>Live: floods</h1>${Array.from({ length: 25 }, (_, i) => paras(`Lopez${i}`)).join('')}</article></main></body></html>`;

const server = await serve({ '/spa/': { body: SPA }, '/live/': { body: LIVE } });
const ext = await launch();
try {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}/spa/`);
  const tabId = await tabIdFor(ext.worker, page);
  await waitForState(ext.worker, tabId);
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async (label) => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics: m } = await cdp.send('Performance.getMetrics');
    const get = (n) => m.find((x) => x.name === n)?.value;
    const row = {
      label,
      listeners: get('JSEventListeners'),
      heapMB: +(get('JSHeapUsedSize') / 2 ** 20).toFixed(2),
      nodes: get('Nodes'),
    };
    console.log(JSON.stringify(row));
    return row;
  };
  const box = await page.locator('article').boundingBox();
  // (Playwright's own helpers add their listeners on first use: the baseline comes after them)
  await page.mouse.move(box.x + 20, box.y + 40);
  await metrics('ready');
  for (let i = 0; i < MOVES; i++)
    await page.mouse.move(box.x + 20 + ((i * 37) % (box.width - 40)), box.y + 40 + ((i * 13) % 300));
  await metrics(`${MOVES} mouse moves`);
  const ticker = await page.evaluate(() => {
    let n = 0;
    return setInterval(() => {
      document.getElementById('tick').textContent = String(++n);
    }, 50);
  });
  for (let m = 1; m <= MINUTES; m++) {
    await sleep(60_000);
    await metrics(`ticker ${m} min`);
  }
  await page.evaluate((id) => clearInterval(id), ticker);
  for (let i = 1; i <= SWAPS; i++) {
    await page.evaluate((i) => {
      history.pushState({}, '', `/spa/${i}`);
      document.getElementById('view').innerHTML =
        `<article><h1>Story ${i}</h1>${document.querySelector('article').innerHTML.replace(/<h1>.*?<\/h1>/, '')}</article>`;
    }, i);
    await until(() => page.evaluate((i) => performance.getEntriesByName('sourcelight:snapshot').length > i, i), 20_000);
  }
  await waitForState(ext.worker, tabId);
  await sleep(2000);
  await metrics(`${SWAPS} SPA swaps`);
  await page.close();

  // live blog: count the analysis requests the background gets and the characters they carry
  await ext.worker.evaluate(() => {
    self.__requests = [];
    chrome.runtime.onMessage.addListener((m) => {
      if (m?.type === 'sourcelight/analyze') self.__requests.push(m.text.length);
    });
  });
  const live = await ext.context.newPage();
  await live.goto(`${server.origin}/live/`);
  const liveTab = await tabIdFor(ext.worker, live);
  await waitForState(ext.worker, liveTab);
  const full = (await ext.worker.evaluate(() => self.__requests.splice(0))).at(-1);
  await live.evaluate((p) => {
    let i = 0;
    window.__adder = setInterval(() => {
      document
        .querySelector('article')
        .insertAdjacentHTML('beforeend', `<p>${p[i++ % p.length].replace('Lopez', `Lopez-${i}`)}</p>`);
      window.__added = i;
    }, 600);
  }, ARTICLE_PARAS);
  await sleep(10_000);
  await live.evaluate(() => clearInterval(window.__adder));
  await sleep(3000);
  const reqs = await ext.worker.evaluate(() => self.__requests.splice(0));
  const added = await live.evaluate(() => window.__added);
  console.log(
    JSON.stringify({
      liveBlog: {
        fullChars: full,
        paragraphsAdded: added,
        analysesIn10s: reqs.length,
        charsAnalysed: reqs.reduce((a, b) => a + b, 0),
        charsSentPerAddedParagraphVsFull: +(reqs.reduce((a, b) => a + b, 0) / added / full).toFixed(2),
      },
    }),
  );
} finally {
  await ext.close();
  await server.close();
}
