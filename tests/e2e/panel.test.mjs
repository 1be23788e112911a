// Readable at a glance, end to end in real Chromium with the built extension: the popup answers first (the
// sourcing scorecard, then the claims heading inside the first 600 px, counts as links that filter), previous /
// next claim scrolls the page, the toolbar badge shows the claims count (and goes with the setting and with
// navigation), the side panel shows the same lists and follows a tab switch, the keyboard commands, "Who said
// this?" on a selected sentence, and the printable report. axe-core finds nothing on popup, panel or report.
// Run `npm run build` first, then `node --test tests/e2e/panel.test.mjs`.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { popupListDiffs, seedPage } from './checks.mjs';
import { corpusRoutes, launch, openPopup, serve, tabIdFor, until, waitForState } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Screenshots to look at, outside the repository. */
const SHOTS = process.env.PANEL_SHOTS ?? join(tmpdir(), 'sourcelight-panel-shots');
/** Corpus pages with claims and anonymous sources (any slug under corpus/pages works). */
const PAGES = ['postlight-theguardian_com', 'postlight-reuters_com'];
const POPUP_HEIGHT = 600;

let server;
let browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serve({ ...corpusRoutes(), '/seed/': { body: seedPage() } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openArticle(path) {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`);
  const tabId = await tabIdFor(browser.worker, page);
  const state = await waitForState(browser.worker, tabId, { timeout: 40_000 });
  assert.equal(state?.status, 'ready', `${path}: ${JSON.stringify(state)?.slice(0, 200)}`);
  return { page, tabId, analysis: state.analysis };
}

async function axeViolations(p) {
  await p.evaluate(readFileSync(AXE, 'utf8'));
  return p.evaluate(async () => {
    const r = await globalThis.axe.run(document);
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const top = (locator) => locator.evaluate((e) => Math.round(e.getBoundingClientRect().top + window.scrollY));
const badge = (tabId) => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const expectedBadge = (analysis) => (analysis.claims.length ? String(analysis.claims.length) : '');
const scrollY = (page) => page.evaluate(() => Math.round(window.scrollY));

describe('readable at a glance, in Chromium', () => {
  for (const slug of PAGES) {
    test(`${slug}: scorecard first, claims inside ${POPUP_HEIGHT} px, counts as links, badge`, async () => {
      const { page, tabId, analysis } = await openArticle(`/pages/${slug}/`);
      const popup = await openPopup(browser.context, browser.extensionId, tabId);
      const claimsHeading = popup.getByRole('heading', { name: 'Unconfirmed claims' });
      await claimsHeading.waitFor({ timeout: 15_000 });
      const score = popup.getByRole('heading', { name: /^Sourcing: / });
      const who = popup.getByRole('heading', { name: 'Who said what' });
      const [ys, yc, yw] = [await top(score), await top(claimsHeading), await top(who)];
      assert.ok(ys < yc && yc < yw, `order scorecard ${ys} < claims ${yc} < who ${yw}`);
      assert.ok(yc < POPUP_HEIGHT, `claims heading at ${yc} px`);
      console.log(`# ${slug}: claims heading at ${yc} px`);
      assert.deepEqual(await popupListDiffs(popup, analysis), []);
      assert.deepEqual(await axeViolations(popup), []);
      await popup.screenshot({ path: join(SHOTS, `popup-${slug}.png`) });

      // the counts are links: statements from unnamed sources filter the list and move focus to it
      const unnamed = analysis.attributions.filter((a) => a.anonymous).length;
      // (from the keyboard: focus the link, Enter)
      await popup.getByRole('link', { name: `${unnamed} from unnamed sources` }).focus();
      await popup.keyboard.press('Enter');
      assert.equal(await popup.evaluate(() => document.activeElement?.id), 'who-heading');
      const shown = await popup.locator('.statement').count();
      assert.equal(shown <= unnamed, true, `${shown} statements shown for ${unnamed} from unnamed sources`);
      await popup.getByRole('button', { name: 'Show all' }).focus();
      await popup.keyboard.press('Enter');
      assert.ok((await popup.locator('.statement').count()) > shown || unnamed === analysis.attributions.length);
      await popup.getByRole('link', { name: /unconfirmed claims?$/ }).focus();
      await popup.keyboard.press('Enter');
      assert.equal(await popup.evaluate(() => document.activeElement?.id), 'claims-heading');

      // the toolbar badge: the claims count, gone with the setting, back with it
      await until(async () => (await badge(tabId)) === expectedBadge(analysis));
      assert.equal(await badge(tabId), expectedBadge(analysis), 'badge: the claims count');
      await popup.locator('summary', { hasText: 'Show on page' }).click();
      const sw = popup.getByRole('switch', { name: 'Claims count on the toolbar button' });
      await sw.click();
      await until(async () => (await badge(tabId)) === '', 5000);
      assert.equal(await badge(tabId), '', 'badge off with the setting');
      await sw.click();
      await until(async () => (await badge(tabId)) === expectedBadge(analysis), 5000);
      assert.equal(await badge(tabId), expectedBadge(analysis), 'badge back');
      await Promise.all([page.close(), popup.close()]);
    });
  }

  test('previous / next claim: buttons, keys and commands scroll the page to each claim', async () => {
    const { page, tabId, analysis } = await openArticle(`/pages/${PAGES[0]}/`);
    assert.ok(analysis.claims.length >= 2, 'a page with two claims or more');
    // no smooth scrolling, so each position is final when read
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await popup.getByRole('button', { name: 'Next claim' }).waitFor({ timeout: 15_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const n = analysis.claims.length;
    await popup.getByRole('button', { name: 'Next claim' }).click();
    await popup.getByText(`1 of ${n}`).waitFor();
    const y1 = await until(async () => (await scrollY(page)) || 0);
    assert.ok(y1 > 0, 'the page scrolled to the first claim');
    await popup.keyboard.press('j'); // the popup's key
    await popup.getByText(`2 of ${n}`).waitFor();
    await until(async () => (await scrollY(page)) !== y1);
    const y2 = await scrollY(page);
    assert.ok(y2 >= y1, `the second claim is further down (${y1} -> ${y2})`);
    await popup.keyboard.press('k');
    await popup.getByText(`1 of ${n}`).waitFor();
    // the command keys (Alt+Shift+N / P) as the background receives them
    const step = (command) =>
      browser.worker.evaluate(([c, id]) => globalThis.sourcelightReaderActions.onCommand(c, { id }), [command, tabId]);
    await step('next-claim');
    await until(async () => (await scrollY(page)) !== y1);
    assert.equal(await scrollY(page), y2, 'next-claim command goes on to the second claim');
    await step('prev-claim');
    await until(async () => (await scrollY(page)) === y1);
    assert.equal(await scrollY(page), y1, 'prev-claim command back to the first');
    // toggle-highlights pauses and resumes every page
    await browser.worker.evaluate(() => globalThis.sourcelightReaderActions.onCommand('toggle-highlights'));
    assert.equal((await waitForState(browser.worker, tabId, { final: ['paused'] }))?.status, 'paused');
    await browser.worker.evaluate(() => globalThis.sourcelightReaderActions.onCommand('toggle-highlights'));
    assert.equal((await waitForState(browser.worker, tabId, { final: ['ready'] }))?.status, 'ready');
    await Promise.all([page.close(), popup.close()]);
  });

  test('side panel: the same lists as the popup, following the active tab', async () => {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.side_panel?.default_path, 'sidepanel.html');
    assert.ok(manifest.permissions.includes('sidePanel'));
    const a = await openArticle(`/pages/${PAGES[0]}/`);
    const b = await openArticle('/seed/');
    await a.page.bringToFront();
    const windowId = await browser.worker.evaluate((id) => chrome.tabs.get(id).then((t) => t.windowId), a.tabId);
    // the panel page in a window of its own, following the articles' window (the real panel follows its own)
    const opened = browser.context.waitForEvent('page');
    await browser.worker.evaluate(
      (w) => chrome.windows.create({ url: `sidepanel.html?windowId=${w}`, type: 'popup', width: 420, height: 900 }),
      windowId,
    );
    const panel = await opened;
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.getByRole('heading', { name: 'Who said what' }).waitFor({ timeout: 15_000 });
    assert.deepEqual(await popupListDiffs(panel, a.analysis), []);
    assert.deepEqual(await axeViolations(panel), []);
    await panel.screenshot({ path: join(SHOTS, 'panel.png') });

    // another tab comes to the front: the panel follows
    await b.page.bringToFront();
    const title = await b.page.evaluate(() => document.querySelector('h1')?.textContent?.trim());
    await panel.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 10_000 });
    assert.deepEqual(await popupListDiffs(panel, b.analysis), []);
    // and a page reloaded there: the panel shows it again once its analysis is done
    await b.page.reload();
    await panel.getByRole('heading', { name: 'Who said what' }).waitFor({ timeout: 20_000 });
    await panel.screenshot({ path: join(SHOTS, 'panel-followed.png') });
    await Promise.all([a.page.close(), b.page.close(), panel.close()]);
  });

  test('"Who said this?" on a selected sentence shows its statement and speaker; elsewhere, says none', async () => {
    const { page, tabId, analysis } = await openArticle('/seed/');
    const statement = analysis.attributions.find((s) => !s.anonymous && s.content.text.length > 20);
    assert.ok(statement);
    // select the statement's text in the page, as a reader would
    const selected = await page.evaluate(
      (needle) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.data.indexOf(needle);
          if (at < 0) continue;
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + needle.length);
          getSelection().removeAllRanges();
          getSelection().addRange(r);
          return getSelection().toString();
        }
        return '';
      },
      statement.content.text.slice(0, 40),
    );
    assert.ok(selected, 'the statement is in one text node of the page');
    const click = (text) =>
      browser.worker.evaluate(
        ([t, id]) =>
          globalThis.sourcelightReaderActions.onMenu({ menuItemId: 'sourcelight-who-said', selectionText: t }, { id }),
        [text, tabId],
      );
    const reply = await click(selected);
    assert.equal(reply.found, true);
    assert.ok(
      reply.lines.some((l) => l.who.startsWith(statement.speaker)),
      `speaker ${statement.speaker} in ${JSON.stringify(reply.lines)}`,
    );
    const card = page.locator('sourcelight-statement');
    assert.equal(await card.count(), 1, 'the card is on the page');
    await page.screenshot({ path: join(SHOTS, 'who-said-this.png') });
    await page.keyboard.press('Escape');
    assert.equal(await card.count(), 0, 'Escape closes it');
    const none = await click('White House holds direct talks with Hamas');
    assert.deepEqual(none, { found: false, lines: [] });
    assert.equal(await card.count(), 1, 'a card saying there is no statement here');
    await page.close();
  });

  test('the printable report: scorecard, claims, who said what and the key, for screen and print', async () => {
    const { page, tabId, analysis } = await openArticle(`/pages/${PAGES[1]}/`);
    const report = await browser.context.newPage();
    await report.goto(`chrome-extension://${browser.extensionId}/report.html?tabId=${tabId}`);
    await report.getByRole('heading', { name: 'Key to the colours on the page' }).waitFor({ timeout: 15_000 });
    await report.getByRole('heading', { name: 'Who said what' }).waitFor({ timeout: 15_000 });
    assert.equal(await report.locator('.report-claims > li').count(), analysis.claims.length);
    assert.equal(await report.locator('.statement').count(), analysis.attributions.length);
    assert.equal(await report.locator('.key-row').count(), 6);
    assert.deepEqual(await axeViolations(report), []);
    await report.screenshot({ path: join(SHOTS, 'report.png'), fullPage: true });
    await report.emulateMedia({ media: 'print' });
    assert.equal(await report.getByRole('button', { name: 'Print or save as PDF' }).isVisible(), false);
    // the popup links to it
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    const href = await popup.getByRole('link', { name: 'Printable report' }).getAttribute('href');
    assert.equal(href, `chrome-extension://${browser.extensionId}/report.html?tabId=${tabId}`);
    await Promise.all([page.close(), report.close(), popup.close()]);
  });

  test('the badge goes when the tab navigates', async () => {
    const { page, tabId, analysis } = await openArticle('/seed/');
    assert.ok(analysis.claims.length > 0);
    await until(async () => (await badge(tabId)) === expectedBadge(analysis));
    assert.equal(await badge(tabId), expectedBadge(analysis));
    await page.goto('about:blank');
    await until(async () => (await badge(tabId)) === '');
    assert.equal(await badge(tabId), '');
    await page.close();
  });
});
