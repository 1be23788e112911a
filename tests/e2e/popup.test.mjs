// The popup end to end in real Chromium, with the built extension: open popup.html?tabId=N for a corpus
// page and for the reference article, check that the speakers and claims it lists match the content
// script's analysis, that a category switch empties and restores the page's highlight, that a statement
// scrolls the page, zero axe-core violations (contrast included) in light and dark, and screenshots.
// Run `npx wxt build` first, then `node --test tests/e2e/popup.test.mjs`.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { oneLine, popupListDiffs, seedPage } from './checks.mjs';
import { corpusRoutes, highlightSizes, launch, openPopup, ROOT, serve, tabIdFor, waitForState } from './harness.mjs';

const ARTIFACTS = join(ROOT, 'artifacts');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** A corpus page with quoted speakers and hedged claims (any slug under corpus/pages works). */
const CORPUS_SLUG = process.env.POPUP_E2E_SLUG ?? 'postlight-theguardian_com';

/** Short notes, not an article (no paragraph is long enough for readability's test), with one quote in them. */
const NOTES_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council notes</title></head>
<body><h1>Council notes</h1><ul><li>Bridge: “We will open the bridge in May,” Mayor Jane Ortiz said.</li>
<li>Budget: vote moved to Tuesday.</li><li>Parks: no change.</li></ul></body></html>`;

let server;
let browser;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serve({ ...corpusRoutes(), '/seed/': { body: seedPage() }, '/notes/': { body: NOTES_PAGE } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Open an article, wait for the content script to finish, open the popup for its tab. */
async function openArticle(path, { colorScheme, viewport } = {}) {
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`${server.origin}${path}`);
  const tabId = await tabIdFor(browser.worker, page);
  assert.ok(tabId, 'tab id of the article');
  const state = await waitForState(browser.worker, tabId, { timeout: 30_000 });
  assert.equal(state?.status, 'ready', `content script state for ${path}: ${JSON.stringify(state)?.slice(0, 300)}`);
  const popup = await openPopup(browser.context, browser.extensionId, tabId, { colorScheme });
  await popup.getByRole('heading', { name: 'Who said what' }).waitFor({ timeout: 15_000 });
  return { page, popup, tabId, state };
}

/** The state as the popup page itself gets it: chrome.tabs.sendMessage from the extension page. */
const stateFromPopup = (popup, tabId) =>
  popup.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'sourcelight/get-state' }), tabId);

async function checkListsMatch(popup, tabId) {
  const state = await stateFromPopup(popup, tabId);
  assert.equal(state.status, 'ready');
  assert.deepEqual(await popupListDiffs(popup, state.analysis), []);
  return state.analysis;
}

async function axeViolations(popup) {
  await popup.evaluate(readFileSync(AXE, 'utf8'));
  return popup.evaluate(async () => {
    const r = await globalThis.axe.run(document);
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const noHorizontalScroll = (popup) =>
  popup.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('popup in Chromium', () => {
  test('reference article: lists match the analysis, switches, reveal, axe, screenshots', async () => {
    const { page, popup, tabId } = await openArticle('/seed/', { viewport: { width: 1000, height: 420 } });
    const analysis = await checkListsMatch(popup, tabId);
    assert.ok(analysis.attributions.length > 0, 'the reference article has attributed statements');
    assert.ok(await noHorizontalScroll(popup), 'no horizontal scrolling in the popup');
    assert.deepEqual(await axeViolations(popup), []);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-light.png') });
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-light-full.png'), fullPage: true });

    // a category switch empties the page's matching highlight, and switching it on restores it
    const name = 'sourcelight-person';
    const before = await highlightSizes(page);
    assert.ok(before[name] > 0, `person highlights drawn: ${JSON.stringify(before)}`);
    // the switches are folded under "Show on page": open it from the keyboard
    await popup.locator('summary', { hasText: 'Show on page' }).focus();
    await popup.keyboard.press('Enter');
    const people = popup.getByRole('switch', { name: /^People/ });
    await people.click();
    await waitUntil(async () => !(await highlightSizes(page))[name], 'person highlight emptied');
    await people.focus(); // and back on from the keyboard
    await popup.keyboard.press('Space');
    await waitUntil(async () => (await highlightSizes(page))[name] === before[name], 'person highlight restored');

    // a statement (the last in the article, keyboard-activated) scrolls the page to it
    await page.evaluate(() => window.scrollTo(0, 0));
    const last = [...analysis.attributions].sort((a, b) => b.content.start - a.content.start)[0];
    const button = popup.locator('.statement .reveal', { hasText: oneLine(last.content.text).slice(0, 30) }).first();
    await button.focus();
    await popup.keyboard.press('Enter');
    await waitUntil(async () => (await page.evaluate(() => window.scrollY)) > 0, 'page scrolled to the statement');
    // visible keyboard focus on the statement
    const outline = await button.evaluate((b) => getComputedStyle(b).outlineStyle);
    assert.notEqual(outline, 'none', 'focused statement shows a focus outline');
    // and a claim, by mouse
    await page.evaluate(() => window.scrollTo(0, 0));
    const lastClaim = [...analysis.claims].sort((a, b) => b.span.start - a.span.start)[0];
    if (lastClaim) {
      await popup
        .locator('.claim .reveal', { hasText: oneLine(lastClaim.span.text).slice(0, 30) })
        .first()
        .click();
      await waitUntil(async () => (await page.evaluate(() => window.scrollY)) > 0, 'page scrolled to the claim');
    }

    const dark = await openPopup(browser.context, browser.extensionId, tabId, { colorScheme: 'dark' });
    await dark.getByRole('heading', { name: 'Who said what' }).waitFor({ timeout: 15_000 });
    assert.deepEqual(await axeViolations(dark), []);
    await dark.screenshot({ path: join(ARTIFACTS, 'popup-dark.png') });
    await dark.screenshot({ path: join(ARTIFACTS, 'popup-dark-full.png'), fullPage: true });
    await Promise.all([page.close(), popup.close(), dark.close()]);
  });

  test(`corpus page ${CORPUS_SLUG}: lists match the analysis`, async () => {
    const { page, popup, tabId } = await openArticle(`/pages/${CORPUS_SLUG}/`);
    await popup.screenshot({ path: join(ARTIFACTS, `popup-${CORPUS_SLUG}.png`) });
    await checkListsMatch(popup, tabId);
    assert.ok(await noHorizontalScroll(popup), 'no horizontal scrolling in the popup');
    assert.deepEqual(await axeViolations(popup), []);
    await Promise.all([page.close(), popup.close()]);
  });

  test('not an article: "Annotate anyway" asks the page, then the popup polls until it is done', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/notes/`);
    const tabId = await tabIdFor(browser.worker, page);
    const state = await waitForState(browser.worker, tabId, { timeout: 30_000 });
    assert.equal(state?.status, 'not-article', JSON.stringify(state)?.slice(0, 300));
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await popup.getByRole('heading', { name: 'This doesn’t look like an article' }).waitFor({ timeout: 15_000 });
    assert.deepEqual(await axeViolations(popup), []);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-not-article-light.png') });
    await popup.getByRole('button', { name: 'Annotate anyway' }).click();
    await popup
      .getByRole('heading', { name: /^(Who said what|Nothing found)$/ })
      .first()
      .waitFor({ timeout: 20_000 });
    const after = await stateFromPopup(popup, tabId);
    assert.ok(['ready', 'empty'].includes(after.status), after.status);
    await Promise.all([page.close(), popup.close()]);
  });

  test('a page the content script cannot reach says so, never blank', async () => {
    const page = await browser.context.newPage();
    await page.goto('about:blank');
    const tabId = await tabIdFor(browser.worker, page);
    const popup = await openPopup(browser.context, browser.extensionId, tabId, { colorScheme: 'dark' });
    await popup
      .getByRole('heading', { name: /Reload the page|can’t read this page|isn’t running on this page/ })
      .waitFor({ timeout: 15_000 });
    assert.deepEqual(await axeViolations(popup), []);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-unreachable-dark.png') });

    // the colour scheme and reduced motion follow the reader's settings
    const look = () =>
      popup.evaluate(() => {
        const s = document.createElement('span');
        s.className = 'spinner';
        document.body.append(s);
        const out = { bg: getComputedStyle(document.body).backgroundColor, spin: getComputedStyle(s).animationName };
        s.remove();
        return out;
      });
    const dark = await look();
    await popup.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    const lightStill = await look();
    assert.notEqual(dark.bg, lightStill.bg, 'dark and light backgrounds differ');
    assert.equal(dark.spin, 'spin');
    assert.equal(lightStill.spin, 'none', 'no spinning under prefers-reduced-motion');
    await Promise.all([page.close(), popup.close()]);
  });
});

async function waitUntil(check, what, timeout = 10_000) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeout) {
    if (await check()) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.fail(`timed out: ${what}`);
}
