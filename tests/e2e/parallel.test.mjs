// End-to-end: a ~50,000-word page is analysed in the background's thread while the pool starts, and on
// the parallel path (Chrome: the offscreen document's worker pool, lib/parallel.ts) once the pool is up;
// each result matches the single-thread analyze() of the same text (run
// here in Node through the CLI), category by category. Run after `npm run build`:
//   node --test --test-concurrency=1 tests/e2e/parallel.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assemblePage, launch, serve, sleep, tabIdFor, waitForState } from './harness.mjs';
import { singleThread } from './reference.mjs';

let browser;
let server;
const stress = assemblePage(50_000, 'Stress: every story of the season');
const short = assemblePage(1_000, 'A short live blog');

before(async () => {
  server = await serve({ '/stress/': { body: stress.html }, '/short/': { body: short.html } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const counts = (a) => ({
  chars: a.text.length,
  actors: a.actors.length,
  mentions: a.actors.reduce((n, x) => n + x.mentions.length, 0),
  people: a.actors.filter((x) => x.kind === 'person').length,
  figures: a.figures.length,
  sourcing: a.sourcing.length,
  attributions: a.attributions.length,
  direct: a.attributions.filter((x) => x.direct).length,
  anonymous: a.attributions.filter((x) => x.anonymous).length,
  claims: a.claims.length,
  dropped: a.dropped ?? 0,
});

/** Load the stress page in a new tab and return the content script's state once ready. */
async function loadStress(suffix) {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${server.origin}/stress/${suffix}`);
    const tabId = await tabIdFor(browser.worker, page);
    const state = await waitForState(browser.worker, tabId, { timeout: 90_000 });
    assert.equal(state?.status, 'ready', JSON.stringify(state?.error ?? state?.status));
    return state;
  } finally {
    await page.close();
  }
}

test('a ~50,000-word page: the first in one thread while the pool starts, the next through the offscreen pool, both equal to analyze()', async () => {
  assert.ok(stress.words > 45_000, `assembled page has ${stress.words} words`);
  // the first long text of a session: the pool is not running yet (2 cores: a cold pool loses to one
  // thread), so the background analyses it and starts the pool for the next
  const first = await loadStress('?first');
  const reference = singleThread(first.analysis.text);
  assert.equal(reference.text, first.analysis.text);
  const { engine: firstEngine, ...firstRest } = first.analysis;
  assert.deepEqual(firstRest, reference);
  if (firstEngine?.kind === 'single') assert.match(firstEngine.fallback ?? '', /still starting/);
  // later long texts go to the pool once it is up (a few seconds on a loaded machine)
  let a;
  for (let attempt = 1; attempt <= 4; attempt++) {
    await sleep(3_000);
    a = (await loadStress(`?again-${attempt}`)).analysis;
    if (a.engine?.kind === 'parallel') break;
  }
  assert.equal(a.engine?.kind, 'parallel', `engine: ${JSON.stringify(a.engine)}`);
  assert.equal(a.engine.host, 'offscreen');
  assert.ok(a.engine.workers >= 2, `workers: ${a.engine.workers}`);
  assert.ok(a.engine.chunks >= 2, `chunks: ${a.engine.chunks}`);
  const got = counts(a);
  console.log(`parallel: ${JSON.stringify(a.engine)}\ncounts: ${JSON.stringify(got)}`);
  assert.deepEqual(got, counts(reference));
  // and span for span, not only the counts
  const { engine: _engine, ...rest } = a;
  assert.deepEqual(rest, reference);
});

test('a short page stays on the single-thread path in the background', async () => {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${server.origin}/short/`);
    const tabId = await tabIdFor(browser.worker, page);
    const state = await waitForState(browser.worker, tabId, { timeout: 30_000 });
    assert.equal(state?.status, 'ready');
    assert.equal(state.analysis.engine?.kind, 'single');
    assert.equal(state.analysis.engine.fallback, undefined);
  } finally {
    await page.close();
  }
});
