// Firefox beside Chromium: time from the content script's start to the first and to the last highlight on the
// bench's ~1,500-word corpus page and ~10,000-word live blog (bench/browser.mjs), loads alternating between the
// two browsers so that machine noise hits both; then what Firefox's idle background costs a long page: a
// ~50,000-word page with the worker pool warm, and again after the background was left idle (Firefox stops
// an idle MV3 background page after about 30 s, and its worker pool with it).
// Run after `npm run build`:  node bench/firefox.mjs [--runs N] [--idle-runs N] [--idle-ms MS]
import { join } from 'node:path';
import { goto, launchFirefox, tabIdFor } from '../tests/e2e/firefox-harness.mjs';
import { assemblePage, CORPUS_PAGES, launch, serve, sleep, waitForState } from '../tests/e2e/harness.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('--runs', 5);
const IDLE_RUNS = arg('--idle-runs', 3);
const IDLE_MS = arg('--idle-ms', 40_000);
const log = (m) => process.stderr.write(`› ${m}\n`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = (xs) => ({
  median: Math.round(median(xs)),
  min: Math.round(Math.min(...xs)),
  max: Math.round(Math.max(...xs)),
  runs: xs.map(Math.round),
});

const marks = (page) =>
  page.evaluate(() => {
    const at = (n) => performance.getEntriesByName(n)[0]?.startTime;
    const s = at('sourcelight:start');
    const f = at('sourcelight:first-highlight');
    const d = at('sourcelight:done');
    return s !== undefined && f !== undefined && d !== undefined ? { first: f - s, done: d - s } : null;
  });

async function until(fn, timeout) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeout) {
    const v = await fn().catch(() => null);
    if (v) return v;
    await sleep(50);
  }
  throw new Error('timed out');
}

const small = join(CORPUS_PAGES, 'newspaper-bloomberg_com1', 'source.html');
const live = assemblePage(10_000, 'Live: the campaign, hour by hour');
const stress = assemblePage(50_000, 'Stress: every story of the season');
const server = await serve({ '/small/': small, '/live/': { body: live.html }, '/stress/': { body: stress.html } });
const ff = await launchFirefox();
const ch = await launch();
const report = { firefox: ff.version, chromium: ch.context.browser()?.version() ?? 'chromium', pages: {} };
try {
  const ffPage = await ff.browser.newPage();
  const chPage = await ch.context.newPage();
  for (const [id, path] of [
    ['1.5k', '/small/'],
    ['10k', '/live/'],
  ]) {
    const rows = { firefox: { first: [], done: [] }, chromium: { first: [], done: [] } };
    for (let i = 0; i < RUNS; i++) {
      log(`${id} run ${i + 1}/${RUNS}`);
      await goto(ffPage, `${server.origin}${path}?${i}`);
      const f = await until(() => marks(ffPage), 60_000);
      await chPage.goto(`${server.origin}${path}?${i}`, { waitUntil: 'domcontentloaded' });
      const c = await until(() => marks(chPage), 60_000);
      for (const [b, m] of [
        ['firefox', f],
        ['chromium', c],
      ]) {
        rows[b].first.push(m.first);
        rows[b].done.push(m.done);
      }
    }
    report.pages[id] = Object.fromEntries(
      Object.entries(rows).map(([b, r]) => [
        b,
        { firstHighlightMs: summary(r.first), allHighlightsMs: summary(r.done) },
      ]),
    );
  }
  await chPage.close();

  // the idle background: a long page with the pool warm, then after IDLE_MS with nothing to do
  const long = async (tag) => {
    const url = `${server.origin}/stress/?${tag}`;
    await goto(ffPage, url);
    const tabId = await tabIdFor(ff, url);
    const state = await waitForState(ff.control, tabId, { timeout: 180_000 });
    const m = await until(() => marks(ffPage), 10_000);
    return { done: m.done, engine: state.analysis?.engine?.kind, fallback: state.analysis?.engine?.fallback };
  };
  const warm = [];
  const idle = [];
  await long('start-the-pool');
  for (let i = 0; i < IDLE_RUNS; i++) {
    log(`50k idle run ${i + 1}/${IDLE_RUNS}`);
    await sleep(3_000);
    warm.push(await long(`warm-${i}`));
    await goto(ffPage, 'about:blank').catch(() => {});
    await sleep(IDLE_MS);
    idle.push(await long(`idle-${i}`));
  }
  report.idle = {
    idleMs: IDLE_MS,
    warm: { allHighlightsMs: summary(warm.map((r) => r.done)), engines: warm.map((r) => r.engine) },
    afterIdle: {
      allHighlightsMs: summary(idle.map((r) => r.done)),
      engines: idle.map((r) => r.engine + (r.fallback ? ` (${r.fallback})` : '')),
    },
  };
} finally {
  await ff.close();
  await ch.close();
  await server.close();
}
console.log(JSON.stringify(report, null, 2));
