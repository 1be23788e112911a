// Hostile and odd pages for the end-to-end tests, written here as strings (never copies of corpus pages),
// and the functions the tests run inside a page to look at it. Shared by the Chromium and Firefox suites.
import { ARTICLE_PARAS } from './harness.mjs';

export const PARAS = ARTICLE_PARAS;
export const paras = (n = PARAS.length, tag = 'p') =>
  Array.from({ length: n }, (_, i) => `<${tag}>${PARAS[i % PARAS.length]}</${tag}>`).join('\n');
export const jsonLd = (headline) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline })}</script>`;

/** An article page: JSON-LD NewsArticle, a headline and paragraphs with names, numbers and "said". */
export function page({ title, head = '', body, before = '', after = '' }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${jsonLd(title)}${head}</head>
<body>${before}${body ?? `<main><article><h1>${title}</h1>\n${paras()}\n</article></main>`}${after}</body></html>`;
}

export const NORMAL = page({ title: 'A normal article after a hostile one' });

/** 200,000 nodes: 100,000 outside the article (a huge grid), 100,000 inside its last section. */
export function hugeDom() {
  const grid = '<span>cell </span>'.repeat(50_000); // 100,000 nodes (element + text)
  const inside = '<b>word</b> '.repeat(33_000); // ~100,000 nodes (element + text + space)
  return page({
    title: 'A page with 200,000 nodes',
    body: `<main><article><h1>A page with 200,000 nodes</h1>\n${paras(16)}\n<section><p>${inside}</p></section></article></main>
<div class="grid">${grid}</div>`,
  });
}

/** 1,000-deep nesting (built by script: the HTML parser flattens past 512), the article at the bottom. */
export const DEEP = page({
  title: 'A page nested 1,000 deep',
  body: `<div id="top"></div><article id="story"><h1>A page nested 1,000 deep</h1>${paras()}</article>
<script>{let el=document.getElementById('top');for(let i=0;i<1000;i++){const d=document.createElement(i%2?'div':'section');el.appendChild(d);el=d;}
el.appendChild(document.getElementById('story'));}</script>`,
});

/** The article in an open shadow root, a closed one and a declarative one; little text in the light DOM. */
export const SHADOW = page({
  title: 'An article in shadow DOM',
  body: `<h1>An article in shadow DOM</h1><news-story id="open"></news-story><news-story id="closed"></news-story>
<div id="decl"><template shadowrootmode="open"><article>${paras(4)}</article></template></div>
<script>for(const [id,mode] of [['open','open'],['closed','closed']]){const r=document.getElementById(id).attachShadow({mode});
r.innerHTML='<style>p{color:#333}</style><article>${paras(4).replace(/\n/g, '')}</article>';}</script>`,
});

/** The article inside iframes: same-origin src, srcdoc and another origin (localhost); a stub in the top page. */
export const IFRAME_INNER = page({ title: 'The framed article' });
export const iframePage = (port) =>
  page({
    title: 'An article in iframes',
    body: `<h1>An article in iframes</h1><p>Read the story below.</p>
<iframe id="same" src="/h/iframe-inner/" width="800" height="300"></iframe>
<iframe id="srcdoc" srcdoc="${IFRAME_INNER.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" width="800" height="300"></iframe>
<iframe id="cross" src="http://localhost:${port}/h/iframe-inner/" width="800" height="300"></iframe>`,
  });

/** Editors and form fields inside the article: never annotated, never written to. */
export const EDITOR_FIELDS = `<div contenteditable="true" data-probe="ce">President Maria Lopez said 12 people were hurt in <b>Lisbon</b>, officials said.</div>
<div contenteditable="" data-probe="ce-empty-attr">John Carter told Reuters that 85 percent agreed, according to sources.</div>
<div contenteditable="plaintext-only" data-probe="ce-plain">Mayor Ana Ruiz said on Friday that 40,000 people left Madrid.</div>
<p>Inline: <span contenteditable data-probe="ce-inline">Officials in Paris said 300 troops arrived</span> as reported.</p>
<textarea data-probe="textarea">President Maria Lopez said 1,200 families were evacuated, officials said.</textarea>
<input data-probe="input" value="John Carter said 85 percent of shelters were full">
<form><label>Name <input name="n" data-probe="input2" value="Ana Ruiz said 40 people"></label></form>
<div role="textbox" aria-multiline="true" contenteditable="true" data-probe="textbox">The Ministry of Health reported 37 deaths, an official said.</div>`;
export const EDITOR = page({
  title: 'An article with editors and form fields',
  body: `<main><article><h1>An article with editors and form fields</h1>${paras(4)}\n${EDITOR_FIELDS}\n${paras(4)}</article></main>`,
});

/** A whole draft article in a contenteditable editor (a CMS): the editor would win the article-root vote. */
export const EDITOR_ROOT = page({
  title: 'A draft in an editor',
  body: `<h1>A draft in an editor</h1><div class="editor" contenteditable="true" data-probe="editor">${paras(10)}</div>`,
});

/** The whole document in design mode (an editor page). */
export const DESIGN_MODE = page({
  title: 'A page in design mode',
  after: '<script>document.designMode="on"</script>',
});

/** SVG text inside the article, and foreignObject. */
export const SVG_IN_ARTICLE = page({
  title: 'An article with SVG text',
  body: `<main><article><h1>An article with SVG text</h1>${paras(4)}
<svg width="600" height="120" data-probe="svg"><text x="10" y="20">President Maria Lopez said 12 people died in Lisbon.</text>
<text x="10" y="50"><tspan>John Carter said</tspan><tspan> 85 percent</tspan></text>
<foreignObject x="0" y="60" width="600" height="60"><p xmlns="http://www.w3.org/1999/xhtml">Officials said 300 troops arrived.</p></foreignObject></svg>
${paras(4)}</article></main>`,
});

/** A standalone SVG document (no <body>). */
export const SVG_DOC = `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="800" height="200">
<title>An SVG document</title><text x="10" y="20">President Maria Lopez said 12 people died in Lisbon, officials said.</text>
<text x="10" y="50">John Carter told Reuters that 85 percent of the shelters were full.</text></svg>`;

/** The body replaced every 100 ms (innerHTML and, every other time, a new <body> element). */
export const CHURN = page({
  title: 'A page that replaces its body',
  after: `<script>window.__ticks=0;const P=${JSON.stringify(PARAS)};
window.__render=(n)=>'<main><article><h1>Churn '+n+'</h1>'+P.map((p,i)=>'<p>'+p.replace('Monday','day '+(n+i))+'</p>').join('')+'</article></main>';
setInterval(()=>{const n=++window.__ticks;if(n%2){document.body.innerHTML=window.__render(n);}else{const b=document.createElement('body');b.innerHTML=window.__render(n);document.body=b;}},100);</script>`,
});

/** A single-page app gone wild: a new URL (history.pushState) every 100 ms, the article unchanged. */
export const PUSH_STATE = page({
  title: 'A page that changes its URL every 100 ms',
  after: `<script>window.__pushes=0;setInterval(()=>{history.pushState({},'','/h/push-state/'+(++window.__pushes))},100);</script>`,
});

/** Scripts that throw: at load, in listeners the extension's events also reach, in observers and timers. */
export const THROWS = page({
  title: 'A page whose scripts throw',
  head: `<script>window.onerror=()=>{throw new Error('onerror throws')};
addEventListener('mousemove',()=>{throw new Error('mousemove')});addEventListener('selectionchange',()=>{throw new Error('sel')});
document.addEventListener('scroll',()=>{throw new Error('scroll')},true);addEventListener('message',()=>{throw new Error('message')});
addEventListener('focusin',()=>{throw new Error('focusin')});
new MutationObserver(()=>{throw new Error('observer')}).observe(document,{childList:true,subtree:true,attributes:true});
setInterval(()=>{Promise.reject(new Error('rejected'));throw new Error('interval')},50);
throw new Error('head script throws');</script>`,
  after: `<script>null.boom();</script><script>undefinedFunction()</script>`,
});

/** A strict CSP (header): no script, style, image or connection of any origin. */
export const CSP = page({ title: 'A page under a strict CSP' });

/** Page styles aimed at every element, ours included (`!important` everywhere). */
export const HOSTILE_CSS = page({
  title: 'A page whose styles hit every element',
  head: `<style>*{display:block!important;position:static!important;visibility:visible!important;opacity:1!important;
transform:none!important;z-index:auto!important;pointer-events:auto!important;width:auto!important;height:auto!important}
html>*:not(head):not(body){display:none!important}sourcelight-card,[role=tooltip]{display:none!important}
::highlight(sourcelight-person){background:transparent!important}</style>`,
});

/** Built-ins and DOM prototypes replaced in the main world. */
export const OVERRIDES = page({
  title: 'A page that overrides built-ins',
  head: `<script>(()=>{
const boom=()=>{throw new Error('overridden')};
window.__realHighlights=CSS.highlights;
Node.prototype.appendChild=boom;Node.prototype.insertBefore=boom;Node.prototype.removeChild=boom;
Element.prototype.attachShadow=function(){window.__shadowSpy=(window.__shadowSpy||0)+1;throw new Error('no shadow')};
Element.prototype.getAttribute=()=>'nav';Element.prototype.closest=()=>null;Element.prototype.getBoundingClientRect=boom;
Element.prototype.checkVisibility=()=>false;
Array.prototype.map=function(){return 'map'};Array.prototype.filter=boom;Array.prototype.forEach=boom;Array.prototype.push=boom;
Array.from=boom;Object.keys=boom;Object.entries=boom;Object.assign=boom;Object.defineProperty=boom;Promise.prototype.then=boom;
JSON.parse=()=>({'@type':'Product'});JSON.stringify=()=>'{}';String.prototype.trim=()=>'';String.prototype.split=boom;
RegExp.prototype.test=()=>true;RegExp.prototype.exec=()=>null;Math.min=()=>NaN;Map.prototype.get=()=>undefined;Set.prototype.has=()=>true;
window.setTimeout=()=>0;window.clearTimeout=boom;window.setInterval=()=>0;window.requestAnimationFrame=()=>0;window.queueMicrotask=boom;
window.MutationObserver=function(){throw new Error('no observers')};window.Highlight=function(){throw new Error('no highlights')};
window.StaticRange=boom;window.Range=boom;document.createRange=boom;document.createTreeWalker=boom;document.createElement=boom;
document.querySelector=()=>null;document.querySelectorAll=()=>[];Document.prototype.getSelection=boom;
Object.defineProperty(CSS,'highlights',{value:new Map([['sourcelight-person',{size:-1}]]),configurable:true});
window.scheduler={yield:()=>new Promise(()=>{})};window.performance.now=()=>0;window.performance.mark=boom;
window.addEventListener=boom;document.addEventListener=boom;EventTarget.prototype.addEventListener=boom;
window.postMessage=boom;window.dispatchEvent=boom;Event.prototype.stopPropagation=boom;
Object.defineProperty(HTMLElement.prototype,'innerText',{get(){return 'pwned'},configurable:true});
Object.defineProperty(Node.prototype,'textContent',{get(){return ''},configurable:true});
Object.defineProperty(Node.prototype,'childNodes',{get(){return []},configurable:true});
Object.freeze(Object.prototype);
})();</script>`,
});

/** More text than the background accepts in one request (lib/messages.ts MAX_REQUEST_CHARS = 2,000,000). */
export function hugeText() {
  const block = PARAS.join(' ');
  const n = Math.ceil(2_200_000 / (block.length + 8));
  return page({
    title: 'A page with 2.2 million characters',
    body: `<main><article><h1>A page with 2.2 million characters</h1>${`<p>${block}</p>\n`.repeat(n)}</article></main>`,
  });
}

/** A page defining the extension's own element names as custom elements (spying on or breaking the card). */
export const CUSTOM_ELEMENTS = page({
  title: 'A page that defines sourcelight elements',
  head: `<script>window.__seen=[];for(const n of ['sourcelight-card','sourcelight-mark']){customElements.define(n,class extends HTMLElement{
constructor(){super();window.__seen.push(n);try{this.__root=this.attachShadow({mode:'open'})}catch(e){}}
connectedCallback(){window.__seen.push(n+':connected:'+this.innerHTML)}})}</script>`,
});

/** Every hostile page by path (the iframe page needs the server's port, so it is added after listening). */
export function hostileRoutes() {
  return {
    '/normal/': { body: NORMAL },
    '/h/huge-dom/': { body: hugeDom() },
    '/h/deep/': { body: DEEP },
    '/h/shadow/': { body: SHADOW },
    '/h/iframe-inner/': { body: IFRAME_INNER },
    '/h/editor/': { body: EDITOR },
    '/h/editor-root/': { body: EDITOR_ROOT },
    '/h/design-mode/': { body: DESIGN_MODE },
    '/h/svg/': { body: SVG_IN_ARTICLE },
    '/h/svg-doc.svg': { body: SVG_DOC, type: 'image/svg+xml' },
    '/h/churn/': { body: CHURN },
    '/h/throws/': { body: THROWS },
    '/h/push-state/': { body: PUSH_STATE },
    '/h/csp/': { body: CSP, headers: { 'content-security-policy': "default-src 'none'" } },
    '/h/overrides/': { body: OVERRIDES },
    '/h/css/': { body: HOSTILE_CSS },
    '/h/huge-text/': { body: hugeText() },
    '/h/custom-elements/': { body: CUSTOM_ELEMENTS },
  };
}

// ------------------------------------------------------------------------------------------------ in the page

/** What the page looks like now: rendered text, our highlights, and every [data-probe] editor or field. */
export function snapshotInPage() {
  const hl = {};
  const ranges = [];
  if (typeof CSS !== 'undefined' && CSS.highlights)
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('sourcelight-')) {
        hl[name] = h.size;
        for (const r of h) ranges.push(r);
      }
  const probes = {};
  for (const el of document.querySelectorAll('[data-probe]')) {
    const id = el.getAttribute('data-probe');
    let inside = 0;
    for (const r of ranges) {
      const live = document.createRange();
      try {
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
      } catch {
        continue;
      }
      if (live.intersectsNode(el) || el.contains(r.startContainer) || el.contains(r.endContainer)) inside++;
    }
    probes[id] = { html: el.innerHTML, value: 'value' in el ? el.value : null, inside };
  }
  return {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what must not change
    text: document.body ? document.body.innerText : (document.documentElement?.textContent ?? ''),
    highlights: hl,
    probes,
    marks: document.querySelectorAll('sourcelight-mark').length,
  };
}

/** Rectangle of the first occurrence of `word` in the page's light DOM text (for hovering it). */
export function rectOf(word) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(word);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + word.length);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }
  return null;
}

/** The hover card's host, as any script of the page could see it (its content is in a closed shadow root). */
export function cardHost() {
  const host = [...document.documentElement.children].find((e) => e.localName.startsWith('sourcelight-card'));
  return host ? { tag: host.localName, display: host.style.getPropertyValue('display'), h: host.offsetHeight } : null;
}
