// One bottom-up pass over a document's elements: how much text each holds, how much of it is link text,
// and how much is prose (paragraph-like blocks). Article-root choice and boilerplate pruning read these
// numbers instead of calling textContent per element, which would be quadratic on deep pages.
// Reads the DOM only; works on the live page, linkedom and happy-dom alike. Walks the composed tree (open
// shadow roots, slots, same-origin frames: lib/dom/composed.ts).
import { composedChildren } from './composed.ts';

/** Elements whose content is never text a reader reads as part of a page's prose. */
export const NEVER_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
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
  'head',
  'title',
  'link',
  'meta',
  'select',
  'option',
  'textarea',
  'button',
  'sourcelight-card',
]);

/** Elements that start a new line: their boundaries become '\n' in the snapshot. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'iframe',
  'hr',
  'li',
  'main',
  'nav',
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

/** Blocks that hold running text when nothing block-level sits inside them. */
const PROSE_TAGS = new Set(['p', 'pre', 'li', 'td', 'dd', 'blockquote', 'div', 'section', 'article', 'main']);

/** A block shorter than this (non-space characters) is not a paragraph of prose. */
export const MIN_PROSE_CHARS = 25;
/** A block whose text is more than this share link text is a link, a teaser or a menu, not prose. */
export const MAX_PROSE_LINK_DENSITY = 0.5;

export interface Stats {
  /** Non-space characters of text inside (skipping NEVER_TEXT content). */
  text: number;
  /** Of which inside <a href>. */
  link: number;
  /** Non-space characters in prose blocks inside (paragraphs of at least MIN_PROSE_CHARS, not link-dense). */
  prose: number;
  /** Prose blocks inside. */
  paragraphs: number;
  /** Commas in prose blocks inside (readability's signal of running text). */
  commas: number;
  /** This element is itself a prose block. */
  isProse: boolean;
  /**
   * Prose in text runs directly inside this element beside block children ("text<div></div>more text<p>…"):
   * readability wraps such runs in paragraphs; here they vote as a paragraph whose parent is this element.
   */
  run: number;
  /** Commas in those runs. */
  runCommas: number;
  /** A block-level element is inside (so this element is not a leaf block). */
  hasBlock: boolean;
  /** A block that is mostly link text (a headline link, a share bar) is inside, or this is one. */
  linkBlock: boolean;
  /**
   * Leaf blocks inside (or this one) too short to be prose and not links: labels, as a chart's axis and
   * data labels or a statistics widget's cells are, and headings, list items and captions can be.
   */
  labels: number;
  /** Of which carrying a digit ("$900", "’17", "Pune660"). */
  figureLabels: number;
  /** Non-space characters in those labels. */
  labelText: number;
  /** Form controls inside (input, select, textarea, button): a tool the reader works, not text they read. */
  controls: number;
}

const nonSpace = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0) n++;
  }
  return n;
};

const DIGIT = /\d/;

const FORM_CONTROLS = new Set(['input', 'select', 'textarea', 'button']);

const commasIn = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) n++;
  return n;
};

/**
 * A paragraph keeping this much text of its own (non-space characters outside links) is prose however
 * many links it carries: sites that turn every name into a link with a hover card (thehill.com) still
 * write paragraphs.
 */
export const MIN_OWN_TEXT = 80;

export function linkDensity(s: Stats | undefined): number {
  return s && s.text > 0 ? s.link / s.text : 0;
}

/** Mostly link text and little text of its own: a link, a menu, a headline, a share bar. */
export function isLinkDense(s: Stats): boolean {
  return s.text > 0 && s.link > MAX_PROSE_LINK_DENSITY * s.text && s.text - s.link < MIN_OWN_TEXT;
}

/** Run a sliceable computation to its end in one go (Node, tests). */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Nodes visited between yields, so a caller on the page's thread can cut the pass into short slices. */
const NODES_PER_YIELD = 128;

/**
 * Stats for every element under `top` (included). `skip(el)` leaves an element's subtree out entirely (its
 * text counts nowhere). Iterative post-order walk: linear in the number of nodes. A generator that yields
 * every NODES_PER_YIELD nodes and returns the stats (drain it in one go where nothing waits).
 */
export function* blockStatsSteps(
  top: Element,
  skip: (el: Element) => boolean = () => false,
): Generator<void, Map<Element, Stats>, void> {
  const out = new Map<Element, Stats>();
  let visited = 0;
  interface Frame {
    el: Element;
    s: Stats;
    inLink: boolean;
    own: number; // non-space characters in this element's own text nodes and inline descendants
    ownLink: number; // of which link text
    commas: number; // commas in this element's own text nodes and inline descendants
    digit: boolean; // a digit in this element's own text nodes and inline descendants
    kids: ArrayLike<Node>; // read once: some DOMs (linkedom) build the list on every access
    next: number; // index of the next child to visit
  }
  const fresh = (): Stats => ({
    text: 0,
    link: 0,
    prose: 0,
    paragraphs: 0,
    commas: 0,
    isProse: false,
    run: 0,
    runCommas: 0,
    hasBlock: false,
    linkBlock: false,
    labels: 0,
    figureLabels: 0,
    labelText: 0,
    controls: 0,
  });
  const frame = (el: Element, inLink: boolean): Frame => ({
    el,
    s: fresh(),
    inLink,
    own: 0,
    ownLink: 0,
    commas: 0,
    digit: false,
    kids: composedChildren(el),
    next: 0,
  });
  const stack: Frame[] = [frame(top, top.localName === 'a')];
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    const kids = f.kids;
    if (++visited % NODES_PER_YIELD === 0) yield;
    if (f.next < kids.length) {
      const n = kids[f.next++]!;
      if (n.nodeType === 3) {
        const data = (n as Text).data;
        const t = nonSpace(data);
        f.s.text += t;
        f.own += t;
        if (f.inLink) {
          f.s.link += t;
          f.ownLink += t;
        }
        f.commas += commasIn(data);
        if (t > 0 && !f.digit && DIGIT.test(data)) f.digit = true;
      } else if (n.nodeType === 1) {
        const el = n as Element;
        const tag = el.localName;
        if (FORM_CONTROLS.has(tag)) f.s.controls++;
        if (NEVER_TEXT.has(tag) || skip(el)) continue;
        stack.push(frame(el, f.inLink || (tag === 'a' && el.hasAttribute('href'))));
      }
      continue;
    }
    stack.pop();
    const s = f.s;
    const tag = f.el.localName;
    if (!s.hasBlock && PROSE_TAGS.has(tag) && s.text >= MIN_PROSE_CHARS && !isLinkDense(s)) {
      s.isProse = true;
      s.prose = s.text;
      s.paragraphs = 1;
      s.commas = f.commas;
    } else if (s.hasBlock && f.own >= MIN_PROSE_CHARS && f.ownLink <= MAX_PROSE_LINK_DENSITY * f.own) {
      s.run = f.own;
      s.runCommas = f.commas;
      s.prose += f.own;
      s.paragraphs += 1;
      s.commas += f.commas;
    }
    if (BLOCK_TAGS.has(tag) && isLinkDense(s)) s.linkBlock = true;
    if (BLOCK_TAGS.has(tag) && !s.hasBlock && s.text > 0 && s.text < MIN_PROSE_CHARS && !s.linkBlock) {
      s.labels = 1;
      s.labelText = s.text;
      if (f.digit) s.figureLabels = 1;
    }
    out.set(f.el, s);
    const parent = stack[stack.length - 1];
    if (parent) {
      const p = parent.s;
      p.text += s.text;
      p.link += s.link;
      p.prose += s.prose;
      p.paragraphs += s.paragraphs;
      p.commas += s.commas;
      if (s.linkBlock) p.linkBlock = true;
      p.labels += s.labels;
      p.figureLabels += s.figureLabels;
      p.labelText += s.labelText;
      p.controls += s.controls;
      // an empty block (a <div> used as a line break) does not make its parent a container
      if (BLOCK_TAGS.has(tag) && tag !== 'br' && s.text > 0) p.hasBlock = true;
      // inline children's text is the parent's own text
      if (!BLOCK_TAGS.has(tag)) {
        parent.commas += f.commas;
        parent.own += f.own;
        parent.ownLink += f.ownLink;
        if (f.digit) parent.digit = true;
      }
    }
  }
  return out;
}
