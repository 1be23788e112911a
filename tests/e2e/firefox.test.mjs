// End-to-end in Firefox: the Firefox build (.output/firefox-mv3) installed as a temporary add-on in headless
// Firefox (./firefox-harness.mjs), with the checks the Chromium suite makes wherever Firefox allows: every
// corpus page annotated with its rendered text unchanged, every category drawn, pause and toggles live; the
// popup's lists equal to the page's analysis, its switches and scroll-to-statement; the per-site switch; the
// hover card; hostile pages; the worker pool on a long page; and no request from the extension.
// Run after `npm run build`:  node --test tests/e2e/firefox.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  checkCorpusPage,
  corpusTable,
  MIN_COVERAGE,
  MIN_PAGES_COVERED,
  oneLine,
  popupListDiffs,
  seedPage,
  until,
  writeSettings,
} from './checks.mjs';
import { goto, launchFirefox, openExtensionPage, openPopup, tabIdFor } from './firefox-harness.mjs';
import {
  assemblePage,
  corpusRoutes,
  corpusSlugs,
  highlightSizes,
  pageState,
  serve,
  sleep,
  waitForState,
} from './harness.mjs';
import { cardHost, hostileRoutes, rectOf, snapshotInPage } from './hostile-pages.mjs';
import { singleThread, stripEngine } from './reference.mjs';

const FINAL = ['ready', 'empty', 'not-article', 'error', 'paused'];

let server;
let ext;

before(async () => {
  const long = assemblePage(50_000, 'Stress: every story of the season');
  server = await serve({
    ...corpusRoutes(),
    ...hostileRoutes(),
    '/seed/': { body: seedPage() },
    '/long/': { body: long.html },
  });
  // a permission the popup asks for is granted without the prompt a reader would answer
  ext = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  console.log(`Firefox ${ext.version}`);
});

after(async () => {
  await ext?.close();
  await server?.close();
});

/** A new tab that records the page's rendered text when it is parsed (before the content script runs). */
async function newTab() {
  const page = await ext.browser.newPage();
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('DOMContentLoaded', () => {
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what must not change
      window.__before = document.body ? document.body.innerText : '';
    });
  });
  return page;
}

/** Load `path` in `page`; its tab id and the content script's final state. */
async function visit(page, path, { timeout = 30_000 } = {}) {
  const url = `${server.origin}${path}`;
  await goto(page, url);
  const tabId = await tabIdFor(ext, url);
  const state = await waitForState(ext.control, tabId, { timeout, final: FINAL });
  return { tabId, state };
}

/** Hover the first occurrence of `word` until the card shows; its host as the page sees it. */
async function cardShowsOn(page, word) {
  await page.evaluate((word) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (n.data.includes(word)) return n.parentElement.scrollIntoView({ block: 'center' });
  }, word);
  await sleep(200); // scrolling hides the card: let it settle
  const at = await page.evaluate(rectOf, word);
  assert.ok(at, `"${word}" is on the page`);
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.mouse.move(at.x - 30, at.y - 30);
    await page.mouse.move(at.x, at.y, { steps: 3 });
    const host = await until(async () => {
      const h = await page.evaluate(cardHost);
      return h?.display === 'block' && h.h > 20 ? h : null;
    }, 500);
    if (host) return host;
  }
  return page.evaluate(cardHost);
}

test('every corpus page: annotated, body found, categories drawn, text untouched, pause and toggles live', async () => {
  const page = await newTab();
  const rows = [];
  const failures = [];
  let covered = 0;
  let withExpected = 0;
  for (const [i, slug] of corpusSlugs().entries()) {
    const row = { slug };
    rows.push(row);
    try {
      const { tabId, state } = await visit(page, `/pages/${slug}/`);
      row.status = state?.status;
      if (state?.status !== 'ready' && state?.status !== 'empty') {
        failures.push(`${slug}: status ${state?.status} ${state?.error ?? ''}`);
        continue;
      }
      failures.push(...(await checkCorpusPage({ page, ext: ext.control, tabId, slug, i, state, row })));
      if (row.coverage !== undefined) {
        withExpected++;
        if (row.coverage >= MIN_COVERAGE * 100) covered++;
      }
    } catch (e) {
      failures.push(`${slug}: ${e.message}`);
    }
  }
  await page.close();
  console.log(corpusTable(rows));
  console.log(`coverage >= ${MIN_COVERAGE * 100}% on ${covered}/${withExpected} pages with a human extraction`);
  assert.deepEqual(failures, []);
  assert.ok(covered >= MIN_PAGES_COVERED * withExpected, `coverage on ${covered}/${withExpected} pages`);
});

describe('popup and page', () => {
  let page;
  let tabId;
  let analysis;
  let popup;
  let proxiedBefore;

  before(async () => {
    proxiedBefore = ext.proxied.length;
    page = await newTab();
    const visited = await visit(page, '/seed/');
    tabId = visited.tabId;
    assert.equal(visited.state?.status, 'ready');
    analysis = visited.state.analysis;
    popup = await openPopup(ext, tabId);
    await until(() => popup.evaluate(() => !!document.querySelector('.speaker')), 15_000);
  });

  after(async () => {
    await popup?.close();
    await page?.close();
  });

  test('the popup lists what the page found', async () => {
    assert.ok(analysis.attributions.length > 0, 'the reference article has attributed statements');
    assert.deepEqual(await popupListDiffs(popup, analysis), []);
  });

  test('the popup answers first: the scorecard, then the claims inside 600 px; counts are links', async () => {
    const at = await popup.evaluate(() => {
      const y = (id) => Math.round(document.getElementById(id).getBoundingClientRect().top + window.scrollY);
      return { score: y('score-heading'), claims: y('claims-heading'), who: y('who-heading'), h: innerHeight };
    });
    assert.ok(at.score < at.claims && at.claims < at.who, JSON.stringify(at));
    assert.ok(at.claims < 600, `claims heading at ${at.claims} px`);
    console.log(`# Firefox popup: claims heading at ${at.claims} px`);
    const links = await popup.evaluate(() => [...document.querySelectorAll('.score-link')].map((a) => a.textContent));
    const unnamed = analysis.attributions.filter((a) => a.anonymous).length;
    assert.equal(links[0], `${analysis.claims.length} unconfirmed claims`);
    assert.ok(links.includes(`${unnamed} from unnamed sources`), JSON.stringify(links));
  });

  test('the toolbar badge shows the claims count on the tab', async () => {
    const badge = () => ext.control.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);
    const expected = analysis.claims.length ? String(analysis.claims.length) : '';
    assert.ok(await until(async () => (await badge()) === expected), `badge ${await badge()}, expected ${expected}`);
  });

  test('"Who said this?" answers for a sentence of the page (the menu item sends this)', async () => {
    const statement = analysis.attributions.find((a) => !a.anonymous && a.content.text.length > 20);
    const reply = await ext.control.evaluate(
      (id, text) => browser.tabs.sendMessage(id, { type: 'sourcelight/who-said', text }),
      tabId,
      statement.content.text,
    );
    assert.equal(reply.found, true, `${statement.content.text}: ${JSON.stringify(reply)}`);
    assert.ok(
      reply.lines.some((l) => l.who.startsWith(statement.speaker)),
      JSON.stringify(reply.lines),
    );
    const manifest = await ext.control.evaluate(() => browser.runtime.getManifest());
    assert.match(manifest.sidebar_action?.default_panel ?? '', /sidepanel\.html$/);
    assert.ok(manifest.permissions.includes('menus'));
  });

  test('the side panel page shows the same lists', async () => {
    const panel = await openExtensionPage(ext.browser, `moz-extension://${ext.uuid}/sidepanel.html?tabId=${tabId}`, {
      window: true,
    });
    await until(() => panel.evaluate(() => !!document.querySelector('.speaker')), 15_000);
    assert.deepEqual(await popupListDiffs(panel, analysis), []);
    await panel.close();
  });

  test("a category switch in the popup empties the page's highlight and restores it", async () => {
    const name = 'sourcelight-person';
    // the switches are folded under "Show on page"
    await popup.evaluate(() => {
      document.querySelector('details.show-on-page').open = true;
    });
    const before = await highlightSizes(page);
    assert.ok(before[name] > 0, `person highlights drawn: ${JSON.stringify(before)}`);
    const sw = await popup.evaluateHandle(() =>
      [...document.querySelectorAll('input[role="switch"]')].find((e) =>
        /^People/.test(e.closest('label').textContent),
      ),
    );
    assert.ok(await sw.evaluate((e) => e?.checked === true), 'the People switch, on');
    await sw.click();
    assert.ok(await until(async () => !(await highlightSizes(page))[name]), 'person highlight emptied');
    await sw.click();
    assert.ok(
      await until(async () => (await highlightSizes(page))[name] === before[name]),
      'person highlight restored',
    );
  });

  test('a statement in the popup scrolls the page to it', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const last = [...analysis.attributions].sort((a, b) => b.content.start - a.content.start)[0];
    const head = oneLine(last.content.text).slice(0, 30);
    const clicked = await popup.evaluate((head) => {
      const b = [...document.querySelectorAll('.statement .reveal')].find((e) => e.textContent.includes(head));
      b?.click();
      return !!b;
    }, head);
    assert.ok(clicked, `a statement button for "${head}"`);
    assert.ok(await until(async () => (await page.evaluate(() => window.scrollY)) > 0), 'page scrolled');
    assert.equal(await page.evaluate(() => CSS.highlights.has('sourcelight-focus')), true);
  });

  test('hovering a highlighted name shows the card', async () => {
    await page.bringToFront();
    const card = await cardShowsOn(page, 'Hamas');
    assert.equal(card?.display, 'block', `card: ${JSON.stringify(card)}`);
  });

  test('the per-site switch and the global pause remove every highlight; switching back redraws', async () => {
    const before = await highlightSizes(page);
    await writeSettings(ext.control, { disabledSites: ['127.0.0.1'] });
    assert.ok(await until(async () => Object.keys(await highlightSizes(page)).length === 0), 'site off');
    assert.equal((await pageState(ext.control, tabId)).status, 'paused');
    await writeSettings(ext.control, { disabledSites: [] });
    assert.ok(
      await until(async () => (await highlightSizes(page))['sourcelight-person'] === before['sourcelight-person']),
    );
    await writeSettings(ext.control, { paused: true });
    assert.ok(await until(async () => Object.keys(await highlightSizes(page)).length === 0), 'paused');
    await writeSettings(ext.control, { paused: false });
    assert.ok(await until(async () => Object.keys(await highlightSizes(page)).length > 0), 'resumed');
  });

  test('nothing left the machine while a page was annotated and its popup used', async () => {
    const sent = ext.proxied.slice(proxiedBefore);
    assert.deepEqual(sent, []);
    // and the recording works: a request the page makes to another host is seen
    await page.evaluate(() => fetch('http://recording-check.invalid/').catch(() => null));
    assert.ok(await until(() => ext.proxied.slice(proxiedBefore).some((l) => l.includes('recording-check.invalid'))));
  });
});

describe('hostile pages (a subset of tests/e2e/hostile.test.mjs)', () => {
  let tab;
  before(async () => {
    tab = await newTab();
  });
  after(() => tab?.close());

  /** A final state, the rendered text as parsed, no element written into the page, then a normal page works. */
  async function hostile(path, { status } = {}) {
    const { state } = await visit(tab, path);
    assert.ok(FINAL.includes(state?.status), `${path}: final state, got ${JSON.stringify(state)?.slice(0, 200)}`);
    if (status) assert.ok(status.includes(state.status), `${path}: status ${state.status} ${state.error ?? ''}`);
    const snap = await tab.evaluate(snapshotInPage);
    assert.equal(snap.text, await tab.evaluate(() => window.__before), `${path}: rendered text unchanged`);
    assert.equal(snap.marks, 0, `${path}: no elements written into the page`);
    const next = await visit(tab, '/normal/');
    assert.equal(next.state?.status, 'ready', `after ${path}: the next normal page is annotated`);
    const after = await tab.evaluate(snapshotInPage);
    for (const c of ['person', 'figure', 'sourcing'])
      assert.ok(after.highlights[`sourcelight-${c}`] > 0, `after ${path}: ${c} highlights`);
    return { state, snap };
  }

  test('200,000 nodes', async () => {
    const { snap } = await hostile('/h/huge-dom/', { status: ['ready'] });
    assert.ok(snap.highlights['sourcelight-person'] > 0);
  });
  test('1,000-deep nesting', async () => {
    const { snap } = await hostile('/h/deep/', { status: ['ready'] });
    assert.ok(snap.highlights['sourcelight-person'] > 0);
  });
  test('article in shadow DOM', () => hostile('/h/shadow/'));
  test('editors and form fields are neither annotated nor written to', async () => {
    await goto(tab, `${server.origin}/h/editor/`);
    const before = await tab.evaluate(snapshotInPage);
    const { snap } = await hostile('/h/editor/', { status: ['ready'] });
    assert.ok(snap.highlights['sourcelight-person'] > 0, 'the article around them is annotated');
    for (const [id, p] of Object.entries(snap.probes)) {
      assert.equal(p.inside, 0, `${id}: no highlight inside`);
      assert.equal(p.html, before.probes[id].html, `${id}: innerHTML unchanged`);
      assert.equal(p.value, before.probes[id].value, `${id}: value unchanged`);
    }
  });
  test("a strict CSP (default-src 'none'): annotated, the card shows", async () => {
    await hostile('/h/csp/', { status: ['ready'] });
    await visit(tab, '/h/csp/');
    assert.equal((await cardShowsOn(tab, 'Maria Lopez'))?.display, 'block');
  });
  test('page styles aimed at every element cannot hide the card', async () => {
    await visit(tab, '/h/css/');
    assert.equal((await cardShowsOn(tab, 'Maria Lopez'))?.display, 'block');
    await hostile('/h/css/', { status: ['ready'] });
  });
  test("a page defining the extension's element names cannot read the card", async () => {
    const { state } = await hostile('/h/custom-elements/', { status: ['ready'] });
    assert.ok(state.analysis.actors.length > 0);
  });
});

test('a ~50,000-word page: one thread while the pool starts, then the background page’s worker pool, both equal to analyze()', async () => {
  const load = async (suffix) => {
    const page = await ext.browser.newPage();
    try {
      const { state } = await visit(page, `/long/${suffix}`, { timeout: 120_000 });
      assert.equal(state?.status, 'ready', JSON.stringify(state?.error ?? state?.status));
      return state.analysis;
    } finally {
      await page.close();
    }
  };
  const first = await load('?first');
  const reference = singleThread(first.text);
  assert.deepEqual(stripEngine(first), reference);
  if (first.engine?.kind === 'single') assert.match(first.engine.fallback ?? '', /still starting/);
  let a;
  for (let attempt = 1; attempt <= 4; attempt++) {
    await sleep(2_000);
    a = await load(`?again-${attempt}`);
    if (a.engine?.kind === 'parallel') break;
  }
  console.log(`Firefox engine: ${JSON.stringify(a.engine)}`);
  assert.equal(a.engine?.kind, 'parallel', `engine: ${JSON.stringify(a.engine)}`);
  assert.equal(a.engine.host, 'background');
  assert.ok(a.engine.workers >= 2 && a.engine.chunks >= 2, JSON.stringify(a.engine));
  assert.deepEqual(stripEngine(a), reference);
});

describe('the reader withheld "access your data for all websites"', () => {
  test('the content script does not run; the popup says what is missing and one click annotates the page', async () => {
    const ALL = ['http://*/*', 'https://*/*'];
    assert.equal(await ext.control.evaluate((o) => chrome.permissions.remove({ origins: o }), ALL), true);
    try {
      // the tab's address is hidden now: find the tab as the one that was not there before
      const ids = () => ext.control.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
      const before = await ids();
      const page = await newTab();
      const tabId = (await ids()).find((id) => !before.includes(id));
      await goto(page, `${server.origin}/seed/?limited`);
      await sleep(1_500);
      assert.equal((await pageState(ext.control, tabId)).status, 'no-answer', 'no content script');
      assert.deepEqual(await highlightSizes(page), {});
      const popup = await openPopup(ext, tabId);
      const allow = await popup.waitForSelector('::-p-text(Allow on all sites)', { timeout: 15_000 });
      const heading = await popup.evaluate(() => document.querySelector('h2')?.textContent);
      assert.equal(heading, 'Sourcelight may not read this site');
      const buttons = await popup.evaluate(() => [...document.querySelectorAll('button')].map((b) => b.textContent));
      assert.ok(!buttons.includes('Reload the page'), `no reload button: ${buttons}`);
      await allow.click();
      assert.ok(await until(async () => (await highlightSizes(page))['sourcelight-person'] > 0, 15_000), 'highlights');
      await popup.waitForSelector('::-p-text(Who said what)', { timeout: 15_000 });
      const state = await pageState(ext.control, tabId);
      assert.equal(state.status, 'ready');
      assert.deepEqual(await popupListDiffs(popup, state.analysis), []);
      // running the script again (popup and background may both try) starts no second copy
      await ext.control.evaluate(
        (id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] }),
        tabId,
      );
      await sleep(500);
      assert.equal(await page.evaluate(() => performance.getEntriesByName('sourcelight:start').length), 1);
      await popup.close();
      await page.close();
    } finally {
      await ext.control.evaluate((o) => chrome.permissions.request({ origins: o }), ALL).catch(() => false);
    }
  });
});
