// Browser side of `npm run bench`: real headless Chromium with the built extension vs the same browser
// without it, on a ~1,500-word corpus page, a ~10,000-word live blog and a ~50,000-word stress page
// (both assembled at run time from PolNeAR texts in ../shared; nothing is copied into the repo).
// Per page and mode, N runs: long tasks (count, longest) from a PerformanceObserver in the page, time
// from the content script's start to the first and to the last highlight, the page's JS heap, and the
// extension's service-worker heap.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { assemblePage, CORPUS_PAGES, EXTENSION_DIR, launch, serve } from '../tests/e2e/harness.mjs';

export { assemblePage };

const countWords = (s) => s.split(/\s+/).filter(Boolean).length;

const LONGTASK_OBSERVER = () => {
  window.__slLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__slLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
};

async function heapOf(session) {
  await session.send('HeapProfiler.collectGarbage').catch(() => {});
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * The service worker's JS heap, read over a second CDP client on the same browser (Playwright gives no CDP
 * session for workers): attach to the worker target and relay Runtime.getHeapUsage through the browser
 * session. Needs the browser started with --remote-debugging-port=0. Returns bytes, or null.
 */
async function openWorkerHeapProbe(profile) {
  const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const cdp = await browser.newBrowserCDPSession();
  let nextId = 1;
  const waiting = new Map();
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const m = JSON.parse(message);
    waiting.get(m.id)?.(m.result);
    waiting.delete(m.id);
  });
  const call = async (method, params = {}) => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!sw) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
    const id = nextId++;
    const result = new Promise((ok) => {
      waiting.set(id, ok);
      setTimeout(() => ok(null), 5000);
    });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const r = await result;
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    return r;
  };
  return {
    heap: async () => {
      await call('HeapProfiler.collectGarbage');
      return (await call('Runtime.getHeapUsage'))?.usedSize ?? null;
    },
    close: () => browser.close().catch(() => {}),
  };
}

async function measureOnce(ctx, url, withExtension, probe) {
  const page = await ctx.newPage();
  await page.addInitScript(LONGTASK_OBSERVER);
  const session = await ctx.newCDPSession(page);
  await session.send('Runtime.enable');
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  let marks = {};
  if (withExtension) {
    await page
      .waitForFunction(() => performance.getEntriesByName('sourcelight:done').length > 0, null, {
        timeout: 60_000,
        polling: 50,
      })
      .catch(() => {});
  }
  await page.waitForTimeout(withExtension ? 300 : 1500); // let trailing tasks report
  marks = await page.evaluate(() => {
    const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
    return { start: at('sourcelight:start'), first: at('sourcelight:first-highlight'), done: at('sourcelight:done') };
  });
  const longTasks = await page.evaluate(() => window.__slLongTasks ?? []);
  const heap = await heapOf(session);
  const swHeap = probe ? await probe.heap().catch(() => null) : null;
  await page.close();
  return {
    wall: Date.now() - t0,
    longTasks: longTasks.length,
    longest: longTasks.reduce((m, t) => Math.max(m, t.duration), 0),
    firstMs: marks.start != null && marks.first != null ? marks.first - marks.start : null,
    doneMs: marks.start != null && marks.done != null ? marks.done - marks.start : null,
    heap,
    swHeap,
  };
}

export function contentScriptSize() {
  const f = join(EXTENSION_DIR, 'content-scripts', 'content.js');
  const bg = join(EXTENSION_DIR, 'background.js');
  return { content: statSync(f).size, background: statSync(bg).size };
}

/** Runs every page in both modes, `runs` times each, alternating modes so machine noise hits both. */
export async function benchBrowser({ runs = 5, log = () => {} } = {}) {
  const small = join(CORPUS_PAGES, 'newspaper-bloomberg_com1', 'source.html');
  const smallWords = countWords(
    readFileSync(join(CORPUS_PAGES, 'newspaper-bloomberg_com1', 'expected-text.txt'), 'utf8'),
  );
  const live = assemblePage(10_000, 'Live: the campaign, hour by hour');
  const stress = assemblePage(50_000, 'Stress: every story of the season');
  const server = await serve({ '/small/': small, '/live/': { body: live.html }, '/stress/': { body: stress.html } });
  const pages = [
    { id: '1.5k', path: '/small/', words: smallWords },
    { id: '10k', path: '/live/', words: live.words },
    { id: '50k', path: '/stress/', words: stress.words },
  ];
  const results = {};
  const withExt = await launch({ extension: true, extraArgs: ['--remote-debugging-port=0'] });
  const without = await launch({ extension: false });
  const probe = await openWorkerHeapProbe(withExt.profile).catch(() => null);
  const swIdle = probe ? await probe.heap().catch(() => null) : null;
  try {
    for (const p of pages) {
      results[p.id] = { words: p.words, with: [], without: [] };
      for (let i = 0; i < runs; i++) {
        log(`browser ${p.id} run ${i + 1}/${runs}`);
        results[p.id].without.push(await measureOnce(without.context, server.origin + p.path, false));
        results[p.id].with.push(await measureOnce(withExt.context, server.origin + p.path, true, probe));
      }
    }
  } finally {
    await probe?.close();
    await withExt.close();
    await without.close();
    await server.close();
  }
  return { pages: results, bundle: contentScriptSize(), swIdleHeap: swIdle };
}
