// Drawing: the only code that paints on the page. CSS Custom Highlight API (one Highlight per category,
// named from lib/categories.ts, styled by `::highlight(sourcelight-x)` in the content script's sheet), which never
// touches the page's DOM or text. Where the API is missing (Firefox < 140) a fallback wraps text in
// <sourcelight-mark> elements and restores the original text nodes exactly when cleared.
import { CATEGORIES, type CategoryId } from '../categories.ts';
import { runSliced } from './schedule.ts';
import type { DomPoint, TextMap } from './text-map.ts';

export interface Mark {
  category: CategoryId;
  start: number;
  end: number;
}

export const FOCUS_HIGHLIGHT = 'sourcelight-focus';
const MARK_TAG = 'sourcelight-mark';
/** Painting order where highlights overlap: actors on top of figures, sourcing, then claims. */
const PRIORITY: Record<CategoryId, number> = { claim: 0, sourcing: 1, figure: 2, place: 3, organization: 4, person: 5 };
/** Marks drawn per step of the sliced loop (the time budget decides when to yield). */
const MARKS_PER_STEP = 25;

export interface Painter {
  readonly kind: 'css' | 'wrap';
  /** Draw marks in short slices; returns how many were drawn (the rest map to nothing on the page). */
  add(marks: readonly Mark[], signal?: AbortSignal, onFirst?: () => void): Promise<number>;
  /** Replace everything drawn by `marks`, built off-screen in slices and swapped in at once (no flicker). */
  replace(marks: readonly Mark[], signal?: AbortSignal): Promise<number>;
  /**
   * Bring the drawing to exactly `marks` over `map`, a new snapshot of the same article, in place (see
   * CssPainter.update). Missing where marks live in the page's text (the fallback), which redraws instead.
   */
  update?(map: TextMap, marks: readonly Mark[], signal?: AbortSignal): Promise<{ added: number; removed: number }>;
  setVisible(category: CategoryId, on: boolean): void;
  /** Remove every highlight and the stylesheet. */
  clear(): void;
  /** Briefly emphasise a range of the snapshot (after scrolling it into view). */
  focus(start: number, end: number, reducedMotion: boolean): void;
  /** DOM point -> a point of the snapshot's own nodes (the fallback splits text nodes). */
  toMapped(node: Node, offset: number): { node: Node; offset: number };
  /** A live Range for a snapshot span (for geometry), or null. */
  range(start: number, end: number): Range | null;
  /**
   * Put back what the page did to the drawing (registry entries deleted or replaced, ranges added to ours,
   * priorities changed, a hidden category's name taken); returns how many categories needed it (0: intact).
   */
  defend(): number;
}

/**
 * The stylesheet for every category. It ships as entrypoints/content/style.css (the manifest injects it
 * before the page first renders, so adding it costs no style recalculation of a big page later;
 * tests/unit/highlight-css.test.ts keeps the file equal to this).
 */
export function highlightCss(): string {
  const rules: string[] = [];
  const forced: string[] = [];
  for (const c of CATEGORIES) {
    // never colour alone: each category has its own line (five underline styles and one overline)
    const line = `text-decoration: ${c.line ?? 'underline'} ${c.underlineStyle}`;
    const deco = `${line} ${c.underline}; text-decoration-thickness: 2px; text-decoration-skip-ink: none;`;
    // !important: the page's own sheets come later in the cascade and would otherwise restyle or hide the
    // highlights with any rule of theirs (a reader's user style with !important still wins)
    rules.push(`::highlight(${c.highlight}) { ${important(`background-color: ${c.background}; ${deco}`)} }`);
    rules.push(`${MARK_TAG}[data-sl="${c.id}"] { background-color: ${c.background}; ${deco} }`);
    // forced colours (high contrast): the page's colours are replaced by the reader's; tints would all turn into
    // one colour, so no tint, a system colour for the line, the same six line styles, thicker. Claims keep a
    // block, in the system's Mark colours (author system colours are kept in forced-colours mode).
    const block =
      c.forcedColour === 'MarkText' ? 'background-color: Mark; color: MarkText;' : 'background-color: transparent;';
    const hc = `${block} ${line} ${c.forcedColour}; text-decoration-thickness: 3px; text-decoration-skip-ink: none;`;
    forced.push(`::highlight(${c.highlight}) { ${important(hc)} }`);
    forced.push(`${MARK_TAG}[data-sl="${c.id}"] { ${hc} }`);
  }
  rules.push(`@media (forced-colors: active) { ${forced.join(' ')} }`);
  rules.push(
    `::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(250, 204, 21, 0.65); color: #111; text-decoration: underline solid #111 3px; }`,
  );
  rules.push(`${MARK_TAG} { all: unset; display: inline; }`);
  rules.push(`${MARK_TAG}[data-sl].sl-off { background: none; text-decoration: none; }`);
  return rules.join('\n');
}

const important = (decls: string) => decls.replace(/;/g, ' !important;');

export function supportsHighlights(doc: Document): boolean {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  return !!win && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

/** How highlights are drawn: CSS Custom Highlights, or `<sourcelight-mark>` elements where the API is missing. */
export type PainterKind = 'highlights' | 'marks';

/** The CSS highlight painter where the page supports it; `force` is for a test build only (see the content script). */
export function createPainter(doc: Document, map: TextMap, force?: PainterKind): Painter {
  const kind = force ?? (supportsHighlights(doc) ? 'highlights' : 'marks');
  return kind === 'highlights' ? new CssPainter(doc, map) : new WrapPainter(doc, map);
}

const byStart = (a: Mark, b: Mark) => a.start - b.start || b.end - a.end;

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function liveRange(doc: Document, map: TextMap, start: number, end: number): Range | null {
  const pts = map.toDom(start, end);
  if (!pts?.start.node.isConnected) return null;
  try {
    const r = doc.createRange();
    r.setStart(pts.start.node, pts.start.offset);
    r.setEnd(pts.end.node, pts.end.offset);
    return r;
  } catch {
    return null;
  }
}

/**
 * Our stylesheet in a tree scope that the manifest's stylesheet does not reach: an open shadow root (the
 * `::highlight()` rules of the document do not apply inside it) or a same-origin frame's document. The
 * sheet is adopted, so the page's DOM and its own sheets stay as they are; `release()` takes it back out.
 */
class ScopedStyles {
  private sheets = new Map<Document | ShadowRoot, CSSStyleSheet>();

  /** Make sure the scope holding `node` has the highlight styles. */
  cover(node: Node): void {
    const scope = node.getRootNode?.() as Document | ShadowRoot | undefined;
    if (!scope || scope === globalThis.document || this.sheets.has(scope)) return;
    if (scope.nodeType !== 9 && scope.nodeType !== 11) return;
    try {
      const doc = scope.nodeType === 9 ? (scope as Document) : (scope.ownerDocument as Document);
      const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
      if (!Sheet || !('adoptedStyleSheets' in scope)) return;
      const sheet = new Sheet();
      sheet.replaceSync(highlightCss());
      scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
      this.sheets.set(scope, sheet);
    } catch {
      // a scope that refuses (another realm, a frozen array): its text is simply not styled
    }
  }

  release(): void {
    for (const [scope, sheet] of this.sheets) {
      try {
        scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // the scope is gone with its frame
      }
    }
    this.sheets.clear();
  }
}

class CssPainter implements Painter {
  readonly kind = 'css';
  private scoped = new ScopedStyles();
  private highlights = new Map<CategoryId, Highlight>();
  /** The ranges drawn, by category: what each Highlight must hold, whatever the page adds to it. */
  private ranges = new Map<CategoryId, AbstractRange[]>();
  private visible = new Set<CategoryId>(CATEGORIES.map((c) => c.id));
  private focusTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly win: Window & typeof globalThis;

  constructor(
    private doc: Document,
    private map: TextMap,
  ) {
    this.win = doc.defaultView as Window & typeof globalThis;
  }

  private highlight(category: CategoryId): Highlight {
    let h = this.highlights.get(category);
    if (!h) {
      h = this.newHighlight(category);
      this.highlights.set(category, h);
    }
    return h;
  }

  private newHighlight(category: CategoryId, ranges: readonly AbstractRange[] = []): Highlight {
    const h = new this.win.Highlight(...ranges);
    h.priority = PRIORITY[category];
    return h;
  }

  private drawnRanges(category: CategoryId): AbstractRange[] {
    let list = this.ranges.get(category);
    if (!list) {
      list = [];
      this.ranges.set(category, list);
    }
    return list;
  }

  private register(category: CategoryId): void {
    const h = this.highlights.get(category);
    if (h && h.size > 0 && this.visible.has(category)) this.win.CSS.highlights.set(`sourcelight-${category}`, h);
  }

  private makeRange(start: number, end: number): AbstractRange | null {
    const pts = this.map.toDom(start, end);
    if (!pts) return null;
    this.scoped.cover(pts.start.node);
    try {
      // StaticRange: no bookkeeping on every later DOM change of the page, unlike live Ranges
      if (typeof this.win.StaticRange === 'function') {
        return new this.win.StaticRange({
          startContainer: pts.start.node,
          startOffset: pts.start.offset,
          endContainer: pts.end.node,
          endOffset: pts.end.offset,
        });
      }
      const r = this.doc.createRange();
      r.setStart(pts.start.node, pts.start.offset);
      r.setEnd(pts.end.node, pts.end.offset);
      return r;
    } catch {
      return null;
    }
  }

  async add(marks: readonly Mark[], signal?: AbortSignal, onFirst?: () => void): Promise<number> {
    let drawn = 0;
    let first = true;
    const touched = new Set<CategoryId>();
    const step = function* (this: CssPainter) {
      for (const chunk of chunks([...marks].sort(byStart), MARKS_PER_STEP)) {
        for (const m of chunk) {
          const r = this.makeRange(m.start, m.end);
          if (!r) continue;
          this.highlight(m.category).add(r);
          this.drawnRanges(m.category).push(r);
          touched.add(m.category);
          drawn++;
        }
        // register as we go so the top of the article shows before the rest is drawn
        for (const c of touched) this.register(c);
        touched.clear();
        if (first && drawn > 0) {
          first = false;
          onFirst?.();
        }
        yield;
      }
    }.call(this);
    await runSliced(step, signal);
    return drawn;
  }

  async replace(marks: readonly Mark[], signal?: AbortSignal): Promise<number> {
    const next = new Map<CategoryId, Highlight>();
    const nextRanges = new Map<CategoryId, AbstractRange[]>();
    let drawn = 0;
    const step = function* (this: CssPainter) {
      for (const chunk of chunks([...marks].sort(byStart), MARKS_PER_STEP)) {
        for (const m of chunk) {
          const r = this.makeRange(m.start, m.end);
          if (!r) continue;
          let h = next.get(m.category);
          if (!h) {
            h = this.newHighlight(m.category);
            next.set(m.category, h);
            nextRanges.set(m.category, []);
          }
          h.add(r);
          nextRanges.get(m.category)!.push(r);
          drawn++;
        }
        yield;
      }
    }.call(this);
    await runSliced(step, signal);
    for (const c of CATEGORIES) {
      const h = next.get(c.id);
      if (h && h.size > 0 && this.visible.has(c.id)) this.win.CSS.highlights.set(c.highlight, h);
      else this.win.CSS.highlights.delete(c.highlight);
    }
    this.highlights = next;
    this.ranges = nextRanges;
    return drawn;
  }

  /**
   * The diff of a page that changed (a live blog's new paragraph, an edited post): every range whose category
   * and DOM boundaries are still marked stays as it is, the others are taken out, the new ones added, so only
   * what changed is touched and the result is what replace() would draw. The new ranges are built in slices;
   * the Highlights change at once at the end.
   */
  async update(
    map: TextMap,
    marks: readonly Mark[],
    signal?: AbortSignal,
  ): Promise<{ added: number; removed: number }> {
    this.map = map;
    // a range is the same when its category, nodes and offsets are
    const ids = new WeakMap<Node, number>();
    let next = 0;
    const idOf = (n: Node) => {
      let v = ids.get(n);
      if (v === undefined) {
        v = ++next;
        ids.set(n, v);
      }
      return v;
    };
    const key = (c: CategoryId, sn: Node, so: number, en: Node, eo: number) =>
      `${c} ${idOf(sn)}:${so} ${idOf(en)}:${eo}`;
    // what should be drawn, by key (a mark drawn twice counts twice, as replace() would draw it)
    const wanted = new Map<string, Mark[]>();
    const plan = function* (this: CssPainter) {
      for (const chunk of chunks(marks, MARKS_PER_STEP * 4)) {
        for (const m of chunk) {
          const pts = map.toDom(m.start, m.end);
          if (!pts) continue;
          const k = key(m.category, pts.start.node, pts.start.offset, pts.end.node, pts.end.offset);
          const list = wanted.get(k);
          if (list) list.push(m);
          else wanted.set(k, [m]);
        }
        yield;
      }
    }.call(this);
    await runSliced(plan, signal);
    const gone = new Map<CategoryId, Set<AbstractRange>>();
    for (const [c, list] of this.ranges) {
      for (const r of list) {
        const k = key(c, r.startContainer, r.startOffset, r.endContainer, r.endOffset);
        const left = wanted.get(k);
        if (left && left.length > 0) left.pop();
        else {
          const set = gone.get(c) ?? new Set<AbstractRange>();
          gone.set(c, set);
          set.add(r);
        }
      }
    }
    const fresh: Array<[CategoryId, AbstractRange]> = [];
    const build = function* (this: CssPainter) {
      for (const chunk of chunks([...wanted.values()].flat().sort(byStart), MARKS_PER_STEP)) {
        for (const m of chunk) {
          const r = this.makeRange(m.start, m.end);
          if (r) fresh.push([m.category, r]);
        }
        yield;
      }
    }.call(this);
    await runSliced(build, signal);
    let removed = 0;
    for (const [c, set] of gone) {
      const h = this.highlight(c);
      for (const r of set) h.delete(r);
      this.ranges.set(
        c,
        this.drawnRanges(c).filter((r) => !set.has(r)),
      );
      removed += set.size;
    }
    for (const [c, r] of fresh) {
      this.highlight(c).add(r);
      this.drawnRanges(c).push(r);
    }
    for (const c of CATEGORIES) {
      if ((this.highlights.get(c.id)?.size ?? 0) > 0) this.register(c.id);
      else this.win.CSS.highlights.delete(c.highlight);
    }
    return { added: fresh.length, removed };
  }

  defend(): number {
    const reg = this.win.CSS.highlights;
    let repaired = 0;
    for (const c of CATEGORIES) {
      const name = c.highlight;
      const ranges = this.ranges.get(c.id) ?? [];
      const shown = this.visible.has(c.id) && ranges.length > 0;
      const entry = reg.get(name);
      if (!shown) {
        // a category switched off (or with nothing drawn) has no entry: one under our name is the page's
        if (entry) {
          reg.delete(name);
          repaired++;
        }
        continue;
      }
      const own = this.highlights.get(c.id);
      if (own && entry === own && own.size === ranges.length && own.priority === PRIORITY[c.id]) continue;
      // deleted, replaced, added to or re-prioritised: a fresh Highlight with exactly what was drawn
      const fresh = this.newHighlight(c.id, ranges);
      this.highlights.set(c.id, fresh);
      reg.set(name, fresh);
      repaired++;
    }
    return repaired;
  }

  setVisible(category: CategoryId, on: boolean): void {
    if (on) {
      this.visible.add(category);
      this.register(category);
    } else {
      this.visible.delete(category);
      this.win.CSS.highlights.delete(`sourcelight-${category}`);
    }
  }

  clear(): void {
    for (const c of this.highlights.keys()) this.win.CSS.highlights.delete(`sourcelight-${c}`);
    this.win.CSS.highlights.delete(FOCUS_HIGHLIGHT);
    this.highlights.clear();
    this.ranges.clear();
    this.scoped.release();
    clearTimeout(this.focusTimer);
  }

  focus(start: number, end: number, reducedMotion: boolean): void {
    const r = this.makeRange(start, end);
    if (!r) return;
    const h = new this.win.Highlight(r);
    h.priority = 10;
    const reg = this.win.CSS.highlights;
    clearTimeout(this.focusTimer);
    reg.set(FOCUS_HIGHLIGHT, h);
    // a short blink draws the eye; with reduced motion, a steady emphasis instead
    const phases = reducedMotion ? [2000] : [400, 200, 400, 200, 1200];
    let i = 0;
    const tick = () => {
      if (i >= phases.length) {
        reg.delete(FOCUS_HIGHLIGHT);
        return;
      }
      if (i % 2 === 1) reg.delete(FOCUS_HIGHLIGHT);
      else reg.set(FOCUS_HIGHLIGHT, h);
      this.focusTimer = setTimeout(tick, phases[i++]);
    };
    tick();
  }

  toMapped(node: Node, offset: number) {
    return { node, offset };
  }

  range(start: number, end: number): Range | null {
    return liveRange(this.doc, this.map, start, end);
  }
}

interface Piece {
  /** Offset of the piece in the original node's data. */
  offset: number;
  node: Text;
}

/**
 * Fallback for browsers without CSS.highlights: wraps each covered run of text in <sourcelight-mark>
 * (inline, unstyled but for the category's look). Text nodes are split at mark boundaries; clear() unwraps
 * and joins the pieces back into the original nodes, so the page's references to them stay valid.
 */
class WrapPainter implements Painter {
  readonly kind = 'wrap';
  private elements: HTMLElement[] = [];
  private pieces = new Map<Text, { data: string; pieces: Piece[] }>();
  private origin = new WeakMap<Text, { node: Text; offset: number }>();
  private hidden = new Set<CategoryId>();

  constructor(
    private doc: Document,
    private map: TextMap,
  ) {}

  /** The piece holding original offset `offset` of `node` (the start side of a boundary). */
  private resolve(p: DomPoint, atEnd: boolean): DomPoint {
    const entry = this.pieces.get(p.node);
    if (!entry) return p;
    const list = entry.pieces;
    for (let i = list.length - 1; i >= 0; i--) {
      const piece = list[i]!;
      if (atEnd ? piece.offset < p.offset : piece.offset <= p.offset)
        return { node: piece.node, offset: p.offset - piece.offset };
    }
    return { node: list[0]!.node, offset: p.offset };
  }

  private split(node: Text, at: number): void {
    let entry = this.pieces.get(node);
    if (!entry) {
      entry = { data: node.data, pieces: [{ offset: 0, node }] };
      this.pieces.set(node, entry);
    }
    const list = entry.pieces;
    let i = list.length - 1;
    while (i > 0 && list[i]!.offset > at) i--;
    const piece = list[i]!;
    const local = at - piece.offset;
    if (local <= 0 || local >= piece.node.length) return;
    const rest = piece.node.splitText(local);
    list.splice(i + 1, 0, { offset: at, node: rest });
    this.origin.set(rest, { node, offset: at });
  }

  private wrap(m: Mark): boolean {
    // (not map.toDom: its staleness check would refuse nodes this painter has split itself)
    // split at both ends (original coordinates), then wrap every mapped node piece in between
    const segs = this.map.segments.filter((s) => s.start < m.end && s.start + s.length > m.start);
    const runs: Array<{ node: Text; from: number; to: number }> = [];
    for (const s of segs) {
      const from = s.offset + Math.max(0, m.start - s.start);
      const to = s.offset + Math.min(s.length, m.end - s.start);
      const last = runs[runs.length - 1];
      if (last && last.node === s.node && last.to >= from) last.to = to;
      else runs.push({ node: s.node, from, to });
    }
    let ok = false;
    for (const run of runs) {
      if (!run.node.isConnected) continue;
      this.split(run.node, run.from);
      this.split(run.node, run.to);
      const entry = this.pieces.get(run.node)!;
      for (const piece of entry.pieces) {
        const end = piece.offset + piece.node.length;
        if (piece.offset < run.from || end > run.to) continue;
        const el = this.doc.createElement(MARK_TAG);
        el.setAttribute('data-sl', m.category);
        if (this.hidden.has(m.category)) el.classList.add('sl-off');
        const parent = piece.node.parentNode;
        if (!parent) continue;
        // wrap the outermost mark already around this piece, so nested categories stay nested
        let target: Node = piece.node;
        while (
          target.parentNode &&
          (target.parentNode as Element).localName === MARK_TAG &&
          target.parentNode.childNodes.length === 1
        )
          target = target.parentNode;
        target.parentNode!.insertBefore(el, target);
        el.appendChild(target);
        this.elements.push(el);
        ok = true;
      }
    }
    return ok;
  }

  async add(marks: readonly Mark[], signal?: AbortSignal, onFirst?: () => void): Promise<number> {
    let drawn = 0;
    let first = true;
    const step = function* (this: WrapPainter) {
      // widest first, so narrower marks nest inside wider ones
      for (const chunk of chunks([...marks].sort(byStart), MARKS_PER_STEP)) {
        for (const m of chunk) {
          try {
            if (this.wrap(m)) drawn++;
          } catch {
            // one mark failing stays one mark
          }
        }
        if (first && drawn > 0) {
          first = false;
          onFirst?.();
        }
        yield;
      }
    }.call(this);
    await runSliced(step, signal);
    return drawn;
  }

  async replace(marks: readonly Mark[], signal?: AbortSignal): Promise<number> {
    // the fallback cannot build off-screen: unwrap and wrap again
    this.clear();
    return this.add(marks, signal);
  }

  setVisible(category: CategoryId, on: boolean): void {
    if (on) this.hidden.delete(category);
    else this.hidden.add(category);
    for (const el of this.elements) if (el.getAttribute('data-sl') === category) el.classList.toggle('sl-off', !on);
  }

  clear(): void {
    // unwrap, innermost last-created first
    for (let i = this.elements.length - 1; i >= 0; i--) {
      const el = this.elements[i]!;
      const parent = el.parentNode;
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      el.remove();
    }
    this.elements = [];
    // join the pieces back into each original node
    for (const [node, entry] of this.pieces) {
      for (const piece of entry.pieces.slice(1)) piece.node.remove();
      node.data = entry.data;
    }
    this.pieces.clear();
  }

  focus(start: number, end: number, reducedMotion: boolean): void {
    void start;
    void end;
    void reducedMotion; // the caller scrolls; the fallback has no separate emphasis
  }

  defend(): number {
    return 0; // the marks are the page's own elements now; nothing to check cheaply
  }

  toMapped(node: Node, offset: number) {
    const o = this.origin.get(node as Text);
    return o ? { node: o.node, offset: o.offset + offset } : { node, offset };
  }

  range(start: number, end: number): Range | null {
    const pts = this.map.toDom(start, end, false);
    if (!pts) return null;
    const s = this.resolve(pts.start, false);
    const e = this.resolve(pts.end, true);
    try {
      const r = this.doc.createRange();
      r.setStart(s.node, s.offset);
      r.setEnd(e.node, e.offset);
      return r;
    } catch {
      return null;
    }
  }
}
