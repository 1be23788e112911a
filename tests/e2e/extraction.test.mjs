// End-to-end: what the built extension reads as the article in real headless Chromium, where layout is
// known. Text the reader cannot see (every common hiding technique) is never analysed or drawn; invisible
// characters split no word; page furniture inside the article (teasers, captions, bylines, end notes,
// share bars) is left out; a page hidden whole until its scripts run (anti-flicker) is still read; articles in
// open shadow roots and same-origin frames are read and drawn where they are.
// Run after `npm run build`:  node --test tests/e2e/extraction.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ARTICLE_PARAS, highlightSizes, launch, serve, sleep, tabIdFor, waitForState } from './harness.mjs';

/** Each hiding technique, with a sentence of its own that must never reach the analysis. */
const HIDDEN = {
  'display:none': 'style="display:none"',
  'visibility:hidden': 'style="visibility:hidden"',
  'opacity:0': 'style="opacity:0"',
  'height:0 + overflow hidden': 'style="height:0;overflow:hidden"',
  'sr-only clip': 'style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)"',
  'off-screen': 'style="position:absolute;left:-9999px;top:0"',
  'font-size:0': 'style="font-size:0"',
  hidden: 'hidden',
  'aria-hidden': 'aria-hidden="true"',
  'content-visibility': 'style="content-visibility:hidden"',
  'closed details': '',
};
const secret = (i) => `Senator Quillon Vantreese${i} said 9${i}7 ballots were missing.`;

function hiddenBlocks() {
  return Object.entries(HIDDEN)
    .map(([name, attr], i) =>
      name === 'closed details'
        ? `<details><summary>More</summary><p>${secret(i)}</p></details>`
        : `<div ${attr}><p>${secret(i)}</p></div>`,
    )
    .join('\n');
}

const page = (body, extraHead = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Extraction test</title><meta property="og:type" content="article">${extraHead}</head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><article>
<h1>Floods reach the coast</h1>
<div class="byline">By Jane Doe, Staff Writer</div>
<p><time datetime="2026-11-02">November 2, 2026</time></p>
${body}
</article></main><footer><p>Copyright 2026 The Example Times. All rights reserved.</p></footer></body></html>`;

const paras = (xs) => xs.map((t) => `<p>${t}</p>`).join('\n');
const TEASERS = `<div class="more-stories">${[1, 2, 3]
  .map(
    (i) =>
      `<div class="card"><h3><a href="/s${i}">Teaser headline ${i} about another town</a></h3><p>Excerpt ${i}: a short summary, with commas, of another story.</p></div>`,
  )
  .join('')}</div>`;

let server;
let ext;

before(async () => {
  server = await serve({
    '/hidden/': {
      body: page(`${paras(ARTICLE_PARAS.slice(0, 3))}\n${hiddenBlocks()}\n${paras(ARTICLE_PARAS.slice(3, 6))}`),
    },
    '/furniture/': {
      body: page(`${paras(ARTICLE_PARAS.slice(0, 4))}
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><figcaption>Rescuers near Portmere. Photo: Example Agency</figcaption></figure>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
${paras(ARTICLE_PARAS.slice(4, 8))}
<p>(Additional reporting by Carla Mendes; Editing by Tom Hale)</p>
${TEASERS}`),
    },
    '/invisible-chars/': {
      body: page(
        paras([
          ...ARTICLE_PARAS.slice(0, 3),
          'Bar\u200back Oba\u200bma told reporters that 1\u200b250 people had left, according to the Red\u00adCross.',
        ]),
      ),
    },
    '/shadow/': {
      body: page(
        '<p>Read the story below.</p><news-story id="open"><p slot="lede">Officials in Portmere said on Monday that the sea wall had held.</p></news-story><div id="decl"><template shadowrootmode="open"><article>' +
          paras(ARTICLE_PARAS.slice(3, 7)) +
          '</article></template></div>',
        `<script>document.addEventListener('DOMContentLoaded',()=>{const r=document.getElementById('open').attachShadow({mode:'open'});r.innerHTML='<article><slot name="lede"></slot>'+${JSON.stringify(paras(ARTICLE_PARAS.slice(0, 3)))}+'</article>';});</script>`,
      ),
    },
    '/frame-inner/': { body: page(paras(ARTICLE_PARAS.slice(0, 6))) },
    '/frame/': {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framed</title><meta property="og:type" content="article"></head>
<body><h1>The framed article</h1><p>Read the story below.</p><iframe id="same" src="/frame-inner/" width="900" height="700"></iframe></body></html>`,
    },
    '/anti-flicker/': {
      body: page(
        paras(ARTICLE_PARAS.slice(0, 5)),
        '<style>body.loading{visibility:hidden;opacity:0}</style><script>document.addEventListener("DOMContentLoaded",()=>document.body.classList.add("loading"));setTimeout(()=>document.body.classList.remove("loading"),4000)</script>',
      ),
    },
  });
  ext = await launch();
});

after(async () => {
  await ext?.close();
  await server?.close();
});

/** The text under every range Sourcelight drew (highlights hold StaticRanges: read them through a Range). */
function drawnTexts(tab, only) {
  return tab.evaluate((only) => {
    const out = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('sourcelight-') || (only && name !== only)) continue;
      for (const s of h) {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        out.push(r.toString());
      }
    }
    return out;
  }, only);
}

async function analysed(path) {
  const tab = await ext.context.newPage();
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
  const tabId = await tabIdFor(ext.worker, tab);
  const state = await waitForState(ext.worker, tabId, { timeout: 20_000 });
  return { tab, state };
}

test('text the reader cannot see is never analysed, drawn or listed', async () => {
  const { tab, state } = await analysed('/hidden/');
  assert.equal(state.status, 'ready');
  const text = state.analysis.text;
  assert.ok(text.includes(ARTICLE_PARAS[0]) && text.includes(ARTICLE_PARAS[5]), 'the visible paragraphs are read');
  const leaked = Object.keys(HIDDEN).filter((_, i) => text.includes(`Vantreese${i}`));
  assert.deepEqual(leaked, [], 'hidden text reached the analysis');
  const speakers = state.analysis.attributions.map((a) => a.speaker).join(' | ');
  assert.ok(!speakers.includes('Vantreese'), `a hidden speaker is listed: ${speakers}`);
  // nothing is drawn over hidden text
  const drawn = await drawnTexts(tab);
  assert.ok(drawn.length > 0, 'something is drawn');
  assert.deepEqual(
    drawn.filter((t) => /Vantreese|Quillon/.test(t)),
    [],
  );
  await tab.close();
});

test('teasers, captions, bylines, datelines, share bars and end notes inside the article are left out', async () => {
  const { tab, state } = await analysed('/furniture/');
  assert.equal(state.status, 'ready');
  const text = state.analysis.text;
  for (const p of ARTICLE_PARAS.slice(0, 8)) assert.ok(text.includes(p), `story paragraph missing: ${p.slice(0, 40)}`);
  assert.ok(text.includes('Floods reach the coast'), 'the headline in the article is read');
  for (const junk of [
    'Jane Doe',
    'November 2, 2026',
    'Photo: Example Agency',
    'Share on',
    'Additional reporting',
    'Teaser headline',
    'Excerpt 1',
    'Home',
    'All rights reserved',
  ])
    assert.ok(!text.includes(junk), `furniture read as the story: ${junk}`);
  const speakers = state.analysis.attributions.map((a) => a.speaker);
  assert.ok(!speakers.some((s) => /Example Agency|Carla Mendes/.test(s)), `junk speaker: ${speakers.join(' | ')}`);
  await tab.close();
});

test('invisible characters split no name and no number', async () => {
  const { tab, state } = await analysed('/invisible-chars/');
  assert.equal(state.status, 'ready');
  assert.ok(state.analysis.text.includes('Barack Obama told reporters that 1250 people'), state.analysis.text);
  const people = state.analysis.actors.filter((a) => a.kind === 'person').map((a) => a.name);
  assert.ok(people.includes('Barack Obama'), `people: ${people.join(', ')}`);
  // the drawn range covers the name as the page holds it (with its zero-width space)
  const drawn = await drawnTexts(tab, 'sourcelight-person');
  assert.ok(drawn.includes('Bar\u200back Oba\u200bma'), JSON.stringify(drawn));
  await tab.close();
});

test('a page hidden whole until its scripts run (anti-flicker) is still read', async () => {
  const { tab, state } = await analysed('/anti-flicker/');
  assert.equal(state.status, 'ready');
  assert.ok(state.analysis.text.includes(ARTICLE_PARAS[4]));
  await sleep(100);
  assert.ok(Object.keys(await highlightSizes(tab)).length > 0);
  await tab.close();
});

test('an article in open shadow roots (scripted and declarative) is read and drawn inside them', async () => {
  const { tab, state } = await analysed('/shadow/');
  assert.equal(state.status, 'ready');
  const text = state.analysis.text;
  for (const p of ARTICLE_PARAS.slice(0, 7)) assert.ok(text.includes(p), `missing: ${p.slice(0, 40)}`);
  assert.ok(text.includes('the sea wall had held'), 'the slotted light-DOM paragraph is read');
  const inShadow = await tab.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('sourcelight-'))
        for (const r of h) if (r.startContainer.getRootNode() instanceof ShadowRoot) n++;
    const styled = ['open', 'decl'].map((id) =>
      document
        .getElementById(id)
        .shadowRoot.adoptedStyleSheets.some((s) =>
          [...s.cssRules].some((r) => r.cssText.includes('::highlight(sourcelight-')),
        ),
    );
    return { n, styled };
  });
  assert.ok(inShadow.n > 0, 'highlights inside the shadow trees');
  assert.deepEqual(inShadow.styled, [true, true], 'the highlight styles are adopted into each shadow root');
  await tab.close();
});

test('an article in a same-origin frame is read and drawn in that frame', async () => {
  const { tab, state } = await analysed('/frame/');
  assert.equal(state.status, 'ready');
  for (const p of ARTICLE_PARAS.slice(0, 6)) assert.ok(state.analysis.text.includes(p), `missing: ${p.slice(0, 40)}`);
  const frame = tab.frames().find((f) => f.url().endsWith('/frame-inner/'));
  assert.ok(frame);
  const sizes = await frame.evaluate(() => {
    const out = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith('sourcelight-')) out[name] = h.size;
    return out;
  });
  assert.ok((sizes['sourcelight-person'] ?? 0) > 0, JSON.stringify(sizes));
  await tab.close();
});
