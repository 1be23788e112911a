// End-to-end: the built extension on hostile and odd pages written here as strings (never copies of corpus
// pages), each served from 127.0.0.1, one tab for all, every one followed by a normal article in the same tab.
// For each: the content script reports a final state within a bound (or the page is not an article), the page
// stays responsive, its rendered text is as it was, editors and form fields are neither annotated nor written
// to, and the next normal page is annotated as usual.
// Run after `npx wxt build`:  node --test --test-concurrency=1 tests/e2e/hostile.test.mjs
// (SOURCELIGHT_EXTENSION_DIR=<dir> tests a copy of the build, safe from concurrent rebuilds.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { EXTENSION_DIR, launch, pageState, serve, sleep, tabIdFor, waitForState } from './harness.mjs';
import { cardHost, hostileRoutes, iframePage, rectOf, snapshotInPage } from './hostile-pages.mjs';

/** A final state must come within this bound on every page (ms). */
const FINAL_STATE_MS = 25_000;
/** The page must answer a trivial evaluation this fast once the extension is done (ms). */
const RESPONSIVE_MS = 2_000;
const FINAL = ['ready', 'empty', 'not-article', 'error', 'paused'];

// ------------------------------------------------------------------------------------------------ probes

/** Evaluate in a fresh isolated world of the page's main frame: the page's overrides cannot reach it. */
async function probe(page, fn, arg) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'hostile-test-probe',
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `(${fn})(${JSON.stringify(arg ?? null)})`,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Evaluate in the page's main world without Playwright's helpers (they may meet the page's overrides). */
async function mainWorld(page, expression) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Hover a highlighted name: the card shows (its host is displayed, with some height). */
async function cardShowsOn(word) {
  const at = await probe(tab, rectOf, word);
  assert.ok(at, `"${word}" is on the page`);
  for (let attempt = 0; attempt < 3; attempt++) {
    await tab.mouse.move(at.x - 30, at.y - 30);
    await tab.mouse.move(at.x, at.y, { steps: 3 });
    for (let i = 0; i < 10; i++) {
      const host = await probe(tab, cardHost);
      if (host?.display === 'block' && host.h > 20) return host;
      await sleep(50);
    }
  }
  return probe(tab, cardHost);
}

// ------------------------------------------------------------------------------------------------ setup

let server;
let ext;
let tab; // one page (tab) for every hostile page and the normal ones in between
let tabId;
let cdpErrors = [];

before(async () => {
  const routes = hostileRoutes();
  server = await serve(routes);
  const port = new URL(server.origin).port;
  routes['/h/iframe/'] = { body: iframePage(port) };
  ext = await launch({ extensionDir: process.env.SOURCELIGHT_EXTENSION_DIR ?? EXTENSION_DIR });
  await ext.context.route(/^https?:\/\/(?!(127\.0\.0\.1|localhost)[:/])/, (r) => r.abort());
  await ext.worker.evaluate(() => {
    self.__slErrors = [];
    self.addEventListener('error', (e) => self.__slErrors.push(String(e.message)));
    self.addEventListener('unhandledrejection', (e) => self.__slErrors.push(String(e.reason)));
  });
  tab = await ext.context.newPage();
  // the page's text as rendered before the content script starts (it runs at document_idle); captured with
  // the originals of everything a hostile page might replace
  await tab.addInitScript(() => {
    const get = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'innerText').get;
    const add = EventTarget.prototype.addEventListener;
    add.call(document, 'DOMContentLoaded', () => {
      window.__before = document.body ? get.call(document.body) : '';
    });
  });
  // uncaught exceptions in the extension's isolated world
  const cdp = await ext.context.newCDPSession(tab);
  const ours = new Set();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && context.name === 'Sourcelight') ours.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const fromExt =
      ours.has(d.executionContextId) ||
      (d.stackTrace?.callFrames ?? []).some((f) => f.url.startsWith(`chrome-extension://${ext.extensionId}`));
    if (fromExt) cdpErrors.push(d.exception?.description ?? d.text);
  });
  await cdp.send('Runtime.enable');
  tabId = await tabIdFor(ext.worker, tab);
});

after(async () => {
  await ext?.close();
  await server?.close();
});

/** Visit a page in the shared tab; wait for the content script's final state. */
async function visit(path, { timeout = FINAL_STATE_MS } = {}) {
  cdpErrors = [];
  const t0 = Date.now();
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 30_000 });
  const state = await waitForState(ext.worker, tabId, { timeout, final: FINAL });
  return { state, ms: Date.now() - t0 };
}

/** The page answers quickly (its main thread is not stuck in our work). */
async function responsive() {
  const t0 = Date.now();
  await Promise.race([
    mainWorld(tab, '1'),
    sleep(RESPONSIVE_MS * 5).then(() => {
      throw new Error('page unresponsive');
    }),
  ]);
  return Date.now() - t0;
}

/** After a hostile page, a normal article in the same tab is annotated as usual. */
async function recovers(label) {
  const { state } = await visit('/normal/');
  assert.equal(state?.status, 'ready', `${label}: next normal page is ${state?.status} ${state?.error ?? ''}`);
  assert.equal(state.title, 'A normal article after a hostile one');
  const snap = await probe(tab, snapshotInPage);
  for (const c of ['person', 'figure', 'sourcing'])
    assert.ok(snap.highlights[`sourcelight-${c}`] > 0, `${label}: next page has ${c} highlights`);
  assert.deepEqual(cdpErrors, [], `${label}: no uncaught errors from the extension on the normal page`);
}

async function workerErrors() {
  return ext.worker.evaluate(() => self.__slErrors.splice(0));
}

/**
 * The common checks: a final state in time, a responsive page, the rendered text unchanged, no uncaught
 * extension error, no fallback marks written into the DOM; then the next normal page recovers.
 */
async function hostile(path, { status, stableText = true, timeout } = {}) {
  const { state, ms } = await visit(path, { timeout });
  const label = path;
  assert.ok(FINAL.includes(state?.status), `${label}: final state within bound, got ${JSON.stringify(state)}`);
  if (status) assert.ok(status.includes(state.status), `${label}: status ${state.status} ${state.error ?? ''}`);
  const rt = await responsive();
  assert.ok(rt < RESPONSIVE_MS, `${label}: page answered in ${rt} ms`);
  const snap = await probe(tab, snapshotInPage);
  if (stableText) {
    const before = await mainWorld(tab, 'window.__before');
    assert.equal(snap.text, before, `${label}: rendered text unchanged`);
  }
  assert.equal(snap.marks, 0, `${label}: no elements written into the page`);
  assert.deepEqual(cdpErrors, [], `${label}: no uncaught errors from the extension`);
  console.log(
    `${label}: ${state.status} in ${ms} ms${state.error ? ` (${state.error})` : ''}; highlights ${JSON.stringify(snap.highlights)}`,
  );
  return { state, snap };
}

// ------------------------------------------------------------------------------------------------ tests

test('a normal page first (the baseline the others recover to)', async () => {
  await recovers('baseline');
  const card = await cardShowsOn('Maria Lopez');
  assert.equal(card?.display, 'block', `the card shows on a normal page: ${JSON.stringify(card)}`);
});

test('200,000 nodes: annotated within the bound, page responsive', async () => {
  const { state, snap } = await hostile('/h/huge-dom/', { status: ['ready'] });
  assert.ok(snap.highlights['sourcelight-person'] > 0);
  assert.ok(!/cell cell/.test(state.analysis.text.slice(0, 5000)), 'the grid outside the article is not article text');
  await recovers('huge-dom');
});

test('1,000-deep nesting: the article at the bottom is annotated', async () => {
  const { snap } = await hostile('/h/deep/', { status: ['ready'] });
  assert.ok(snap.highlights['sourcelight-person'] > 0);
  await recovers('deep');
});

test('article in shadow DOM (open, closed, declarative): no crash, text untouched', async () => {
  await hostile('/h/shadow/');
  await recovers('shadow');
});

test('article in iframes (same origin, srcdoc, another origin): no crash, framed text untouched', async () => {
  await hostile('/h/iframe/');
  for (const f of tab.frames().filter((f) => f !== tab.mainFrame())) {
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text
    const text = await f.evaluate(() => document.body?.innerText ?? '');
    assert.match(text, /President Maria Lopez said/, `frame ${f.url()} still shows its article`);
  }
  await recovers('iframe');
});

test('editors and form fields: never annotated, never written to', async () => {
  const before = await (async () => {
    await tab.goto(`${server.origin}/h/editor/`, { waitUntil: 'domcontentloaded' });
    return probe(tab, snapshotInPage);
  })();
  const { state, snap } = await hostile('/h/editor/', { status: ['ready'] });
  assert.ok(snap.highlights['sourcelight-person'] > 0, 'the article around them is annotated');
  for (const [id, p] of Object.entries(snap.probes)) {
    assert.equal(p.inside, 0, `${id}: no highlight inside`);
    assert.equal(p.html, before.probes[id].html, `${id}: innerHTML unchanged`);
    assert.equal(p.value, before.probes[id].value, `${id}: value unchanged`);
  }
  for (const t of ['12 people were hurt', '85 percent agreed', '40,000 people left', '300 troops', '37 deaths, an'])
    assert.ok(!state.analysis.text.includes(t), `editor text "${t}" is not analysed`);
  // typing in the editor afterwards stays the reader's own: no highlight appears inside it
  await tab.click('[data-probe="ce"]');
  await tab.keyboard.type(' Chancellor Olaf Scholz said 45 percent.');
  await sleep(1500);
  const typed = await probe(tab, snapshotInPage);
  assert.equal(typed.probes.ce.inside, 0, 'no highlight inside the editor after typing');
  assert.match(typed.probes.ce.html, /Olaf Scholz said 45 percent\.$/);
  await recovers('editor');
});

test('a whole article inside a contenteditable editor is not annotated', async () => {
  const { state, snap } = await hostile('/h/editor-root/');
  assert.equal(snap.probes.editor.inside, 0, 'no highlight inside the editor');
  assert.ok(!(state.analysis?.text ?? '').includes('Maria Lopez'), 'the draft is not analysed');
  await recovers('editor-root');
});

test('a page in design mode is not annotated', async () => {
  const { state, snap } = await hostile('/h/design-mode/');
  assert.deepEqual(snap.highlights, {}, 'no highlights in an editable document');
  assert.ok(!(state.analysis?.text ?? '').includes('Maria Lopez'));
  await recovers('design-mode');
});

test('SVG text in an article and a standalone SVG document', async () => {
  const { state } = await hostile('/h/svg/', { status: ['ready'] });
  assert.ok(!state.analysis.text.includes('12 people died'), 'SVG text is not article text');
  await visit('/h/svg-doc.svg');
  const rt = await responsive();
  assert.ok(rt < RESPONSIVE_MS);
  const st = await pageState(ext.worker, tabId);
  console.log(`/h/svg-doc.svg: ${st.status}`);
  assert.ok(FINAL.includes(st.status) || st.status === 'no-answer', `svg document: ${JSON.stringify(st)}`);
  assert.deepEqual(cdpErrors, []);
  await recovers('svg');
});

test('a page replacing its body every 100 ms: no hang, the page keeps its own content', async () => {
  await hostile('/h/churn/', { stableText: false });
  // the page's timer still runs at its pace and the page shows what it last rendered, untouched
  const t0 = await mainWorld(tab, 'window.__ticks');
  await sleep(2000);
  const t1 = await mainWorld(tab, 'window.__ticks');
  assert.ok(t1 - t0 >= 12, `page timer kept running (${t1 - t0} ticks in 2 s)`);
  const same = await mainWorld(
    tab,
    `(() => { const n = window.__ticks; const d = document.createElement('body'); d.innerHTML = window.__render(n); return document.body.innerHTML === d.innerHTML || window.__ticks !== n; })()`,
  );
  assert.equal(same, true, "the body is exactly the page's own markup");
  await recovers('churn');
});

test('a page changing its URL every 100 ms does not make the extension re-analyse 10 times a second', async () => {
  await hostile('/h/push-state/', { status: ['ready'] });
  const runs = () => mainWorld(tab, `performance.getEntriesByName('sourcelight:snapshot').length`);
  const r0 = await runs();
  await sleep(3000);
  const r1 = await runs();
  const pushes = await mainWorld(tab, 'window.__pushes');
  console.log(`/h/push-state/: ${r1 - r0} analysis rounds in 3 s over ${pushes} URL changes`);
  assert.ok(r1 - r0 <= 2, `at most a couple of analysis rounds while the URL churns, got ${r1 - r0}`);
  await recovers('push-state');
});

test('a page whose scripts throw everywhere', async () => {
  const { snap } = await hostile('/h/throws/', { status: ['ready'] });
  assert.ok(snap.highlights['sourcelight-person'] > 0);
  // the extension's listeners survive the page's throwing ones: hover still works
  await tab.mouse.move(200, 200);
  await tab.mouse.move(210, 240);
  await recovers('throws');
});

test("a strict CSP (default-src 'none'): annotated, nothing blocked that matters", async () => {
  const { snap } = await hostile('/h/csp/', { status: ['ready'] });
  assert.ok(snap.highlights['sourcelight-person'] > 0);
  const card = await cardShowsOn('Maria Lopez');
  assert.equal(card?.display, 'block', `the card shows under the CSP: ${JSON.stringify(card)}`);
  await recovers('csp');
});

test('page styles aimed at every element cannot hide or move the card', async () => {
  const { snap } = await hostile('/h/css/', { status: ['ready'] });
  assert.ok(snap.highlights['sourcelight-person'] > 0);
  const card = await cardShowsOn('Maria Lopez');
  assert.equal(card?.display, 'block', `the card shows: ${JSON.stringify(card)}`);
  const where = await probe(tab, () => {
    const host = [...document.documentElement.children].find((e) => e.localName.startsWith('sourcelight-card'));
    const cs = getComputedStyle(host);
    return { display: cs.display, position: cs.position, pointer: cs.pointerEvents, z: cs.zIndex };
  });
  assert.deepEqual(where, { display: 'block', position: 'fixed', pointer: 'none', z: '2147483647' });
  await recovers('css');
});

test('a page that replaces DOM and built-in prototypes in its own world', async () => {
  const { snap } = await hostile('/h/overrides/', { status: ['ready'] });
  assert.ok(snap.highlights['sourcelight-person'] > 0, 'annotated despite the overrides');
  assert.ok(snap.highlights['sourcelight-figure'] > 0);
  const card = await cardShowsOn('Maria Lopez');
  assert.equal(card?.display, 'block', `the card shows despite the overrides: ${JSON.stringify(card)}`);
  assert.equal(await mainWorld(tab, 'window.__shadowSpy ?? 0'), 0, "the page's attachShadow was never called");
  await recovers('overrides');
});

test('more text than one request may carry: a final state, highlights for what was analysed', async () => {
  await hostile('/h/huge-text/', { timeout: 60_000 });
  await recovers('huge-text');
});

test("a page defining the extension's element names cannot read or break the card", async () => {
  const { state } = await hostile('/h/custom-elements/', { status: ['ready'] });
  assert.ok(state.analysis.actors.length > 0);
  const card = await cardShowsOn('Maria Lopez');
  assert.equal(card?.display, 'block', `the card still shows: ${JSON.stringify(card)}`);
  const seen = await mainWorld(tab, 'JSON.stringify(window.__seen)');
  const html = await mainWorld(tab, 'document.documentElement.outerHTML');
  assert.ok(!/statements? in this article|· person|· figure/.test(html), 'card text not in the DOM the page can read');
  assert.ok(!/person|figure|statement/i.test(seen), `page's custom element saw nothing: ${seen}`);
  await recovers('custom-elements');
});

test('the service worker logged no errors over all pages', async () => {
  assert.deepEqual(await workerErrors(), []);
});
