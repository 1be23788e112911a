// Article extraction: which element holds the article body, which of its text is the story, and the text
// snapshot with its position map (lib/dom/text-map.ts). The same code runs on the live page (content
// script) and in Node on linkedom (lib/dom/from-html.ts, the CLI and `npm run eval`). Reads the DOM only.
//
// Why our own extraction rather than @mozilla/readability: Readability works on a clone of the document
// and rewrites it (removes, re-parents and re-tags nodes), so its output cannot point back at the page's
// live text nodes, which is what the highlights need; it also costs one uninterruptible parse of the whole
// page. We keep its ideas (paragraph scoring, class-name weights, link density, a relaxed retry) and add
// trafilatura's (prune boilerplate inside the chosen root: teasers, captions, bylines, end notes), over
// one bottom-up pass of block statistics (lib/dom/block-stats.ts). The steps, in order:
//
//   findArticleRoot = stats → furniture → vote (paragraphs, structured data) → best → climb → prune → retry
//
// The result is a root element and a plan: the elements inside it that are left out, each with its reason.
import { BLOCK_TAGS, blockStatsSteps, drain, isLinkDense, linkDensity, NEVER_TEXT, type Stats } from './block-stats.ts';
import { composedChildren, composedElements, composedParent, hostsTree } from './composed.ts';
import { TextMap } from './text-map.ts';

// ------------------------------------------------------------------------------------------ tunables

/** Containers that are page furniture unless they hold most of the page's prose. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'form', 'menu', 'dialog']);

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
 * From @mozilla/readability (REGEXPS.unlikelyCandidates / okMaybeItsACandidate), plus share/newsletter/ad,
 * matched against the words of class and id (see nameWords) rather than as substrings: `pageRow` is not a
 * pager, `masthead-content` not a header. Used for the root vote, never to drop a container that holds
 * most of the page's prose.
 */
const UNLIKELY =
  /^(?:ads?|advert\w*|ai2html|banner|breadcrumbs?|combx|comments?|community|disqus|extra|footer|gdpr|header|legends?|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor\w*|supplemental|agegate|pagination|pager|popup|share|sharing|newsletter|promo\w*|recirc|outbrain|taboola|subscribe|signup|cookies?|consent)$/;
const MAYBE = /^(?:article|body|column|content|main|shadow|paragraph|story|entry|post)$/;
/** Readers' comments: never the story, however much text they hold (a blog post with 40 comments). */
const COMMENTS = /^(?:comments?|commentlist|disqus|replies|respond|discussion)$/;
/**
 * Class tokens that carry a site's taxonomy rather than a role (WordPress: `category-news`, `tag-share`,
 * `status-publish`, `format-standard`): their words say nothing about the element.
 */
const TAXONOMY_TOKEN = /^(?:category|tag|status|format|type|postid|term|hentry|has)-/i;
/** readability's class weights: +25 / -25 on a candidate whose class or id matches. */
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const CLASS_WEIGHT = 25;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** A container "holds most of the page's prose" at this share: no class name or furniture tag drops it. */
const DOMINANT_SHARE = 0.5;
/** A list whose text is more than this fraction links is a link list (related stories, tags), not prose. */
const MAX_LIST_LINK_DENSITY = 0.5;
/** Climb from the best-scored element to its parent while the parent holds this much more prose. */
const EXPAND_RATIO = 1.15;
/** A sibling with one paragraph counts as more of the story only with this share of the root's prose. */
const SIBLING_SHARE = 0.3;
/** Levels looked at above the current root for more prose (single-child wrappers hold the same text). */
const EXPAND_LEVELS = 6;
/** A vote goes to the paragraph's ancestors up to this many levels, divided as readability divides it. */
const VOTE_LEVELS = 3;
/** A paragraph found in the page's JSON-LD articleBody weighs this much more in the vote. */
const ARTICLE_BODY_BOOST = 3;
/** Fewer prose characters than this after pruning: retry with relaxed rules (readability's 500). */
const MIN_ARTICLE_CHARS = 500;
/** Inside the root, a container holding at least this share of the root's prose is never pruned by name. */
const PROTECTED_SHARE = 0.3;
/** Teaser cards: how many make a list, the longest excerpt (non-space characters), their share of its text. */
const TEASER_MIN_ITEMS = 3;
const TEASER_MAX_PROSE = 600;
const TEASER_SHARE = 0.5;
/** How far up a paragraph looks for a teaser list holding it, and how much less it then votes. */
const TEASER_DEPTH = 4;
const TEASER_DAMPING = 3;
const BYLINE_MAX_WORDS = 12;
const ENDS_SENTENCE = /[.!?"”’)]\s*$/;
/** Short blocks (non-space characters) are where bylines, credits and end notes live. */
const SHORT_BLOCK_CHARS = 200;
/** The longest block (non-space characters) taken for a caption the page names itself. */
const CAPTION_MAX_CHARS = 400;
/** Words of a data caption that identify it when the printed caption ends differently. */
const CAPTION_HEAD_WORDS = 8;
/**
 * A data graphic drawn in HTML (a chart's axis and data labels laid over an image, a statistics widget's
 * cells): at least this many short labels, most of its text, at least this share of them carrying a digit.
 */
const GRAPHIC_MIN_LABELS = 10;
const GRAPHIC_LABEL_SHARE = 0.6;
const GRAPHIC_FIGURE_SHARE = 0.5;
/**
 * An interactive box (a live case counter with its state picker, a poll, a calculator): this many form
 * controls, in an element holding less than PROTECTED_SHARE of the root's prose.
 */
const WIDGET_MIN_CONTROLS = 3;

/**
 * Class and id words that name boilerplate inside an article root, each with the reason recorded. Matched
 * against the words of class/id (split at '-', '_', spaces and camelCase), never as substrings, so
 * `pageRow` is not `pager` and `article-header-content` is not a header.
 */
const BOILERPLATE_WORDS: ReadonlyArray<[string, RegExp]> = [
  ['caption', /^(?:captions?|figcaption|credits?|photocredit|imagecredit|copyright|attribution)$/],
  [
    'byline',
    /^(?:bylines?|authors?|authorinfo|contributors?|dateline|timestamps?|date|dates|datetime|time|published|updated|posted|pubdate|publish|meta|metadata|info|kicker|eyebrow|reporter|writer)$/,
  ],
  // a gallery's or a player's controls and slide titles ("Image 1 of 9", "Your video will play in 00:25");
  // not every "video" box: an embedded post in one is a quotation the story makes
  ['media', /^(?:galler(?:y|ies)|slideshows?|carousel|lightbox|player|playlist|countdown)$/],
  [
    'promo',
    /^(?:share|sharing|sharebar|social|socials|tags?|tagged|topics|keywords|related|recirc|recommended|trending|popular|mostpopular|newsletter|newsletters|subscribe|subscription|signup|promo|promos|promoted|sponsor|sponsored|ad|ads|advert|advertisement|adslot|outbrain|taboola|teaser|teasers|rail|sidebar|widget|widgets|more|readmore|also|breadcrumbs?|toolbar|tools|print|comments?|disqus|bio|biography|cookie|cookies|consent|gdpr|disclaimer|footnote|correction|paywall|modal|popup)$/,
  ],
];

/** Short lines that close or frame a wire story rather than tell it. */
const END_NOTE =
  /^\s*[([]?\s*(?:additional reporting|reporting by|writing by|editing by|edited by|compiled by|contributed|with reporting|reported by|research by|photo(?:graph)?s? by|photo:|image:|video:|source:|copyright|©|\(c\)|all rights reserved|read more|related:|see also|also read|follow (?:us|[a-z]+ on)|sign up|subscribe|click here|watch:|advertisement|this (?:story|article) (?:was|has been) (?:updated|corrected|edited|produced|published|originally)|follow [\p{L}'’]+ (?:full )?coverage|this material may not be|to contact (?:the )?(?:reporters?|editors?|writers?|authors?)\b)/iu;
/**
 * A block that is only a date or a byline ("By JANE DOE", "Updated 11:21 pm CST, Tuesday"): one of these
 * openings, in a block of at most BYLINE_MAX_WORDS words that does not end as a sentence does ("By Tuesday,
 * officials said the bridge would reopen." is a paragraph).
 */
const DATE_OR_BYLINE =
  /^\s*(?:by\s+[\p{Lu}]|(?:published|updated|posted|last (?:updated|modified))\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b)/iu;

export interface ExtractOptions {
  /**
   * Use the browser's layout to skip text the reader cannot see (checkVisibility, computed style, box size).
   * Without layout (linkedom in Node), hidden text is recognised by its attributes and inline style only.
   */
  layout?: boolean;
  /** The plan made by findArticleRoot: elements inside the root left out, and which elements it judged. */
  plan?: Plan;
}

export interface Plan {
  /** Elements left out of the article text, with the reason. */
  skip: Map<Element, string>;
  /** Every element the plan judged; others (added to the page later) are judged by excludeReason alone. */
  known: Map<Element, Stats>;
}

// ----------------------------------------------------------------------------------- element tests

const classAndId = (el: Element): string => {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return cls || id ? `${cls} ${id}` : '';
};

/** The words of an element's class and id: `articleByline share-tools` -> article, byline, share, tools. */
export function nameWords(el: Element): string[] {
  const s = classAndId(el);
  if (!s) return [];
  return s
    .split(/\s+/)
    .filter((t) => t && !TAXONOMY_TOKEN.test(t))
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Unlikely to be article prose, by its class/id words (readability's heuristic). */
function unlikelyByName(el: Element): boolean {
  // landmarks named for scripts ("main.js-social-anchor-start" on cnn.com) are still the page's content
  if (el.localName === 'main' || el.localName === 'article' || el.localName === 'body') return false;
  const words = nameWords(el);
  return words.some((w) => UNLIKELY.test(w)) && !words.some((w) => MAYBE.test(w));
}

/** A readers' comment section, by its class/id words. */
const isComments = (el: Element): boolean => nameWords(el).some((w) => COMMENTS.test(w));

/** The boilerplate reason an element's class or id names ('caption', 'byline', 'promo'), or null. */
export function boilerplateByName(el: Element): string | null {
  const words = nameWords(el);
  for (const [reason, re] of BOILERPLATE_WORDS) if (words.some((w) => re.test(w))) return reason;
  const ip = el.getAttribute('itemprop');
  if (ip && /\b(?:author|datePublished|dateModified|caption|creditText|copyrightHolder)\b/.test(ip)) return 'byline';
  if (el.getAttribute('rel') === 'author') return 'byline';
  return null;
}

/**
 * Class words of text written for screen readers only ("Continue reading the main story" skip links, "opens
 * in a new window"): clipped to a pixel on screen, where no sighted reader sees it.
 */
const SCREEN_READER_ONLY =
  / (?:visually hidden|visuallyhidden|hidden visually|sr only|screen readers? (?:only|text)|screenreader(?:only|text)?|offscreen|off screen|assistive text) /;

function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (SCREEN_READER_ONLY.test(` ${nameWords(el).join(' ')} `)) return true;
  const style = el.getAttribute('style');
  return !!style && HIDDEN_STYLE.test(style);
}

type VisibilityCheck = (o?: object) => boolean;

/**
 * Hidden on screen: display:none, content-visibility, visibility:hidden, opacity:0, zero-size boxes that
 * clip their content (height:0 + overflow hidden, the sr-only clip), text shrunk to nothing (font-size:0),
 * and boxes moved far off screen. Without `page.strict` only display/content-visibility count: pages that
 * hide their whole body until scripts run (anti-flicker, e.g. seattletimes.com) are about to be seen.
 */
function hiddenByLayout(el: Element, page: PageView): boolean {
  const { strict } = page;
  const view = el.ownerDocument.defaultView;
  const cs = view?.getComputedStyle(el);
  // no box of its own (a <slot>, display: contents), so checkVisibility() says false: its children decide
  if (cs?.display === 'contents') return false;
  const check = (el as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  if (typeof check === 'function') {
    if (!check.call(el)) return true;
    if (strict && !check.call(el, { visibilityProperty: true, opacityProperty: true })) return true;
  }
  if (!view || !cs) return false;
  if (cs.display === 'none') return true;
  if (!strict) return false;
  if (cs.visibility === 'hidden' || cs.visibility === 'collapse' || cs.opacity === '0') return true;
  if (cs.fontSize === '0px' && el.childElementCount === 0) return true;
  const clips =
    /hidden|clip/.test(`${cs.overflowX} ${cs.overflowY}`) ||
    /rect\(\s*0/.test(cs.clip ?? '') ||
    /inset\(\s*50%/.test(cs.clipPath ?? '');
  if ((clips || cs.position === 'absolute' || cs.position === 'fixed') && page.boxes) {
    const r = el.getBoundingClientRect();
    if (clips && (r.width <= 1 || r.height <= 1)) return true;
    // moved off the page's left or top edge (left: -9999px), where no scrolling brings it back
    if (r.right + (view.scrollX || 0) <= 0 || r.bottom + (view.scrollY || 0) <= 0) return true;
  }
  return false;
}

/** Left out by what the page's markup says of an element: a role that is no prose, an editor, hidden. */
function markedOut(el: Element): string | null {
  if (hiddenByAttributes(el)) return 'hidden';
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return 'contenteditable';
  const role = el.getAttribute('role');
  return role && SKIP_ROLES.has(role) ? `role=${role}` : null;
}

/** Why an element's content is left out of the article text, or null to keep it. */
export function excludeReason(el: Element, opts: ExtractOptions = {}): string | null {
  const tag = el.localName;
  if (NEVER_TEXT.has(tag)) return tag;
  const known = opts.plan?.known.has(el) ?? false;
  if (known) {
    const planned = opts.plan!.skip.get(el);
    if (planned) return planned;
  } else if (FURNITURE_TAGS.has(tag) || tag === 'input' || tag === 'label') return tag;
  const marked = markedOut(el);
  if (marked) return marked;
  if (!known) {
    // added after the plan was made (live pages): judged on its own
    if (unlikelyByName(el)) return 'unlikely';
    if ((tag === 'ul' || tag === 'ol') && listLinkDensity(el) > MAX_LIST_LINK_DENSITY) return 'link-list';
  }
  if (opts.layout && hiddenByLayout(el, pageView(el.ownerDocument))) return 'hidden';
  return null;
}

/** What the page as a whole says about visibility, read once per task and per document. */
interface PageView {
  /** Strict visibility checks, unless the whole body is hidden (anti-flicker: the page is about to show it). */
  strict: boolean;
  /** Boxes have sizes here (a browser), not in DOMs without layout (as in tests). */
  boxes: boolean;
}

function pageView(doc: Document): PageView {
  let view = pageViews.get(doc);
  if (!view) {
    const body = doc.body;
    const check = (body as (Element & { checkVisibility?: VisibilityCheck }) | null)?.checkVisibility;
    const bodyHidden =
      !!body && typeof check === 'function' && !check.call(body, { visibilityProperty: true, opacityProperty: true });
    const r = doc.documentElement.getBoundingClientRect?.();
    view = { strict: !bodyHidden, boxes: !!r && r.width > 0 };
    pageViews.set(doc, view);
    // read again on the next task: the page may reveal itself at any moment
    setTimeout(() => pageViews.delete(doc), 0);
  }
  return view;
}
const pageViews = new WeakMap<Document, PageView>();

function listLinkDensity(el: Element): number {
  const total = (el.textContent ?? '').length;
  if (total === 0) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += (a.textContent ?? '').length;
  return links / total;
}

/** Is this element inside an excluded container (between it and `stop`, both included)? */
export function insideExcluded(node: Node, stop: Node | null, opts: ExtractOptions = {}): boolean {
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : composedParent(node); el; ) {
    if (excludeReason(el, opts)) return true;
    if (el === stop) return false;
    el = composedParent(el);
  }
  return false;
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

// ---------------------------------------------------------------------------------------------- root

export interface RootChoice {
  root: Element;
  /** How it was found, for debugging and tests. */
  how: 'scored' | 'relaxed' | 'article-body' | 'fallback-body';
  /** The best-scored element the root climbed from (scored and relaxed choices). */
  best?: Element;
  /** What inside the root is left out (pass it to walkInto as `opts.plan`). */
  plan: Plan;
}

interface Pass {
  /** Drop containers by readability's unlikely class names (unless they hold most of the prose). */
  byName: boolean;
  /** Prune boilerplate inside the root by class name and short-block text. */
  prune: boolean;
}

const STRICT: Pass = { byName: true, prune: true };
const RELAXED: Pass = { byName: false, prune: true };

/** Letters and digits only, lower-cased: how JSON-LD articleBody and page paragraphs are compared. */
const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The page's JSON-LD articleBody (the longest one), folded, or ''. */
function jsonLdArticleBody(doc: Document): string {
  let best = '';
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = s.textContent ?? '';
    if (!raw.includes('articleBody') || raw.length > 2_000_000) continue;
    for (const m of raw.matchAll(/"articleBody"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
      let body = m[1]!;
      try {
        body = JSON.parse(`"${body}"`);
      } catch {
        // a broken escape: the raw text still compares
      }
      if (body.length > best.length) best = body;
    }
  }
  return fold(best);
}

/** What the steps share: the page's block statistics and the teaser lists found in them. */
interface Page {
  doc: Document;
  body: Element;
  stats: Map<Element, Stats>;
  teasers: Set<Element>;
  /** The page's JSON-LD articleBody, folded (or ''). */
  articleBody: string;
  /** Captions the page names itself (pageCaptions): a block saying the same is a caption. */
  captions: Captions;
}

/** Text folded for comparison: lower case, one space, no final full stop. */
const foldCaption = (t: string): string =>
  t
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '')
    .toLowerCase();

interface Captions {
  /** Whole captions, folded: images' alternative texts of four words or more, and data captions. */
  whole: Set<string>;
  /** The first CAPTION_HEAD_WORDS words of each data caption, folded. */
  heads: Set<string>;
}

/** A string under a "caption" key in the page's inline data (a gallery's or a lightbox's configuration). */
const CAPTION_KEY = /"caption"\s*:\s*"((?:[^"\\]|\\.){20,2000})"/g;

/**
 * The captions a page names itself: its images' alternative texts that read like a caption (four words or
 * more), and the captions in its inline data. A photo essay prints each caption as a paragraph after its
 * figure ("Buck Cullen with his daughter Kaiarahi (10 months) in his backyard, …"), where nothing in the
 * markup says it is one; its gallery configuration says so. A data caption is matched by its first
 * CAPTION_HEAD_WORDS words too, since the printed and the stored caption may end differently.
 */
function pageCaptions(doc: Document): Captions {
  const whole = new Set<string>();
  const heads = new Set<string>();
  for (const img of doc.querySelectorAll('img[alt]')) {
    const alt = foldCaption(img.getAttribute('alt') ?? '');
    if (alt.split(' ').length >= 4) whole.add(alt);
  }
  for (const script of doc.querySelectorAll('script')) {
    const src = script.textContent ?? '';
    if (!src.includes('"caption"')) continue;
    for (const m of src.matchAll(CAPTION_KEY)) {
      let caption: string;
      try {
        caption = JSON.parse(`"${m[1]}"`) as string;
      } catch {
        continue; // not a JSON string (a script's own code)
      }
      const words = foldCaption(caption.replace(/<[^>]*>/g, ' ')).split(' ');
      if (words.length < 4) continue;
      whole.add(words.join(' '));
      if (words.length >= CAPTION_HEAD_WORDS) heads.add(words.slice(0, CAPTION_HEAD_WORDS).join(' '));
    }
  }
  return { whole, heads };
}

/**
 * A list of one short item right after a figure: the figure's caption printed outside it (a photo essay's
 * "Clockwise from top: small whale bones; squid beaks, …"). A list of one item is no list of the story's.
 */
function captionList(el: Element, s: Stats): boolean {
  return (
    (el.localName === 'ul' || el.localName === 'ol') &&
    el.childElementCount === 1 &&
    s.text <= CAPTION_MAX_CHARS &&
    el.previousElementSibling?.localName === 'figure'
  );
}

/** A link's words that send the reader elsewhere: "Check it out here", "Get New York Today in your inbox". */
const POINTER_LINK = /\b(?:here|inbox)$/i;
/** What may follow the last link in a block that ends in it: closing punctuation. */
const CLOSING = /^[\s.!?)\]”"’']*$/;

/**
 * A short block that ends in a link pointing the reader elsewhere: a promo ("Tech Enabled: CNET chronicles
 * tech's role… Check it out here."), a newsletter teaser, a radio plug ("… or listen back here"), a pointer
 * to a graphic ("(Graphic: Global assets in 2019 - here)"). It tells the reader where to go, not the story.
 */
function endsInPointer(el: Element, text: string): boolean {
  const links = el.querySelectorAll('a[href]');
  const last = links[links.length - 1];
  if (!last) return false;
  const words = (last.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!POINTER_LINK.test(words)) return false;
  const flat = text.replace(/\s+/g, ' ');
  return CLOSING.test(flat.slice(flat.lastIndexOf(words) + words.length));
}

/** Is this block's text one of the page's own captions? */
function isNamedCaption(text: string, captions: Captions): boolean {
  const t = foldCaption(text);
  if (captions.whole.has(t)) return true;
  const words = t.split(' ');
  return words.length >= CAPTION_HEAD_WORDS && captions.heads.has(words.slice(0, CAPTION_HEAD_WORDS).join(' '));
}

/** Stats of the page, with elements that never hold article text (hidden, editors, roles) left out. */
function pageStats(body: Element): Generator<void, Map<Element, Stats>, void> {
  // a <form role="form"> may wrap a whole page (ASP.NET): the vote may look inside it
  return blockStatsSteps(body, (el) => {
    const marked = markedOut(el);
    return marked !== null && !(marked === 'role=form' && el.localName === 'form');
  });
}

/**
 * Is this element (or an ancestor below body) page furniture? Furniture by tag or by readability's class
 * names, unless the container holds most of the page's prose (a page wrapped in `<form>`, a wrapper named
 * `pageRow`): the article can never be lost to a class name.
 */
function furnitureTest(stats: Map<Element, Stats>, body: Element, pass: Pass): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const total = stats.get(body)?.prose ?? 0;
  const own = (el: Element): boolean => {
    if (isComments(el) && el.localName !== 'article' && el.localName !== 'main') return true;
    const named = FURNITURE_TAGS.has(el.localName) || (pass.byName && unlikelyByName(el));
    return named && (stats.get(el)?.prose ?? 0) < DOMINANT_SHARE * total;
  };
  return (start) => {
    const path: Element[] = [];
    let answer = false;
    for (let el: Element | null = start; el && el !== body; el = composedParent(el)) {
      const m = memo.get(el);
      if (m !== undefined) {
        answer = m;
        break;
      }
      path.push(el);
      if (own(el)) {
        answer = true;
        break;
      }
    }
    for (const el of path) memo.set(el, answer);
    return answer;
  };
}

/** Does a teaser list hold this element, within TEASER_DEPTH levels? */
function inTeaserList(el: Element, teasers: Set<Element>): boolean {
  let up: Element | null = composedParent(el);
  for (let i = 0; up && i < TEASER_DEPTH; i++, up = composedParent(up)) if (teasers.has(up)) return true;
  return false;
}

function* scoreCandidates(
  page: Page,
  inFurniture: (el: Element) => boolean,
): Generator<void, Map<Element, number>, void> {
  const { stats } = page;
  const articleBody = page.articleBody;
  const score = new Map<Element, number>();
  let n = 0;
  for (const [p, s] of stats) {
    if (++n % ELEMENTS_PER_YIELD === 0) yield;
    if ((!s.isProse && s.run === 0) || inFurniture(p)) continue;
    const chars = s.isProse ? s.text : s.run;
    let vote = 1 + (s.isProse ? s.commas : s.runCommas) + Math.min(3, Math.floor(chars / 85));
    if (articleBody.length > 200) {
      const f = fold(p.textContent ?? '');
      const probe = f.slice(Math.floor(f.length / 4), Math.floor(f.length / 4) + 40);
      if (probe.length >= 20 && articleBody.includes(probe)) vote *= ARTICLE_BODY_BOOST;
    }
    // an excerpt in a list of other stories speaks for that story, not for this page
    if (inTeaserList(p, page.teasers)) vote /= TEASER_DAMPING;
    // a paragraph votes for its parent; a text run beside blocks votes for the element holding it
    let el = s.isProse ? composedParent(p) : p;
    for (let level = 0; el && level < VOTE_LEVELS; level++, el = composedParent(el)) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      score.set(el, (score.get(el) ?? 0) + vote / divider);
    }
  }
  for (const [el, s] of score) {
    if (++n % ELEMENTS_PER_YIELD === 0) yield;
    let weight = 0;
    const name = classAndId(el);
    if (name) {
      if (POSITIVE.test(name)) weight += CLASS_WEIGHT;
      if (NEGATIVE.test(name)) weight -= CLASS_WEIGHT;
    }
    if (el.getAttribute('itemprop')?.includes('articleBody')) weight += CLASS_WEIGHT;
    if (el.localName === 'article') weight += CLASS_WEIGHT / 2;
    score.set(el, (s + weight) * (1 - linkDensity(stats.get(el))));
  }
  return score;
}

/**
 * Climb from the best candidate while an ancestor holds clearly more of the story: bodies split into
 * columns or sections around figures (nytimes, telegraph) have the real root a few levels up; single-child
 * wrappers in between hold the same text, so look up to EXPAND_LEVELS past them. Only paragraphs and
 * substantial siblings count as more of the story, never furniture or teaser cards (a link block and one
 * short excerpt each, "You may also like"): those never pull the root up to the page.
 */
function climb(best: Element, page: Page, inFurniture: (el: Element) => boolean): Element {
  const { body, stats } = page;
  const prose = (el: Element) => stats.get(el)?.prose ?? 0;
  let root = best;
  let depth = 0;
  let more = 0; // prose of the substantial siblings met since `root`
  let path = best; // the child of `el` on the way down to best
  for (let el = composedParent(best); el && el !== body.parentElement; path = el, el = composedParent(el)) {
    if (linkDensity(stats.get(el)) >= MAX_LIST_LINK_DENSITY) break;
    const floor = SIBLING_SHARE * prose(root);
    for (const c of composedElements(el)) {
      if (c === path) continue;
      const s = stats.get(c);
      // a paragraph (not a card's excerpt beside its link), several paragraphs, or a good share: more of it
      const counts = s && ((s.paragraphs === 1 && !s.linkBlock) || s.paragraphs >= 2 || s.prose >= floor);
      if (counts && linkDensity(s) < MAX_LIST_LINK_DENSITY && !page.teasers.has(c) && !inFurniture(c)) more += s.prose;
    }
    more += stats.get(el)?.run ?? 0;
    if (more >= (EXPAND_RATIO - 1) * prose(root)) {
      root = el;
      depth = 0;
      more = 0;
    } else if (++depth > EXPAND_LEVELS) break;
  }
  return root;
}

/**
 * Is this inline element part of running text (inside a paragraph, or a run of text beside blocks)? Then
 * no class name takes it out: a linked place name in a sentence (`<a class="meta-loc">Sudan</a>`) is a word
 * of that sentence, and leaving it out would break the sentence.
 */
function inRunningText(el: Element, stats: Map<Element, Stats>): boolean {
  if (BLOCK_TAGS.has(el.localName)) return false;
  let words = false;
  let node = el;
  let up = composedParent(el);
  for (;;) {
    words ||= textBeside(node);
    if (!up || BLOCK_TAGS.has(up.localName)) break;
    node = up;
    up = composedParent(up);
  }
  const s = up ? stats.get(up) : undefined;
  return words && !!s && (s.isProse || s.run > 0);
}

/**
 * Is there text next to this node, at its own level (the nearest sibling on either side that holds text is
 * text or an inline element)? A photo's `<span class="caption">` alone in its box, or between two paragraphs,
 * has none: it is a block in all but its tag, and not a word of any sentence.
 */
function textBeside(node: Node): boolean {
  const side = (step: (n: Node) => Node | null): boolean => {
    for (let n = step(node); n; n = step(n)) {
      if (n.nodeType === 3) {
        if (/\S/.test((n as Text).data)) return true;
      } else if (n.nodeType === 1) {
        const e = n as Element;
        if (BLOCK_TAGS.has(e.localName)) return false;
        if (!NEVER_TEXT.has(e.localName) && /\S/.test(e.textContent ?? '')) return true;
      }
    }
    return false;
  };
  return side((n) => n.previousSibling) || side((n) => n.nextSibling);
}

/**
 * A hover card inside a sentence: right after a link, an inline element that repeats that link among two or
 * more links of its own ("Ilhan Omar" and then her photo, her name again and her latest headlines), shown only
 * on hover, where CSS hides it (which a DOM without layout cannot see).
 */
function hoverCard(el: Element): boolean {
  if (BLOCK_TAGS.has(el.localName) || el.localName === 'a') return false;
  const before = el.previousElementSibling;
  const href = before?.localName === 'a' ? before.getAttribute('href') : null;
  if (!href) return false;
  const links = [...el.querySelectorAll('a[href]')];
  return links.length >= 2 && links.some((a) => a.getAttribute('href') === href);
}

/**
 * Labels, not sentences: a chart's axis ticks and data labels ("$900", "billion", "’17") or a statistics
 * widget's cells ("Pune660"). Read as text they make sentences of numbers, and the analysis highlights them.
 * A list of words (no digits) and a paragraph with numbers in it are not graphics, and neither is a table:
 * a box score or a results table is part of the story, as readers (and the extraction benchmark) take it.
 */
function isGraphic(el: Element, s: Stats): boolean {
  return (
    s.labels >= GRAPHIC_MIN_LABELS &&
    s.labelText >= GRAPHIC_LABEL_SHARE * s.text &&
    s.figureLabels >= GRAPHIC_FIGURE_SHARE * s.labels &&
    !el.closest('table') &&
    !el.querySelector('table')
  );
}

/** The reason to leave `el` (inside the root) out of the story, or null. */
function pruneReason(el: Element, s: Stats, rootProse: number, page: Page): string | null {
  const tag = el.localName;
  if (tag === 'label' || tag === 'input') return tag;
  if (inRunningText(el, page.stats)) return hoverCard(el) ? 'hover-card' : null;
  if (tag === 'figcaption' || (tag === 'figure' && s.prose < PROTECTED_SHARE * rootProse)) return 'caption';
  if (BLOCK_TAGS.has(tag) && isLinkDense(s)) return 'link-dense';
  if (isComments(el)) return 'comments';
  if (s.prose < DOMINANT_SHARE * rootProse && page.teasers.has(el)) return 'teasers';
  if (s.prose >= PROTECTED_SHARE * rootProse && s.prose > 0) return null;
  if (FURNITURE_TAGS.has(tag)) return tag;
  if (isGraphic(el, s)) return 'graphic';
  if (s.controls >= WIDGET_MIN_CONTROLS) return 'widget';
  const named = boilerplateByName(el);
  if (named) return named;
  if (tag === 'address') return 'byline';
  if (captionList(el, s)) return 'caption';
  // "Hori Parata at his farm, the place where he was born": the words of a photo's alt text, or of a caption
  // in the page's data (a heading is the article's own: a photo often takes the headline as its alt text)
  if (
    s.text > 0 &&
    s.text <= CAPTION_MAX_CHARS &&
    BLOCK_TAGS.has(tag) &&
    !s.hasBlock &&
    !/^h[1-6]$/.test(tag) &&
    page.captions.whole.size > 0 &&
    isNamedCaption(el.textContent ?? '', page.captions)
  )
    return 'caption';
  if (s.text > 0 && s.text <= SHORT_BLOCK_CHARS && BLOCK_TAGS.has(tag) && !s.hasBlock) {
    const text = el.textContent ?? '';
    if (END_NOTE.test(text)) return 'end-note';
    if (endsInPointer(el, text)) return 'promo';
    if (DATE_OR_BYLINE.test(text) && !ENDS_SENTENCE.test(text) && text.trim().split(/\s+/).length <= BYLINE_MAX_WORDS)
      return 'byline';
    // a block that is only a <time> (a dateline)
    const time = el.querySelector('time');
    if (time && (time.textContent ?? '').replace(/\s+/g, '').length >= 0.6 * s.text) return 'byline';
  }
  return null;
}

/**
 * A run of teaser cards: at least TEASER_MIN_ITEMS children that each hold at most one short paragraph
 * beside a link block (a headline link, a share bar), or are `<article>`s of their own, and that make up
 * most of the element's text. Related stories, "You may also like", a section front's story list.
 */
function isTeaserList(el: Element, stats: Map<Element, Stats>): boolean {
  const s = stats.get(el);
  if (!s || s.text === 0 || (el.childElementCount < TEASER_MIN_ITEMS && !hostsTree(el))) return false;
  let items = 0;
  let text = 0;
  for (const c of composedElements(el)) {
    const cs = stats.get(c);
    if (!cs) continue;
    // a card: a link block and one short excerpt; or an <article> of its own (another story)
    const card = cs.linkBlock && cs.paragraphs <= 1 && cs.prose <= TEASER_MAX_PROSE;
    if (card || c.localName === 'article') {
      items++;
      text += cs.text;
    }
  }
  return items >= TEASER_MIN_ITEMS && text >= TEASER_SHARE * s.text;
}

/** Walk the root top-down and record what is left out; a skipped element's inside is not visited. */
function* prune(root: Element, page: Page, pass: Pass): Generator<void, Plan, void> {
  const { stats } = page;
  const skip = new Map<Element, string>();
  const rootProse = stats.get(root)?.prose ?? 0;
  const stack: Element[] = composedElements(root);
  let n = 0;
  while (stack.length > 0) {
    if (++n % ELEMENTS_PER_YIELD === 0) yield;
    const el = stack.pop()!;
    const s = stats.get(el);
    if (!s) continue; // never text, or left out of the stats (hidden)
    const why = pass.prune ? pruneReason(el, s, rootProse, page) : null;
    if (why) {
      skip.set(el, why);
      continue;
    }
    for (const c of composedElements(el)) stack.push(c);
  }
  if (pass.prune) {
    yield* skipRepeats(root, skip, stats);
    yield* skipOrphanHeadings(root, skip);
  }
  return { skip, known: stats };
}

const HEADING = /^h([1-6])$/;

/** A repeated sentence: at least this many words, ending as a sentence does. */
const REPEAT_MIN_WORDS = 8;
const SENTENCE_END = /[.!?]["”’]?$/;

/**
 * A pull quote or a standfirst: a block that says, word for word, a sentence that a later, longer paragraph
 * of the story says ("Since 2008, there hasn’t been a single year of revenue gain…" set large above the
 * paragraph it comes from). Read twice, the analysis lists its statement and its figures twice. Only a
 * sentence of REPEAT_MIN_WORDS words or more inside a longer block counts: a list that repeats an item
 * ("Drink during your workout") or a block repeated whole stays.
 */
function* skipRepeats(
  root: Element,
  skip: Map<Element, string>,
  stats: Map<Element, Stats>,
): Generator<void, void, void> {
  const blocks: Array<{ el: Element; text: string }> = [];
  const stack: Element[] = [root];
  let n = 0;
  while (stack.length > 0) {
    if (++n % ELEMENTS_PER_YIELD === 0) yield;
    const el = stack.pop()!;
    if (el !== root && (skip.has(el) || markedOut(el))) continue;
    const s = stats.get(el);
    if (!s || s.text === 0) continue;
    if (BLOCK_TAGS.has(el.localName) && !s.hasBlock) {
      blocks.push({ el, text: foldRepeat(el.textContent ?? '') });
      continue;
    }
    const kids = composedElements(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  // every block after the i-th, joined: a match inside one of them, not across two, is a repeat
  const SEP = '\u0000';
  const joined = blocks.map((b) => b.text).join(SEP);
  let at = 0;
  for (const { el, text } of blocks) {
    at += text.length + SEP.length;
    if (text.split(' ').length < REPEAT_MIN_WORDS || !SENTENCE_END.test(text)) continue;
    // the sentence without its full stop: quoted in the paragraph, it may end with a comma; a pull quote signed
    // with its speaker ("“If NASA focuses …,” Cooke said.") is found by its quoted words
    const signed = PULL_QUOTE_SIGNED.exec(text);
    const candidates = [text.replace(SENTENCE_END, '')];
    if (signed && signed[1]!.split(' ').length >= REPEAT_MIN_WORDS) candidates.push(signed[1]!);
    search: for (const words of candidates)
      for (let k = joined.indexOf(words, at); k >= 0; k = joined.indexOf(words, k + 1)) {
        const from = joined.lastIndexOf(SEP, k) + 1;
        const to = joined.indexOf(SEP, k);
        if ((to < 0 ? joined.length : to) - from > text.length) {
          skip.set(el, 'pull-quote');
          break search;
        }
      }
  }
}

/** A quotation with a short reporting clause after it, its opening mark folded off: the quoted words in group 1. */
const PULL_QUOTE_SIGNED = /^([^“”"]+?)[,.?!]?["”] (?:\S+ ){0,8}\S+[.!?]$/;

/** Text folded to compare sentences: one space, curly quotes and dashes as they are, quotation marks off the ends. */
const foldRepeat = (t: string): string =>
  t
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“‘]+|["”’]+$/g, '');

/**
 * A heading left with nothing under it once the plan is made: the title of a box of other stories whose
 * cards were pruned ("Other Opinion Columns", "REUTERS SHOWCASE"), of a gallery, of a share bar. It heads
 * nothing the reader reads here, and read as text it joins the story's last sentence. A heading heads the
 * text up to the next heading of its rank or higher; text under a subheading is under it too.
 */
function* skipOrphanHeadings(root: Element, skip: Map<Element, string>): Generator<void, void, void> {
  // document order: headings (their rank) and runs of kept text between them (0)
  const seq: Array<{ el: Element | null; rank: number }> = [];
  const stack: Node[] = [root];
  let n = 0;
  while (stack.length > 0) {
    if (++n % ELEMENTS_PER_YIELD === 0) yield;
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      if (seq.at(-1)?.rank !== 0 && /\S/.test((node as Text).data)) seq.push({ el: null, rank: 0 });
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && (skip.has(el) || NEVER_TEXT.has(el.localName) || markedOut(el))) continue;
    const h = HEADING.exec(el.localName);
    if (h && el !== root) {
      if (/\S/.test(el.textContent ?? '')) seq.push({ el, rank: Number(h[1]) });
      continue;
    }
    const kids = composedChildren(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  for (let i = 0; i < seq.length; i++) {
    const { el, rank } = seq[i]!;
    if (!el) continue;
    // up to the next heading of its rank or higher: the first kept text decides; deeper headings with nothing
    // after them are orphans too
    let j = i + 1;
    while (j < seq.length && seq[j]!.rank > rank) j++;
    if (j === seq.length || seq[j]!.rank !== 0) skip.set(el, 'orphan-heading');
  }
}

/** Prose characters the plan keeps under root. */
function keptProse(root: Element, plan: Plan): number {
  let lost = 0;
  for (const [el] of plan.skip) lost += plan.known.get(el)?.prose ?? 0;
  return (plan.known.get(root)?.prose ?? 0) - lost;
}

function* choose(page: Page, pass: Pass): Generator<void, RootChoice | null, void> {
  const inFurniture = furnitureTest(page.stats, page.body, pass);
  const score = yield* scoreCandidates(page, inFurniture);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (el === page.doc.documentElement) continue;
    // a list of other stories is never the story, however many excerpts vote for it
    if (s > bestScore && !page.teasers.has(el)) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return null;
  const root = climb(best, page, inFurniture);
  const plan = yield* prune(root, page, pass);
  return { root, best, how: pass === STRICT ? 'scored' : 'relaxed', plan };
}

/**
 * The element holding the article body and what inside it is not the story. Paragraphs (prose in p, li,
 * td and leaf divs) vote for their ancestors as in readability, paragraphs found in JSON-LD articleBody
 * vote more, `<article>` and `itemprop=articleBody` weigh in; the best climbs while an ancestor holds
 * clearly more prose; boilerplate inside it is pruned; a short result is retried with relaxed rules.
 */
export function findArticleRoot(doc: Document): RootChoice {
  return drain(articleRootSteps(doc));
}

/**
 * findArticleRoot as a generator that yields every few hundred elements, so the content script can run it
 * in short slices on the page's thread (see runSliced in lib/dom/schedule.ts); returns the choice.
 */
export function* articleRootSteps(doc: Document): Generator<void, RootChoice, void> {
  const body = doc.body ?? doc.documentElement;
  const stats = yield* pageStats(body);
  const teasers = new Set<Element>();
  let n = 0;
  for (const el of stats.keys()) {
    if (++n % ELEMENTS_PER_YIELD === 0) yield;
    if (isTeaserList(el, stats)) teasers.add(el);
  }
  const page: Page = { doc, body, stats, teasers, articleBody: jsonLdArticleBody(doc), captions: pageCaptions(doc) };
  const strict = yield* choose(page, STRICT);
  if (strict && keptProse(strict.root, strict.plan) >= MIN_ARTICLE_CHARS) return strict;
  const relaxed = yield* choose(page, RELAXED);
  const better =
    strict && relaxed
      ? keptProse(relaxed.root, relaxed.plan) > keptProse(strict.root, strict.plan)
        ? relaxed
        : strict
      : (strict ?? relaxed);
  if (better) return better;
  const marked = doc.querySelector('[itemprop~="articleBody"], article');
  const root = marked ?? body;
  return {
    root,
    how: marked ? 'article-body' : 'fallback-body',
    plan: { skip: new Map(), known: stats },
  };
}

// --------------------------------------------------------------------------------------------- walk

export interface Snapshot {
  root: Element;
  map: TextMap;
}

/** How many elements the root choice looks at between yields. */
const ELEMENTS_PER_YIELD = 128;

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
    // the composed tree: an open shadow root's content, slots' assigned nodes, a same-origin frame's body
    const kids = composedChildren(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, false]);
  }
}

/** The whole snapshot in one go (Node, tests). */
export function extractSync(doc: Document, opts: ExtractOptions = {}): Snapshot & RootChoice {
  const choice = findArticleRoot(doc);
  const map = new TextMap();
  for (const _ of walkInto(map, choice.root, { ...opts, plan: choice.plan }));
  return { ...choice, map };
}
