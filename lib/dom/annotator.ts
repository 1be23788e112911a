// The page annotator: gate -> article root -> sliced text snapshot -> analysis (off the page's thread, via
// the injected `analyze`) -> sliced drawing; then live toggles, the hover card, "reveal", incremental
// additions (live blogs, "load more", SPA navigation) and clean-up. Browser APIs and WXT's ctx come in as
// dependencies, so this file only touches the page, never the extension's messaging.
import { CATEGORIES, type CategoryId } from '../categories.ts';
import { MAX_REQUEST_CHARS, type PageState, type PageStatus } from '../messages.ts';
import { isSiteDisabled, type Settings } from '../settings.ts';
import type { Analysis } from '../types.ts';
import { HoverCard } from './card.ts';
import { excludeReason, findArticleRoot, insideExcluded, isEditable, walkInto } from './extract.ts';
import { isArticlePage } from './gate.ts';
import { createPainter, type Painter, type PainterKind } from './highlight.ts';
import { type Explained, explainAll, explainAt, swatch } from './marks.ts';
import { Aborted, afterNextFrame, runSliced } from './schedule.ts';
import { TextMap } from './text-map.ts';

/** Wait this long after the last DOM addition before annotating what was added (ms). */
export const MUTATION_DEBOUNCE_MS = 500;
/** Additions shorter than this (characters of article text) are not worth an analysis round. */
export const MIN_ADDED_CHARS = 40;
/** Hover handling at most this often (ms). */
export const HOVER_THROTTLE_MS = 60;
/** After an SPA navigation, let the new page render before looking for its article (ms). */
export const NAVIGATION_SETTLE_MS = 800;
/**
 * The first pass analyses about this many characters from the top (a screenful or two) before the whole
 * article, so the first highlights show quickly even where the full analysis takes a second or more.
 */
export const FIRST_PASS_CHARS = 1500;

export interface AnnotatorDeps {
  doc: Document;
  /**
   * Run the analysis off the page's thread (the background). Rejects on failure. `expectChars`: about
   * how long the whole article is, sent with the first pass so the background can get ready for it.
   */
  analyze: (text: string, hint?: { expectChars: number }) => Promise<Analysis>;
  /** Fires when the page is left or the extension is updated/unloaded (WXT ctx.signal). */
  signal: AbortSignal;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  listen: (target: EventTarget, type: string, fn: (e: Event) => void, opts?: AddEventListenerOptions) => void;
  mark?: (name: string) => void;
  /** A failure we recovered from; "Extension context invalidated." never gets here. */
  report?: (where: string, error: unknown) => void;
  /** Draw with this painter whatever the page supports: fixed when the extension is built, never by a page. */
  painter?: PainterKind;
}

/** The background refuses longer requests (lib/messages.ts): send the article up to a paragraph break within it. */
function sendable(text: string): string {
  if (text.length <= MAX_REQUEST_CHARS) return text;
  const cut = text.lastIndexOf('\n', MAX_REQUEST_CHARS);
  return text.slice(0, cut > 0 ? cut : MAX_REQUEST_CHARS);
}

const isInvalidated = (e: unknown) => /Extension context invalidated|context invalidated/i.test(String(e));

export class Annotator {
  private status: PageStatus = 'starting';
  private progress: number | undefined;
  private error: string | undefined;
  private settings: Settings | null = null;
  private forced = false;

  private root: Element | null = null;
  private map: TextMap | null = null;
  private analysis: Analysis | null = null;
  private items: Explained[] = [];
  private painter: Painter | null = null;
  private card: HoverCard;
  private observer: MutationObserver | null = null;
  private pending = new Set<Node>();
  private debounce: number | undefined;
  private generation = 0;
  private busy = false;
  private painting = false;
  private firstMarked = false;
  private lastHover = 0;
  private hoverTimer: number | undefined;
  private destroyed = false;

  constructor(private deps: AnnotatorDeps) {
    this.card = new HoverCard(deps.doc);
    deps.signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  // ----------------------------------------------------------------------------------------- state

  private get site(): string {
    return this.deps.doc.location?.hostname ?? '';
  }

  private get off(): boolean {
    const s = this.settings;
    return !!s && (s.paused || isSiteDisabled(s, this.site));
  }

  private visible = (c: CategoryId): boolean => this.settings?.categories[c] ?? true;

  state(): PageState {
    const doc = this.deps.doc;
    const title = (doc.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim() || doc.title || '';
    const s: PageState = { status: this.status, title, site: this.site };
    if (this.progress !== undefined && this.status === 'analysing') s.progress = this.progress;
    if (this.analysis && (this.status === 'ready' || this.status === 'empty')) s.analysis = this.analysis;
    if (this.error) s.error = this.error;
    return s;
  }

  // ------------------------------------------------------------------------------------- lifecycle

  /** Apply settings: the first call starts the work; later calls toggle categories or pause/resume. */
  applySettings(next: Settings): void {
    const wasOff = this.off;
    const first = this.settings === null;
    this.settings = next;
    if (this.destroyed) return;
    if (this.off) {
      if (first || !wasOff) this.teardown('paused');
      return;
    }
    if (first || wasOff) {
      // resume: redraw what was analysed without re-analysing, or start from scratch
      if (this.analysis && this.map && this.root?.isConnected)
        void this.guard('redraw', () => this.draw(this.generation));
      else void this.guard('start', () => this.run(false));
      return;
    }
    for (const c of CATEGORIES) this.painter?.setVisible(c.id, this.visible(c.id));
    if (!this.visible('person') || !this.visible('organization') || !this.visible('place')) this.card.hide();
  }

  /** The popup's "annotate anyway" on a page the gate turned down. */
  annotateAnyway(): void {
    if (this.off || this.destroyed) return;
    if (this.status === 'not-article' || this.status === 'error' || this.status === 'empty') {
      this.forced = true;
      void this.guard('annotate-anyway', () => this.run(true));
    }
  }

  /** Scroll a span of the analysed text into view and emphasise it briefly. */
  reveal(start: number, end: number): boolean {
    if (!this.map || !this.painter || this.destroyed) return false;
    const range = this.painter.range(start, end);
    if (!range) return false;
    const view = this.deps.doc.defaultView;
    const reduced = !!view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const el =
      range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    this.painter.focus(start, end, reduced);
    return true;
  }

  /** Everything off: highlights, card, observers. Used for pause and for leaving the page. */
  private teardown(status: PageStatus): void {
    this.generation++;
    this.painter?.clear();
    this.painter = null;
    this.card.hide();
    this.observer?.disconnect();
    this.observer = null;
    this.pending.clear();
    this.status = status;
    this.progress = undefined;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    try {
      this.teardown(this.status);
      this.card.destroy();
    } catch {
      // leaving the page: nothing left to protect
    }
  }

  /** Run one unit of work; whatever it throws stays here. */
  private async guard(where: string, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (e) {
      if (e instanceof Aborted || this.destroyed) return;
      if (isInvalidated(e)) {
        this.destroy();
        return;
      }
      this.status = 'error';
      this.error = String((e as Error)?.message ?? e);
      this.deps.report?.(where, e);
    }
  }

  // ------------------------------------------------------------------------------------------ work

  private async run(force: boolean): Promise<void> {
    const gen = ++this.generation;
    const { doc, signal } = this.deps;
    this.runUrl = doc.location?.href ?? '';
    this.painter?.clear();
    this.painter = null;
    this.observer?.disconnect();
    this.analysis = null;
    this.items = [];
    this.error = undefined;
    if (!force && !this.forced && !isArticlePage(doc).article) {
      this.status = 'not-article';
      this.watchNavigation();
      return;
    }
    this.status = 'analysing';
    this.progress = 0;
    await afterNextFrame(doc.defaultView);
    if (gen !== this.generation || this.destroyed) return;
    const { root } = findArticleRoot(doc);
    const map = new TextMap();
    this.root = root;
    this.map = map;
    if (isEditable(root)) {
      // an editor (design mode, or a contenteditable holding the body): the reader's own text, left alone
      this.status = 'empty';
      this.progress = undefined;
      this.watchNavigation();
      return;
    }
    const estimate = Math.max(1, (root.textContent ?? '').length);
    // first pass: the top of the article goes to the background as soon as it is in the snapshot, so the
    // first highlights show while the rest is still being read and analysed
    let first: Promise<Analysis | null> | null = null;
    const sendFirst = () => {
      const cut = map.text.indexOf('\n', FIRST_PASS_CHARS);
      if (cut > 0)
        first = this.deps.analyze(map.text.slice(0, cut), { expectChars: Math.round(estimate) }).catch(() => null);
    };
    await runSliced(walkInto(map, root, { layout: true }), signal, () => {
      this.progress = Math.min(0.4, (0.4 * map.length) / estimate);
      if (!first && map.length > FIRST_PASS_CHARS * 2) sendFirst();
    });
    if (gen !== this.generation) return;
    this.deps.mark?.('sourcelight:snapshot');
    this.observe();
    this.watchNavigation();
    if (map.text.trim() === '') {
      this.status = 'empty';
      this.analysis = null;
      return;
    }
    if (!first && map.length > FIRST_PASS_CHARS * 2) sendFirst();
    this.progress = 0.4;
    const full = this.deps.analyze(sendable(map.text));
    full.catch(() => undefined); // handled below; no unhandled rejection while the first pass draws
    const painter = this.newPainter(map);
    const early = first ? await (first as Promise<Analysis | null>) : null;
    if (gen !== this.generation || this.destroyed) return;
    if (early) {
      this.items = explainAll(early);
      this.progress = 0.5;
      await this.paint(painter, this.items, gen);
      if (gen !== this.generation) return;
    }
    const analysis = await full;
    if (gen !== this.generation || this.destroyed) return;
    this.deps.mark?.('sourcelight:analysed');
    if (analysis.text !== map.text.slice(0, analysis.text.length)) throw new Error('analysis text mismatch');
    this.analysis = analysis;
    this.items = explainAll(analysis);
    this.progress = 0.8;
    if (early) {
      this.painting = true;
      try {
        await painter.replace(this.items, signal);
      } finally {
        this.painting = false;
        // the fallback painter's own DOM changes are not page additions
        if (painter.kind === 'wrap') this.observer?.takeRecords();
      }
      if (gen !== this.generation) return;
      this.finish();
    } else await this.draw(gen, painter);
  }

  private newPainter(map: TextMap): Painter {
    this.painter?.clear();
    const painter = createPainter(this.deps.doc, map, this.deps.painter);
    this.painter = painter;
    for (const c of CATEGORIES) painter.setVisible(c.id, this.visible(c.id));
    return painter;
  }

  private finish(): void {
    this.status = this.items.length > 0 ? 'ready' : 'empty';
    this.progress = undefined;
    // all highlights drawn: `npm run bench` measures from sourcelight:start to here
    this.deps.mark?.('sourcelight:done');
    this.listenForReaders();
    if (!this.observer) this.observe();
  }

  private async draw(gen: number, fresh?: Painter): Promise<void> {
    if (!this.map || !this.analysis) return;
    const painter = fresh ?? this.newPainter(this.map);
    this.status = 'analysing';
    this.progress = 0.5;
    const marks = this.items;
    await this.paint(painter, marks, gen);
    if (gen !== this.generation) return;
    this.finish();
  }

  private async paint(painter: Painter, marks: readonly Explained[], gen: number): Promise<void> {
    this.painting = true;
    try {
      await painter.add(marks, this.deps.signal, () => {
        if (!this.firstMarked) {
          this.firstMarked = true;
          this.deps.mark?.('sourcelight:first-highlight');
        }
      });
    } finally {
      this.painting = false;
      // the fallback painter's own DOM changes are not page additions
      if (painter.kind === 'wrap') this.observer?.takeRecords();
    }
    void gen;
  }

  // ----------------------------------------------------------------------------- pages that change

  private observe(): void {
    const body = this.deps.doc.body;
    if (!body || this.observer) return;
    this.observer = new MutationObserver((records) => {
      if (this.painting && this.painter?.kind === 'wrap') return;
      for (const r of records)
        for (const n of r.addedNodes) if (n.nodeType === 1 || n.nodeType === 3) this.pending.add(n);
      if (this.pending.size === 0) return;
      if (this.debounce !== undefined) this.deps.clearTimeout(this.debounce);
      this.debounce = this.deps.setTimeout(() => {
        this.debounce = undefined;
        void this.guard('additions', () => this.flushAdditions());
      }, MUTATION_DEBOUNCE_MS);
    });
    this.observer.observe(body, { childList: true, subtree: true });
  }

  private navigationWatched = false;
  /** The page's URL when the last analysis started. */
  private runUrl = '';
  private navTimer: number | undefined;
  private watchNavigation(): void {
    if (this.navigationWatched) return;
    this.navigationWatched = true;
    const view = this.deps.doc.defaultView;
    if (!view) return;
    // WXT fires wxt:locationchange on SPA navigations (history.pushState / popstate)
    this.deps.listen(view, 'wxt:locationchange', () => {
      if (this.off || this.destroyed) return;
      // one round after the URL settles, however often the page changes it (a URL every 100 ms re-ran the
      // whole analysis about ten times a second)
      if (this.navTimer !== undefined) this.deps.clearTimeout(this.navTimer);
      this.navTimer = this.deps.setTimeout(() => {
        this.navTimer = undefined;
        // the event's name holds only the public extension id, so a page can forge it: act on a real change
        // of URL only, never re-analyse on the page's say-so
        if ((this.deps.doc.location?.href ?? '') === this.runUrl) return;
        this.forced = false;
        void this.guard('navigation', () => this.run(false));
      }, NAVIGATION_SETTLE_MS);
    });
  }

  private async flushAdditions(): Promise<void> {
    if (this.off || this.destroyed || this.status === 'not-article') return;
    if (this.busy) {
      // an analysis is in flight: try again once it is done
      this.debounce = this.deps.setTimeout(() => {
        this.debounce = undefined;
        void this.guard('additions', () => this.flushAdditions());
      }, MUTATION_DEBOUNCE_MS);
      return;
    }
    const added = [...this.pending];
    this.pending.clear();
    const root = this.root;
    const map = this.map;
    if (!root || !map) return;
    if (!root.isConnected) {
      // the article was replaced (SPA navigation): start over
      await this.run(false);
      return;
    }
    const painter = this.painter;
    const gen = this.generation;
    const before = map.length;
    const nodes = added.filter((n) => {
      if (!n.isConnected || !root.contains(n)) return false;
      if (n.nodeType === 1 && (n as Element).localName.startsWith('sourcelight-')) return false;
      if (painter && painter.toMapped(n, 0).node !== n) return false; // a piece the fallback split off
      return !insideExcluded(n, root, { layout: true });
    });
    if (nodes.length === 0) return;
    this.busy = true;
    try {
      map.blockBreak();
      for (const n of nodes) {
        if (n.nodeType === 1 && excludeReason(n as Element, { layout: true })) continue;
        await runSliced(walkInto(map, n, { layout: true }), this.deps.signal);
      }
      if (map.length - before < MIN_ADDED_CHARS || gen !== this.generation) return;
      const analysis = await this.deps.analyze(sendable(map.text));
      if (gen !== this.generation || this.destroyed) return;
      this.analysis = analysis;
      this.items = explainAll(analysis);
      // draw only what lies in the new text; what is already drawn stays as it is
      const fresh = this.items.filter((m) => m.start >= before);
      if (this.painter && fresh.length > 0) await this.paint(this.painter, fresh, gen);
      if (this.status === 'empty' && this.items.length > 0) this.status = 'ready';
    } finally {
      this.busy = false;
    }
  }

  // ------------------------------------------------------------------------------------ the card

  private readersListening = false;
  private listenForReaders(): void {
    if (this.readersListening) return;
    this.readersListening = true;
    const { doc, listen } = this.deps;
    listen(doc, 'mousemove', (e) => this.onMouseMove(e as MouseEvent), { passive: true });
    listen(doc, 'mouseleave', () => this.card.hide(), { passive: true });
    listen(doc, 'scroll', () => this.card.hide(), { passive: true, capture: true });
    listen(doc, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') this.card.hide();
    });
    listen(doc, 'focusin', (e) => this.safely(() => this.onFocus(e.target)));
    listen(doc, 'selectionchange', () => this.safely(() => this.onSelection()));
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.deps.report?.('card', e);
    }
  }

  private onMouseMove(e: MouseEvent): void {
    if (!this.painter || this.items.length === 0) return;
    const now = performance.now();
    const x = e.clientX;
    const y = e.clientY;
    if (now - this.lastHover < HOVER_THROTTLE_MS) {
      // trailing call so the card follows the last position
      if (this.hoverTimer !== undefined) this.deps.clearTimeout(this.hoverTimer);
      this.hoverTimer = this.deps.setTimeout(() => this.safely(() => this.hoverAt(x, y)), HOVER_THROTTLE_MS);
      return;
    }
    this.lastHover = now;
    this.safely(() => this.hoverAt(x, y));
  }

  private caretAt(x: number, y: number): { node: Node; offset: number } | null {
    const doc = this.deps.doc as Document & {
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    if (typeof doc.caretPositionFromPoint === 'function') {
      const p = doc.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof doc.caretRangeFromPoint === 'function') {
      const r = doc.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
    return null;
  }

  private offsetOf(node: Node, offset: number): number | null {
    if (!this.map || !this.painter) return null;
    const p = this.painter.toMapped(node, offset);
    return this.map.fromDom(p.node, p.offset);
  }

  private hoverAt(x: number, y: number): void {
    const caret = this.caretAt(x, y);
    const at = caret && this.offsetOf(caret.node, caret.offset);
    if (at === null || at === undefined) {
      this.card.hide();
      return;
    }
    // the caret sits between characters: the one under the pointer is at or just before it
    for (const o of [at, at - 1]) {
      const hits = explainAt(this.items, o, this.visible);
      const top = hits[0];
      if (!top) continue;
      const range = this.painter!.range(top.start, top.end);
      const rect =
        range &&
        [...range.getClientRects()].find(
          (r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1,
        );
      if (!rect) continue;
      this.showCard(hits, rect);
      return;
    }
    this.card.hide();
  }

  private showCard(hits: Explained[], rect: { left: number; top: number; bottom: number }): void {
    this.card.show(
      hits.map((h) => ({ text: h.text, ...swatch(h.category) })),
      rect,
    );
  }

  private onFocus(target: EventTarget | null): void {
    if (!(target instanceof this.deps.doc.defaultView!.Element) || !this.root?.contains(target)) return;
    const walker = this.deps.doc.createTreeWalker(target, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = this.offsetOf(n, 0);
      if (at === null) continue;
      const hits = explainAt(this.items, at, this.visible);
      if (hits.length > 0) this.showCard(hits, target.getBoundingClientRect());
      return;
    }
  }

  private onSelection(): void {
    const sel = this.deps.doc.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !this.painter) return;
    const at = this.offsetOf(sel.anchorNode, sel.anchorOffset);
    if (at === null) return;
    const hits = explainAt(this.items, at, this.visible);
    if (hits.length === 0) return;
    this.showCard(hits, sel.getRangeAt(0).getBoundingClientRect());
  }
}
