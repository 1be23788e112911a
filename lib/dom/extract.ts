// Article extraction: which element holds the article body, which of its text is article text, and the
// text snapshot with its position map (lib/dom/text-map.ts). The same code runs on the live page (content
// script) and in Node on linkedom (lib/dom/from-html.ts, the CLI and `npm run eval`). Reads the DOM only.
//
// Why our own root detection rather than @mozilla/readability: Readability works on a clone of the document
// and rewrites it (removes, re-parents and re-tags nodes), so its output cannot point back at the page's
// live text nodes, which is what the highlights need; it also costs one uninterruptible parse of the whole
// page (tens of milliseconds, a long task on big pages). We keep its ideas (paragraph scoring, its
// "unlikely candidate" class/id patterns, link density) in a small scorer that returns a live element, and use
// its cheap isProbablyReaderable() only in the gate (lib/dom/gate.ts).
import { TextMap } from './text-map.ts';

/** Elements whose content is never article text. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'button',
  'input',
  'textarea',
  'select',
  'option',
  'form',
  'label',
  'nav',
  'aside',
  'footer',
  'header',
  'menu',
  'dialog',
  'head',
  'title',
  'link',
  'meta',
  'sourcelight-card',
]);

/** Elements that start a new line: their boundaries become '\n' in the snapshot. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const SKIP_ROLES = new Set([
  'navigation',
  'complementary',
  'banner',
  'contentinfo',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'search',
  'form',
  'toolbar',
  'tooltip',
  'button',
]);

/**
 * From @mozilla/readability (REGEXPS.unlikelyCandidates / okMaybeItsACandidate), plus share/newsletter/ad.
 * Captions and visually-hidden labels stay: they are part of the story (the gold annotations include them).
 */
const UNLIKELY =
  /-ad-|\bads?\b|advert|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|newsletter|promo|recirc|outbrain|taboola|subscribe|signup/i;
const MAYBE = /and|article|body|column|content|main|shadow|paragraph/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Paragraphs shorter than this (characters) do not vote for the article root. */
const MIN_PARAGRAPH_CHARS = 25;
/** A list whose text is more than this fraction links is a link list (related stories, tags), not prose. */
const MAX_LIST_LINK_DENSITY = 0.5;
/** Climb from the best-scored element to its parent while the parent holds this much more paragraph text. */
const EXPAND_RATIO = 1.15;
const EXPAND_LEVELS = 3;

export interface ExtractOptions {
  /**
   * Use the browser's layout to skip hidden elements (checkVisibility / computed style). Without layout
   * (linkedom in Node), hidden detection falls back to attributes: hidden, aria-hidden, style display:none.
   */
  layout?: boolean;
}

const classAndId = (el: Element): string => {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return cls || id ? `${cls} ${id}` : '';
};

/** Unlikely to be article prose, by its class/id (readability's heuristic). */
function unlikelyByName(el: Element): boolean {
  // landmarks named for scripts ("main.js-social-anchor-start" on cnn.com) are still the page's content
  if (el.localName === 'main' || el.localName === 'article' || el.localName === 'body') return false;
  const s = classAndId(el);
  return s !== '' && UNLIKELY.test(s) && !MAYBE.test(s);
}

function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && HIDDEN_STYLE.test(style);
}

function hiddenByLayout(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  // display:none and content-visibility only: pages that hide <body> with visibility:hidden until their scripts run
  // (anti-flicker, e.g. seattletimes.com) are still articles the reader is about to see
  if (typeof check === 'function') return !check.call(el);
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const cs = view.getComputedStyle(el);
  return cs.display === 'none';
}

function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').length;
  if (total === 0) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += (a.textContent ?? '').length;
  return links / total;
}

/** Why an element's content is left out of the article text, or null to keep it. */
export function excludeReason(el: Element, opts: ExtractOptions = {}): string | null {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag)) return tag;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return `role=${role}`;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return 'contenteditable';
  if (hiddenByAttributes(el)) return 'hidden';
  if (unlikelyByName(el)) return 'unlikely';
  if ((tag === 'ul' || tag === 'ol') && linkDensity(el) > MAX_LIST_LINK_DENSITY) return 'link-list';
  if (opts.layout && hiddenByLayout(el)) return 'hidden';
  return null;
}

/** Is this element inside an excluded container (between it and `stop`, both included)? */
export function insideExcluded(node: Node, stop: Node | null, opts: ExtractOptions = {}): boolean {
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; ) {
    if (excludeReason(el, opts)) return true;
    if (el === stop) return false;
    el = el.parentElement;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------- root

const STRUCTURAL_SKIP = new Set(['nav', 'aside', 'footer', 'header', 'form', 'menu', 'dialog']);

function paragraphVotes(doc: Document): Element[] {
  const ps = new Set<Element>(doc.querySelectorAll('p, pre'));
  // articles written as <div>text<br><br>text</div>
  for (const br of doc.querySelectorAll('div > br')) if (br.parentElement) ps.add(br.parentElement);
  // paragraphs written as <div> with no block inside (cnn.com's div.zn-body__paragraph), as readability's
  // DIV_TO_P_ELEMS conversion finds them
  for (const div of doc.querySelectorAll('div')) {
    let leaf = true;
    for (const c of div.children) {
      if (BLOCK_TAGS.has(c.localName) && c.localName !== 'br') {
        leaf = false;
        break;
      }
    }
    if (leaf) ps.add(div);
  }
  return [...ps];
}

/**
 * Inside something the reader edits (contenteditable, or the whole document in design mode): never article
 * text, never annotated, whichever element the root vote picks.
 */
export function isEditable(el: Element): boolean {
  if (el.ownerDocument.designMode === 'on') return true;
  const live = (el as HTMLElement).isContentEditable;
  if (typeof live === 'boolean') return live;
  return !!el.closest('[contenteditable]:not([contenteditable="false"])');
}

/** Skip a paragraph sitting in page furniture: nav/aside/footer, comment or related-story containers, editors. */
function inFurniture(p: Element): boolean {
  for (let el: Element | null = p; el && el.localName !== 'body'; el = el.parentElement) {
    if (STRUCTURAL_SKIP.has(el.localName) || unlikelyByName(el) || hiddenByAttributes(el)) return true;
    const ce = el.getAttribute('contenteditable');
    if (ce !== null && ce !== 'false') return true;
    const role = el.getAttribute('role');
    if (role && SKIP_ROLES.has(role)) return true;
  }
  return false;
}

export interface RootChoice {
  root: Element;
  /** How it was found, for debugging and tests. */
  how: 'scored' | 'article-body' | 'fallback-body';
}

/**
 * The element holding the article body: paragraphs vote for their parent (full score) and grandparent
 * (half), as in readability; then climb while the parent holds clearly more paragraph text (bodies split
 * into several columns, as on nytimes.com). Cheap: one pass over the page's paragraphs.
 */
export function findArticleRoot(doc: Document): RootChoice {
  const body = doc.body ?? doc.documentElement;
  const score = new Map<Element, number>();
  const ptext = new Map<Element, number>();
  for (const p of paragraphVotes(doc)) {
    const len = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (len < MIN_PARAGRAPH_CHARS || inFurniture(p)) continue;
    const s = 1 + (p.textContent ?? '').split(',').length + Math.min(3, Math.floor(len / 100));
    const parent = p.parentElement;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + s);
    const gp = parent?.parentElement;
    if (gp) score.set(gp, (score.get(gp) ?? 0) + s / 2);
    for (let el: Element | null = parent; el; el = el.parentElement) ptext.set(el, (ptext.get(el) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (el === doc.documentElement) continue;
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) {
    const marked = doc.querySelector('[itemprop~="articleBody"], article');
    return marked ? { root: marked, how: 'article-body' } : { root: body, how: 'fallback-body' };
  }
  // climb: a body split into sibling columns or components (nytimes, telegraph) has the real root a few
  // levels up; single-child wrappers in between hold the same text, so look up to EXPAND_LEVELS past them
  let root = best;
  let depth = 0;
  for (let el = best.parentElement; el && el !== body && el !== doc.documentElement; el = el.parentElement) {
    if ((ptext.get(el) ?? 0) >= EXPAND_RATIO * (ptext.get(root) ?? 0)) {
      root = el;
      depth = 0;
    } else if (++depth > EXPAND_LEVELS) break;
  }
  return { root, how: 'scored' };
}

// --------------------------------------------------------------------------------------------- walk

export interface Snapshot {
  root: Element;
  map: TextMap;
}

/** How many nodes the walker visits between checks of the time budget. */
const NODES_PER_CHECK = 64;

/**
 * Append the article text under `node` to `map`, skipping excluded elements. A generator that yields every
 * few dozen nodes so a caller on the page's thread can cut the work into short slices (see
 * runSliced); in Node, drain it with a for-of.
 */
export function* walkInto(map: TextMap, node: Node, opts: ExtractOptions = {}): Generator<void, void, void> {
  // explicit stack: [node, exiting?]; exiting marks the end of a block element
  const stack: Array<[Node, boolean]> = [[node, false]];
  let visited = 0;
  while (stack.length > 0) {
    const [n, exiting] = stack.pop()!;
    if (exiting) {
      map.blockBreak();
      continue;
    }
    if (++visited % NODES_PER_CHECK === 0) yield;
    if (n.nodeType === 3) {
      // already in the snapshot (incremental passes over added subtrees)
      if (!map.has(n as Text)) map.appendText(n as Text);
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    if (n.nodeType === 1) {
      const el = n as Element;
      // the starting element was chosen (or checked) by the caller
      if (n !== node && excludeReason(el, opts)) continue;
      if (BLOCK_TAGS.has(el.localName)) {
        map.blockBreak();
        stack.push([el, true]);
      }
    }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, false]);
  }
}

/** The whole snapshot in one go (Node, tests). */
export function extractSync(doc: Document, opts: ExtractOptions = {}): Snapshot & RootChoice {
  const choice = findArticleRoot(doc);
  const map = new TextMap();
  for (const _ of walkInto(map, choice.root, opts));
  return { ...choice, map };
}
