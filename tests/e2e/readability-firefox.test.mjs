// Readable at a glance in Firefox: the Firefox build as a temporary add-on in headless Firefox
// (./firefox-harness.mjs). The quiet default on a corpus page and the switch to all marks, and a French page
// left alone until the reader asks, as tests/e2e/readability.test.mjs checks them in Chromium.
// Run after `npm run build`:  node --test tests/e2e/readability-firefox.test.mjs
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { until, writeSettings } from './checks.mjs';
import { goto, launchFirefox, tabIdFor } from './firefox-harness.mjs';
import { corpusRoutes, highlightSizes, ROOT, serve, waitForState } from './harness.mjs';

const SLUG = 'newspaper-reuters_com2';
const QUIET_MAX_PER_100 = 8;
const FINAL = ['ready', 'empty', 'not-article', 'not-english', 'error', 'paused'];

let server;
let ext;

before(async () => {
  server = await serve({ ...corpusRoutes(), '/fr/': join(ROOT, 'tests', 'fixtures', 'languages', 'fr.html') });
  ext = await launchFirefox();
  console.log(`Firefox ${ext.version}`);
});

after(async () => {
  await ext?.close();
  await server?.close();
});

const total = (sizes) => Object.values(sizes).reduce((a, b) => a + b, 0);

async function visit(path) {
  const page = await ext.browser.newPage();
  const url = `${server.origin}${path}`;
  await goto(page, url);
  const tabId = await tabIdFor(ext, url);
  const state = await waitForState(ext.control, tabId, { timeout: 30_000, final: FINAL });
  return { page, tabId, state };
}

test('the first-run legend opened on install', async () => {
  const urls = await until(async () => {
    const all = await ext.control.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.url ?? ''));
    return all.some((u) => u.endsWith('/legend.html')) ? all : null;
  });
  assert.ok(urls, 'a tab shows legend.html');
});

test('a corpus page is drawn quietly; "all" draws every mark', async () => {
  const { page, state } = await visit(`/pages/${SLUG}/`);
  assert.equal(state.status, 'ready');
  const words = state.analysis.text.split(/\s+/).filter(Boolean).length;
  const quiet = await until(async () => {
    const s = await highlightSizes(page);
    return total(s) > 0 ? s : null;
  });
  const per100 = (total(quiet) * 100) / words;
  console.log(`Firefox ${SLUG}: quiet ${total(quiet)} marks in ${words} words (${per100.toFixed(1)} per 100)`);
  assert.ok(per100 <= QUIET_MAX_PER_100, `${per100.toFixed(1)} per 100 words`);
  assert.equal(quiet['sourcelight-claim'] ?? 0, state.analysis.claims.length);
  await writeSettings(ext.control, { density: 'all' });
  const all = await until(async () => {
    const s = await highlightSizes(page);
    return total(s) > total(quiet) ? s : null;
  });
  assert.ok(all, 'more marks with "all"');
  assert.equal(all['sourcelight-figure'], state.analysis.figures.length);
  console.log(`Firefox ${SLUG}: all ${total(all)} marks`);
  await writeSettings(ext.control, { density: 'quiet' });
  assert.ok(await until(async () => total(await highlightSizes(page)) === total(quiet)), 'back to quiet');
  await page.close();
});

test('a French page draws nothing until the reader asks', async () => {
  const { page, tabId, state } = await visit('/fr/');
  assert.equal(state.status, 'not-english', JSON.stringify(state).slice(0, 300));
  assert.equal(state.pageKind?.lang, 'fr');
  assert.deepEqual(await highlightSizes(page), {});
  await ext.control.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'sourcelight/annotate-anyway' }), tabId);
  const done = await waitForState(ext.control, tabId, { timeout: 30_000, final: ['ready', 'empty', 'error'] });
  assert.ok(['ready', 'empty'].includes(done.status), done.status);
  assert.ok(done.analysis?.text.includes('Loire'));
  await page.close();
});
