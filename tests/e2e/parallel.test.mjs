// End-to-end: a ~50,000-word page is analysed on the parallel path (Chrome: the offscreen document's
// worker pool, lib/parallel.ts) and the result matches the single-thread analyze() of the same text (run
// here in Node through the CLI), category by category. Run after `npm run build`:
//   node --test --test-concurrency=1 tests/e2e/parallel.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assemblePage, launch, ROOT, serve, tabIdFor, waitForState } from './harness.mjs';

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

/** analyze(text) in Node, one thread: the CLI's JSON output for a text file. */
function singleThread(text) {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-parallel-'));
  try {
    const file = join(dir, 'article.txt');
    writeFileSync(file, text);
    const out = execFileSync('npx', ['tsx', 'scripts/analyze.ts', '--json', file], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 2 ** 20,
    });
    return JSON.parse(out.trim().split('\n')[0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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

test('a ~50,000-word page goes through the offscreen worker pool and matches the single-thread analysis', async () => {
  assert.ok(stress.words > 45_000, `assembled page has ${stress.words} words`);
  const page = await browser.context.newPage();
  try {
    await page.goto(`${server.origin}/stress/`);
    const tabId = await tabIdFor(browser.worker, page);
    const state = await waitForState(browser.worker, tabId, { timeout: 90_000 });
    assert.equal(state?.status, 'ready', JSON.stringify(state?.error ?? state?.status));
    const a = state.analysis;
    assert.equal(a.engine?.kind, 'parallel', `engine: ${JSON.stringify(a.engine)}`);
    assert.equal(a.engine.host, 'offscreen');
    assert.ok(a.engine.workers >= 2, `workers: ${a.engine.workers}`);
    assert.ok(a.engine.chunks >= 2, `chunks: ${a.engine.chunks}`);
    const reference = singleThread(a.text);
    assert.equal(reference.text, a.text);
    const got = counts(a);
    console.log(`parallel: ${JSON.stringify(a.engine)}\ncounts: ${JSON.stringify(got)}`);
    assert.deepEqual(got, counts(reference));
    // and span for span, not only the counts
    const { engine: _engine, ...rest } = a;
    assert.deepEqual(rest, reference);
  } finally {
    await page.close();
  }
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
