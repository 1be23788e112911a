// Checks shared by the Chromium and Firefox end-to-end suites: what a corpus page must show, what the popup
// must list, and the settings writes that drive them. Browser-neutral: every function takes a page (Playwright
// or Puppeteer; both `evaluate(fn, arg)`) and, where the extension's APIs are needed, an extension context
// that can evaluate (Chromium's service worker, an extension page in Firefox; `chrome.*` works in both).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { CORPUS_PAGES, highlightSizes, pageState, SHARED, sleep, until } from './harness.mjs';
import { coverage, outside } from './text-overlap.mjs';

export { until };

export const CATEGORIES = ['person', 'organization', 'place', 'figure', 'sourcing', 'claim'];
/** Coverage: share of the human-extracted body's words found in the annotated text. */
export const MIN_COVERAGE = 0.9;
export const MIN_PAGES_COVERED = 0.9;
/** Precision: share of the annotated text's words outside the human-extracted body (teasers, captions). */
export const MAX_OUTSIDE = 0.1;
export const MIN_PAGES_CLEAN = 0.9;

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The human extraction of a corpus page's body, when there is one. */
export function expectedText(slug) {
  const dir = join(CORPUS_PAGES, slug);
  if (existsSync(join(dir, 'expected-text.txt'))) return readFileSync(join(dir, 'expected-text.txt'), 'utf8');
  if (existsSync(join(dir, 'expected.html')))
    return parseHTML(readFileSync(join(dir, 'expected.html'), 'utf8')).document.documentElement.textContent ?? '';
  return null;
}

/** The reference article wrapped in a minimal article page, built at test time (never copied into the repo). */
export function seedPage() {
  const lines = readFileSync(join(SHARED, 'corpus', 'dev', 'seed-white-house-hamas', 'article.txt'), 'utf8')
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const title = 'White House holds direct talks with Hamas over hostages';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><article><h1>${title}</h1>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}</article></main></body></html>`;
}

/** Change the stored settings as the popup would (the content script follows storage). */
export async function writeSettings(ext, change) {
  await ext.evaluate(
    async ({ change, cats }) => {
      const cur = (await chrome.storage.local.get('settings')).settings ?? {
        categories: Object.fromEntries(cats.map((c) => [c, true])),
        paused: false,
        disabledSites: [],
      };
      const next = { ...cur, ...change, categories: { ...cur.categories, ...(change.categories ?? {}) } };
      await chrome.storage.local.set({ settings: next });
    },
    { change, cats: CATEGORIES },
  );
}

// biome-ignore lint/performance/useDomNodeTextContent: innerText is the point: the text as rendered
export const bodyText = (page) => page.evaluate(() => document.body.innerText);

/**
 * The rendered text once the page's own scripts have stopped changing it: saved pages still run their
 * inline scripts (latimes.com adds an ad-block probe "&nbsp;" to the body and removes it 200 ms later), and
 * a page's own change must not be taken for ours. Read until two reads 300 ms apart agree (at most ~3 s).
 */
export async function settledBodyText(page) {
  let text = await bodyText(page);
  for (let i = 0; i < 10; i++) {
    await sleep(300);
    const again = await bodyText(page);
    if (again === text) return text;
    text = again;
  }
  return text;
}

export const sameSizes = (a, b) => {
  const keep = (o) =>
    JSON.stringify(
      Object.entries(o)
        .filter(([k]) => k !== 'sourcelight-focus')
        .sort(),
    );
  return keep(a) === keep(b);
};

/** How many of each category the analysis found (mentions for actors). */
export function categoryCounts(analysis) {
  const counts = {
    person: 0,
    organization: 0,
    place: 0,
    figure: analysis.figures.length,
    sourcing: analysis.sourcing.length,
    claim: analysis.claims.length,
  };
  for (const a of analysis.actors) if (a.kind !== 'group') counts[a.kind] += a.mentions.length;
  return counts;
}

/**
 * One corpus page once its content script reported `state`: the body found, every category found drawn, the
 * rendered text the same with highlights, after a global pause removed them and after they came back, and the
 * `i`-th present category toggled off and on. Fills `row` with figures; returns the failures.
 */
export async function checkCorpusPage({ page, ext, tabId, slug, i, state, row }) {
  const failures = [];
  const analysis = state.analysis ?? { text: '', actors: [], figures: [], sourcing: [], attributions: [], claims: [] };
  row.chars = analysis.text.length;
  const exp = expectedText(slug);
  if (exp) {
    row.coverage = Math.round(coverage(exp, analysis.text) * 1000) / 10;
    row.outside = Math.round(outside(exp, analysis.text) * 1000) / 10;
  }
  const counts = categoryCounts(analysis);
  row.counts = counts;
  // every mark, not the quiet default (which leaves one-off names and loose figures to "all marks"): this
  // checks that whatever is found can be drawn; tests/e2e/readability.test.mjs checks the quiet selection
  await writeSettings(ext, { density: 'all' });
  const sizes = await until(async () => {
    const s = await highlightSizes(page);
    return CATEGORIES.every((c) => counts[c] === 0 || (s[`sourcelight-${c}`] ?? 0) > 0) ? s : null;
  }, 3000);
  if (!sizes) {
    failures.push(
      `${slug}: a category found but not drawn: ${JSON.stringify(await highlightSizes(page))} vs ${JSON.stringify(counts)}`,
    );
    return failures;
  }
  // (pages whose own scripts replace the article meanwhile, as msn.com's does, are re-annotated: then the
  // drawn sizes follow the new analysis rather than the old one)
  const textNow = async () => (await pageState(ext, tabId)).analysis?.text;
  const text0 = await textNow();
  const sizes0 = await highlightSizes(page);
  const restored = (name) => async () =>
    name ? (await highlightSizes(page))[name] === sizes0[name] : sameSizes(await highlightSizes(page), sizes0);
  const orChanged = (check) => async () => (await check()) || (await textNow()) !== text0;
  const annotated = await settledBodyText(page);
  await writeSettings(ext, { paused: true });
  const cleared = await until(async () => Object.keys(await highlightSizes(page)).length === 0);
  const plain = await bodyText(page);
  await writeSettings(ext, { paused: false });
  const redrawn = await until(orChanged(restored()));
  const again = await bodyText(page);
  row.innerTextSame = annotated === plain && plain === again;
  row.sameAsDomContentLoaded = (await page.evaluate(() => window.__before)) === plain;
  if (!cleared || !redrawn)
    failures.push(`${slug}: pause ${cleared ? 'ok' : 'left highlights'}, resume ${redrawn ? 'ok' : 'differs'}`);
  if (!row.innerTextSame) failures.push(`${slug}: body.innerText changed`);
  // toggle one present category off and on again, through storage
  const present = CATEGORIES.filter((c) => counts[c] > 0);
  const cat = present[i % Math.max(1, present.length)];
  if (cat) {
    const name = `sourcelight-${cat}`;
    await writeSettings(ext, { categories: { [cat]: false } });
    const gone = await until(async () => !((await highlightSizes(page))[name] > 0));
    await writeSettings(ext, { categories: { [cat]: true } });
    const back = await until(orChanged(restored(name)));
    if ((await textNow()) !== text0) row.pageChanged = true;
    row.toggle = `${cat}: ${gone ? 'off' : 'STUCK'} / ${back ? 'on' : 'NOT RESTORED'}`;
    if (!gone || !back) failures.push(`${slug}: toggle ${row.toggle}`);
  }
  return failures;
}

/** The corpus table printed after the loop over pages. */
export const corpusTable = (rows) =>
  rows
    .map(
      (r) =>
        `${r.slug.padEnd(42)} ${String(r.status).padEnd(6)} cov ${String(r.coverage ?? '-').padStart(5)} out ${String(r.outside ?? '-').padStart(5)}  ${r.toggle ?? ''}`,
    )
    .join('\n');

/** What the popup should list, worked out from the analysis the same way lib/summary.ts groupBySpeaker does. */
export function expectedSpeakers(analysis) {
  const groups = new Map();
  for (const a of analysis.attributions) {
    const key = `${a.anonymous ? 'anon' : 'named'}|${a.speaker.toLowerCase()}`;
    const g = groups.get(key) ?? { label: a.anonymous ? `${a.speaker} (anonymous)` : a.speaker, n: 0, first: Infinity };
    g.n++;
    g.first = Math.min(g.first, a.content.start);
    groups.set(key, g);
  }
  return [...groups.values()].sort((x, y) => y.n - x.n || x.first - y.first);
}

/**
 * The popup's speakers and claims against the analysis it was given: every collapsed speaker expanded, the
 * speakers in order with their statement counts, and every claim with its reasons. Returns the differences.
 */
export async function popupListDiffs(popup, analysis) {
  const shown = await popup.evaluate(async () => {
    for (const more of document.querySelectorAll('.more-statements[aria-expanded="false"]')) more.click();
    await new Promise((ok) => setTimeout(ok, 50)); // Preact re-renders after a microtask
    return {
      speakers: [...document.querySelectorAll('.speaker')].map((li) => ({
        label: li.querySelector('h3').textContent,
        n: li.querySelectorAll('.statement').length,
      })),
      claims: [...document.querySelectorAll('.claim .said')].map((e) => e.textContent),
      reasons: [...document.querySelectorAll('.claim')].map((c) =>
        [...c.querySelectorAll('.reason')].map((r) => r.textContent),
      ),
    };
  });
  const diffs = [];
  const expected = expectedSpeakers(analysis).map(({ label, n }) => ({ label, n }));
  if (JSON.stringify(shown.speakers) !== JSON.stringify(expected))
    diffs.push(`speakers: shown ${JSON.stringify(shown.speakers)}, expected ${JSON.stringify(expected)}`);
  const claims = [...analysis.claims].sort((a, b) => a.span.start - b.span.start);
  if (shown.claims.length !== claims.length) diffs.push(`claims: ${shown.claims.length} shown, ${claims.length} found`);
  claims.forEach((c, i) => {
    const head = oneLine(c.span.text).slice(0, 40);
    if (!shown.claims[i]?.startsWith(head)) diffs.push(`claim ${i}: "${shown.claims[i]}" should start with "${head}"`);
    if (shown.reasons[i]?.length !== c.reasons.length) diffs.push(`claim ${i}: reasons differ`);
  });
  return diffs;
}
