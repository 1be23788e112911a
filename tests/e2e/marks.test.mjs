// End-to-end: the fallback painter (<sourcelight-mark> elements, for browsers without CSS Custom Highlights) in
// real Chromium. A build made with `wxt build --mode marks` (made here, into .output/chrome-mv3-marks) draws with
// it whatever the page supports; the published build cannot (the mode is a constant of the build). Each page is
// loaded with that build and with the ordinary one: the same text is covered in every category, the rendered
// text is unchanged, toggles hide and show the marks, and pausing removes them, leaving the page's own nodes.
// Run:  node --test tests/e2e/marks.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { CATEGORIES, seedPage, until, writeSettings } from './checks.mjs';
import { corpusRoutes, EXTENSION_DIR, launch, ROOT, serve, tabIdFor, waitForState } from './harness.mjs';

const MARKS_DIR = join(ROOT, '.output', 'chrome-mv3-marks');
const PAGES = ['/seed/', '/pages/postlight-theguardian_com/', '/pages/readability-bbc-1/'];
/** Pages whose own scripts change their markup after it is parsed: markup and node counts are not compared. */
const SCRIPTED = new Set(['/pages/readability-bbc-1/']);

let server;
let marks;
let plain;

before(async () => {
  const built = spawnSync('npx', ['wxt', 'build', '--mode', 'marks'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  assert.equal(built.status, 0, 'wxt build --mode marks');
  server = await serve({ ...corpusRoutes(), '/seed/': { body: seedPage() } });
  marks = await launch({ extensionDir: MARKS_DIR });
  plain = await launch({ extensionDir: EXTENSION_DIR });
  for (const b of [marks, plain]) await b.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
});

after(async () => {
  await marks?.close();
  await plain?.close();
  await server?.close();
});

/** Load a page with the page's text and node count recorded at DOMContentLoaded; wait for the analysis. */
async function load(ext, path) {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (walker.nextNode()) n++;
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what must not change
      window.__before = { text: document.body.innerText, html: document.body.innerHTML, textNodes: n };
    });
  });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
  const tabId = await tabIdFor(ext.worker, page);
  const state = await waitForState(ext.worker, tabId, { timeout: 30_000 });
  assert.equal(state?.status, 'ready', `${path}: ${state?.status}`);
  return page;
}

/** Per category, the covered text in document order, as drawn by either painter. */
function coveredText() {
  const out = {};
  if (document.querySelector('sourcelight-mark')) {
    for (const el of document.querySelectorAll('sourcelight-mark[data-sl]')) {
      const c = el.getAttribute('data-sl');
      // a mark inside a mark of the same category is covered once
      if (el.parentElement?.closest(`sourcelight-mark[data-sl="${c}"]`)) continue;
      out[c] = (out[c] ?? '') + el.textContent;
    }
    return out;
  }
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('sourcelight-') || name === 'sourcelight-focus') continue;
    // (the painter draws StaticRanges: make live ones to order and read them)
    const ranges = [...h]
      .map((sr) => {
        const r = document.createRange();
        r.setStart(sr.startContainer, sr.startOffset);
        r.setEnd(sr.endContainer, sr.endOffset);
        return r;
      })
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    out[name.slice('sourcelight-'.length)] = ranges.map((r) => r.toString()).join('');
  }
  return out;
}

const snapshot = (page) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    while (walker.nextNode()) n++;
    const shown = [...document.querySelectorAll('sourcelight-mark')].filter((m) => !m.classList.contains('sl-off'));
    return {
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what must not change
      text: document.body.innerText,
      html: document.body.innerHTML,
      textNodes: n,
      marks: document.querySelectorAll('sourcelight-mark').length,
      shown: shown.map((m) => m.getAttribute('data-sl')),
      highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelight-')),
      before: window.__before,
    };
  });

for (const path of PAGES) {
  test(`${path}: the fallback painter covers what the highlights cover, leaves the text as it was and cleans up`, async () => {
    const withMarks = await load(marks, path);
    const withHighlights = await load(plain, path);
    try {
      const drawn = await snapshot(withMarks);
      assert.ok(drawn.marks > 0, 'marks drawn');
      assert.deepEqual(drawn.highlights, [], 'no CSS highlights from the marks build');
      assert.equal(drawn.text, drawn.before.text, 'rendered text unchanged');
      const a = await withMarks.evaluate(coveredText);
      const b = await withHighlights.evaluate(coveredText);
      assert.ok(Object.keys(b).length >= 3, `categories drawn: ${Object.keys(b)}`);
      for (const c of CATEGORIES) assert.equal(a[c] ?? '', b[c] ?? '', `${path}: ${c} covers the same text`);

      // a category switched off hides its marks; on again shows them
      await writeSettings(marks.worker, { categories: { person: false } });
      assert.ok(await until(async () => !(await snapshot(withMarks)).shown.includes('person')), 'person hidden');
      await writeSettings(marks.worker, { categories: { person: true } });
      assert.ok(await until(async () => (await snapshot(withMarks)).shown.includes('person')), 'person shown');

      // pausing removes every mark and gives the page back its own nodes
      await writeSettings(marks.worker, { paused: true });
      assert.ok(await until(async () => (await snapshot(withMarks)).marks === 0), 'marks removed');
      const clean = await snapshot(withMarks);
      if (!SCRIPTED.has(path)) {
        assert.equal(clean.html, clean.before.html, 'the page markup is as it was');
        assert.equal(clean.textNodes, clean.before.textNodes, 'split text nodes joined back');
      }
      assert.equal(clean.text, clean.before.text);
      await writeSettings(marks.worker, { paused: false });
      assert.ok(await until(async () => (await snapshot(withMarks)).marks > 0), 'drawn again after resuming');
      assert.equal((await snapshot(withMarks)).text, clean.before.text);
    } finally {
      await withMarks.close();
      await withHighlights.close();
    }
  });
}
