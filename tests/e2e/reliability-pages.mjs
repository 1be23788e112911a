// Pages and page probes shared by the reliability suites in Chromium (reliability.test.mjs) and Firefox
// (firefox-reliability.test.mjs): an SPA whose view can be swapped, a live blog of real paragraphs, and what
// the page shows of Sourcelight's highlights. Page probes run in the page's own world (page.evaluate, in
// Playwright and in Puppeteer alike).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_PARAS, assemblePage, SHARED } from './harness.mjs';

/** A page to leave for (back/forward tests). */
export const OTHER = `<!doctype html><html><head><meta charset="utf-8"><title>Elsewhere</title></head><body><p>Another page.</p></body></html>`;
/**
 * ~6,000 words (~35,000 characters): an analysis that takes long enough to be left or interrupted; it counts
 * its restorations from the back/forward cache in window.__restored.
 */
export const LONG = assemblePage(6000, 'A long article').html.replace(
  '</head>',
  `<script>addEventListener('pageshow', (e) => { if (e.persisted) window.__restored = (window.__restored ?? 0) + 1; });</script></head>`,
);

export const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** The test paragraphs with their names swapped, so each "article" has its own speakers. */
export const story = (from, to) => ARTICLE_PARAS.map((p) => `<p>${esc(p.replaceAll(from, to))}</p>`).join('');
export const SPA = `<!doctype html><html><head><meta charset="utf-8"><title>SPA</title>
<meta property="og:type" content="article"></head><body><nav><a href="/">Home</a></nav>
<main id="view"><article><h1>Floods in Portmere</h1>${story('Lopez', 'Lopez')}</article></main>
<aside id="tick">0</aside><script>
window.__swap = (html) => { document.getElementById('view').innerHTML = html; };
window.__ticker = (ms) => { let n = 0; return setInterval(() => { document.getElementById('tick').textContent = String(++n); }, ms); };
</script></body></html>`;
/** Paragraphs of real articles (PolNeAR dev, read at run time, never copied into the repo). */
export const CORPUS_PARAS = readdirSync(join(SHARED, 'corpus', 'polnear-dev'))
  .sort()
  .flatMap((d) =>
    readFileSync(join(SHARED, 'corpus', 'polnear-dev', d, 'article.txt'), 'utf8')
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean),
  );
/** A live blog: an article of `inner` (200 paragraphs to start with, about 34,000 characters). */
export const LIVE = (inner) => `<!doctype html><html><head><meta charset="utf-8"><title>Live</title>
<meta property="og:type" content="article"></head><body><main><article>${inner}</article></main></body></html>`;
export const LIVE_START = `<h1>Live: the campaign</h1>${CORPUS_PARAS.slice(0, 200)
  .map((p) => `<p>${esc(p)}</p>`)
  .join('')}`;
/** Every range of every Sourcelight highlight sits on text still in the page. */
export const highlightsOnPage = (page) =>
  page.evaluate(() => {
    let all = 0;
    let detached = 0;
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('sourcelight-'))
        for (const r of h) {
          all++;
          if (!r.startContainer.isConnected) detached++;
        }
    return { all, detached };
  });
/** Sourcelight's highlights in the article, by text node index and offsets (comparable across two pages). */
export const drawnInArticle = (page) =>
  page.evaluate(() => {
    const art = document.querySelector('article');
    const w = document.createTreeWalker(art, NodeFilter.SHOW_TEXT);
    const index = new Map();
    for (let n = w.nextNode(); n; n = w.nextNode()) index.set(n, index.size);
    const out = [];
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('sourcelight-'))
        for (const r of h)
          out.push(
            `${name} ${index.get(r.startContainer)}:${r.startOffset} ${index.get(r.endContainer)}:${r.endOffset}`,
          );
    return out.sort();
  });
export const speakers = (s) => (s?.analysis?.actors ?? []).filter((a) => a.kind === 'person').map((a) => a.name);

/** The article an SPA shows 1.5 s after pushState, behind a placeholder; one swapped into the same element. */
export const LATE_ARTICLE = `<article><h1>Storm in Valdor</h1>${story('Lopez', 'Okafor').replaceAll('Maria', 'Grace')}</article>`;
export const SWAPPED_ARTICLE = `<h1>Drought in Soria</h1>${story('Lopez', 'Novak').replaceAll('Maria', 'Petra')}`;

/** pushState, a "Loading…" placeholder, and the new article 1.5 s later. */
export const swapLate = (page) =>
  page.evaluate((html) => {
    history.pushState({}, '', '/spa/2');
    window.__swap('<p class="spinner">Loading…</p>');
    setTimeout(() => window.__swap(html), 1500);
  }, LATE_ARTICLE);
export const swapInPlace = (page) =>
  page.evaluate((html) => {
    document.querySelector('article').innerHTML = html;
  }, SWAPPED_ARTICLE);

/** The state after a swap holds only the new article (speaker `who`), drawn on nodes still in the page. */
export async function assertSwapped(assert, page, state, who) {
  assert.ok(state, 'the new article is analysed');
  assert.ok(!state.analysis.text.includes('Floods in Portmere'), 'nothing of the old article');
  if (who)
    assert.ok(
      speakers(state).some((n) => n.includes(who)),
      `new speakers: ${speakers(state)}`,
    );
  assert.ok(!speakers(state).some((n) => /Maria Lopez/.test(n)), `no old speaker: ${speakers(state)}`);
  const h = await highlightsOnPage(page);
  assert.ok(h.all > 0 && h.detached === 0, `highlights on the page: ${JSON.stringify(h)}`);
}

/** A paragraph added at the end of the article. */
export const addParagraph = (page) =>
  page.evaluate(() =>
    document
      .querySelector('article')
      .insertAdjacentHTML('beforeend', '<p>Mayor Ines Duarte told reporters that 14 bridges had been closed.</p>'),
  );

/**
 * The posts added to the live blog: real paragraphs long enough to be analysed (an addition under
 * MIN_ADDED_CHARS, a time stamp like "10:40 a.m.", waits for the next change).
 */
export const LIVE_POSTS = CORPUS_PARAS.slice(300)
  .filter((p) => p.length > 80)
  .slice(0, 16);
/** The live blog's changes, in turn: a post at the bottom, at the top (newest first), in the middle, or an edit and a removal. */
export const LIVE_CHANGES = ['append', 'prepend', 'append', 'prepend', 'insert', 'append', 'edit', 'prepend'];
export const liveChange = (page, kind, text) =>
  page.evaluate(
    ({ kind, text }) => {
      const art = document.querySelector('article');
      const ps = art.querySelectorAll('p');
      const p = document.createElement('p');
      p.textContent = text;
      if (kind === 'append') art.append(p);
      else if (kind === 'prepend') art.querySelector('h1').after(p);
      else if (kind === 'insert') ps[Math.floor(ps.length / 2)].before(p);
      else {
        ps[40].textContent = `${ps[40].textContent} ${text}`;
        ps[60].remove();
      }
    },
    { kind, text },
  );
