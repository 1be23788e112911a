// The page annotator: gate -> article root -> sliced text snapshot -> analysis (off the page's thread, via
// the injected `analyze`, with a deadline and bounded retries) -> sliced drawing; then live toggles, the hover
// card, "reveal", the article's changes (live blogs, "load more", SPA navigation, swaps in place, late
// arrivals after a placeholder), the back/forward cache and clean-up. Browser APIs and WXT's ctx come in as
// dependencies, so this file only touches the page, never the extension's messaging.
import { CATEGORIES, type CategoryId } from '../categories.ts';
import { DEFAULT_DENSITY, type Density, selectDrawn } from '../density.ts';
import { MAX_REQUEST_CHARS, type PageKind, type PageState, type PageStatus } from '../messages.ts';
import { isSiteDisabled, type Settings } from '../settings.ts';
import { withTimeout } from '../timeout.ts';
import type { Analysis } from '../types.ts';
import { HoverCard } from './card.ts';
import { articleRootSteps, type ExtractOptions, isEditable, walkInto } from './extract.ts';
import { isArticlePage } from './gate.ts';
import { createPainter, type Painter, type PainterKind } from './highlight.ts';
import { type Explained, explainAll, explainAt, swatch } from './marks.ts';
import { pageKind } from './page-kind.ts';
import { Aborted, afterNextFrame, Coalescer, runSliced, runSlicedFor, Timer } from './schedule.ts';
import { TextMap } from './text-map.ts';

/** Wait this long after the last change of the article before following it (ms). */
export const MUTATION_DEBOUNCE_MS = 500;
/**
 * ...but never longer than this after the first change, so a page that never goes quiet (a ticker inside
 * the article) cannot postpone it for good (ms). Doubles while the article keeps changing without a pause,
 * up to MAX_CHANGE_WAIT_MS, so a page that rewrites its article all the time is not re-read all the time.
 */
export const CHANGE_WAIT_MS = 2_000;
export const MAX_CHANGE_WAIT_MS = 30_000;
/**
 * With no article drawn (not an article, nothing found, an error), this many looks again per URL when text
 * arrives: a page that shows a placeholder first, or fills in its article late, still gets annotated.
 */
export const MAX_LOOKS_AGAIN = 5;
/**
 * How often a drawn page is checked for highlights the page removed, replaced or added to (ms); a page
 * that does it again after MAX_REPAIRS repairs is left alone and the popup says so.
 */
export const DEFEND_MS = 2_000;
export const MAX_REPAIRS = 3;
/** Attempts per request to the background: a worker stopped mid-analysis (idle, update, memory) is asked again. */
export const MAX_ATTEMPTS = 3;
/** Waits before the second and third attempts (ms). */
export const RETRY_DELAYS_MS = [300, 1_500] as const;
/**
 * Longest wait for one answer from the background (ms): far beyond a normal analysis of that length
 * (~5 ms per 1,000 characters) and beyond the background's own pool deadline (lib/parallel.ts), which
 * falls back to one thread.
 */
export const requestTimeoutMs = (chars: number): number => 30_000 + chars * 0.2;
/** Additions shorter than this (characters of article text) are not worth an analysis round. */
export const MIN_ADDED_CHARS = 40;
/**
 * When at least this share of the analysed text left the page, the article was replaced (an SPA view swapped
 * inside the same element): it is read from scratch, root and gate included, rather than followed in place.
 */
export const NEW_ARTICLE_SHARE = 0.5;
/** Hover handling at most this often (ms). */
export const HOVER_THROTTLE_MS = 60;
/** After an SPA navigation, let the new page render before looking for its article (ms). */
export const NAVIGATION_SETTLE_MS = 800;
/**
 * The first pass analyses about this many characters from the top (a screenful or two) before the whole
 * article, so the first highlights show quickly even where the full analysis takes a second or more.
 */
export const FIRST_PASS_CHARS = 1500;
/** Characters of the article root read to tell its language (lib/language.ts samples the first words). */
export const LANGUAGE_SAMPLE_CHARS = 8_000;

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
  /** What extraction reads: layout for hidden text, and the plan of what inside the root is not the story. */
  private extractOpts: ExtractOptions = { layout: true };
  private map: TextMap | null = null;
  private analysis: Analysis | null = null;
  /** What is drawn: the analysis's spans at the reader's density (lib/density.ts). */
  private items: Explained[] = [];
  /** The density `items` were selected at (the reader may switch while a run is drawing). */
  private drawnDensity: Density = DEFAULT_DENSITY;
  /** Language and genre of the page, once its article root is known. */
  private kind: PageKind | undefined;
  private painter: Painter | null = null;
  private card: HoverCard;
  private observer: MutationObserver | null = null;
  /** Nodes added since the last look (inside the article, or anywhere while there is none). */
  private pending = new Set<Node>();
  /** Analysed text changed or left the page since the last run: read the article again. */
  private stale = false;
  /** Nodes were removed inside the article: check at the next look whether analysed text went with them. */
  private removals = false;
  private readonly changes: Coalescer;
  /** Looks at the article that ran out of patience in a row (the page never went quiet). */
  private churn = 0;
  private looksAgain = 0;
  private generation = 0;
  /** Full runs in flight (a newer one supersedes an older one by generation). */
  private running = 0;
  private busy = false;
  private painting = false;
  private firstMarked = false;
  private lastHover = 0;
  private hoverPoint = { x: 0, y: 0 };
  private readonly hoverTimer: Timer;
  private readonly navTimer: Timer;
  private readonly defendTimer: Timer;
  private repairs = 0;
  private gaveUp = false;
  /** Requests to the background asked again, and why the last one failed. */
  private retries = 0;
  private lastFailure: string | undefined;
  private destroyed = false;

  constructor(private deps: AnnotatorDeps) {
    this.card = new HoverCard(deps.doc);
    const timer = () => new Timer(deps.setTimeout, deps.clearTimeout);
    this.hoverTimer = timer();
    this.navTimer = timer();
    this.defendTimer = timer();
    this.changes = new Coalescer(
      timer(),
      MUTATION_DEBOUNCE_MS,
      () => Math.min(MAX_CHANGE_WAIT_MS, CHANGE_WAIT_MS * 2 ** this.churn),
      (quiet) => {
        this.churn = quiet ? 0 : Math.min(this.churn + 1, 8);
        void this.guard('changes', () => this.followChanges());
      },
    );
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
    if (this.retries > 0) s.retried = { count: this.retries, reason: this.lastFailure ?? '' };
    if (this.gaveUp) s.highlightsBlocked = true;
    if (this.kind) s.pageKind = this.kind;
    return s;
  }

  // ------------------------------------------------------------------------------------- lifecycle

  /** Apply settings: the first call starts the work; later calls toggle categories or pause/resume. */
  applySettings(next: Settings): void {
    const wasOff = this.off;
    const density = this.settings?.density;
    const first = this.settings === null;
    this.settings = next;
    if (this.destroyed) return;
    if (first) this.listenToPage();
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
    if (density !== next.density) void this.guard('density', () => this.redrawAtDensity());
    if (!this.visible('person') || !this.visible('organization') || !this.visible('place')) this.card.hide();
  }

  /** The popup's "annotate anyway" on a page the gate turned down. */
  annotateAnyway(): void {
    if (this.off || this.destroyed) return;
    if (['not-article', 'not-english', 'error', 'empty'].includes(this.status)) {
      this.forced = true;
      this.looksAgain = 0;
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
    this.unobserve();
    this.painter?.clear();
    this.painter = null;
    this.card.hide();
    this.navTimer.cancel();
    this.hoverTimer.cancel();
    this.defendTimer.cancel();
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
      // nothing half-done stays on the page: no highlights the popup would not explain; the page is still
      // watched, so the next change, a return from the back/forward cache or "Try again" reads it afresh
      this.generation++;
      this.painter?.clear();
      this.painter = null;
      this.card.hide();
      this.status = 'error';
      this.progress = undefined;
      this.error = String((e as Error)?.message ?? e);
      this.deps.report?.(where, e);
      this.observe();
    }
  }

  /**
   * One request to the background with a deadline; a failure (the worker was stopped mid-analysis, the
   * channel closed, no answer in time) is asked again up to MAX_ATTEMPTS times, unless a newer run took over.
   */
  private async ask(gen: number, text: string, hint?: { expectChars: number }, attempts = MAX_ATTEMPTS) {
    const { setTimeout: set, clearTimeout: clear } = this.deps;
    for (let attempt = 1; ; attempt++) {
      try {
        return await withTimeout(this.deps.analyze(text, hint), requestTimeoutMs(text.length), 'analysis', set, clear);
      } catch (e) {
        if (isInvalidated(e) || this.destroyed || attempt >= attempts) throw e;
        if (gen !== this.generation) throw new Aborted();
        this.retries++;
        this.lastFailure = String((e as Error)?.message ?? e);
        await new Promise<void>((ok) => set(ok, RETRY_DELAYS_MS[attempt - 1] ?? RETRY_DELAYS_MS[1]));
        if (gen !== this.generation || this.destroyed) throw new Aborted();
      }
    }
  }

  // ------------------------------------------------------------------------------------------ work

  private async run(force: boolean): Promise<void> {
    this.running++;
    try {
      await this.runOnce(force);
    } finally {
      this.running--;
    }
  }

  private async runOnce(force: boolean): Promise<void> {
    const gen = ++this.generation;
    const { doc, signal } = this.deps;
    this.runUrl = doc.location?.href ?? '';
    // (records queued by the fallback's own unwrapping go with the disconnect)
    this.unobserve();
    this.painter?.clear();
    this.painter = null;
    this.root = null;
    this.map = null;
    this.stale = false;
    this.removals = false;
    this.analysis = null;
    this.items = [];
    this.kind = undefined;
    this.error = undefined;
    if (!force && !this.forced && !isArticlePage(doc).article) {
      this.status = 'not-article';
      this.observe();
      return;
    }
    this.status = 'analysing';
    this.progress = 0;
    await afterNextFrame(doc.defaultView);
    if (gen !== this.generation || this.destroyed) return;
    // the root choice walks the whole page: in slices, like the snapshot below
    const { root, plan } = await runSlicedFor(articleRootSteps(doc), signal);
    if (gen !== this.generation || this.destroyed) return;
    // honest limits: an article not in English is left alone unless the reader asks
    this.kind = pageKind(doc, (root.textContent ?? '').slice(0, LANGUAGE_SAMPLE_CHARS), root);
    if (!this.kind.english && !force && !this.forced) {
      this.status = 'not-english';
      this.progress = undefined;
      this.observe();
      return;
    }
    const map = new TextMap();
    this.root = root;
    this.extractOpts = { layout: true, plan };
    this.map = map;
    if (isEditable(root)) {
      // an editor (design mode, or a contenteditable holding the body): the reader's own text, left alone
      this.status = 'empty';
      this.progress = undefined;
      return;
    }
    this.observe();
    const estimate = Math.max(1, (root.textContent ?? '').length);
    // first pass: the top of the article goes to the background as soon as it is in the snapshot, so the
    // first highlights show while the rest is still being read and analysed
    let first: Promise<Analysis | null> | null = null;
    const sendFirst = () => {
      const cut = map.text.indexOf('\n', FIRST_PASS_CHARS);
      if (cut > 0)
        first = this.ask(gen, map.text.slice(0, cut), { expectChars: Math.round(estimate) }, 1).catch(() => null);
    };
    await runSliced(walkInto(map, root, this.extractOpts), signal, () => {
      this.progress = Math.min(0.4, (0.4 * map.length) / estimate);
      if (!first && map.length > FIRST_PASS_CHARS * 2) sendFirst();
    });
    if (gen !== this.generation) return;
    this.deps.mark?.('sourcelight:snapshot');
    if (map.text.trim() === '') {
      this.status = 'empty';
      this.analysis = null;
      return;
    }
    if (!first && map.length > FIRST_PASS_CHARS * 2) sendFirst();
    this.progress = 0.4;
    const full = this.ask(gen, sendable(map.text));
    full.catch(() => undefined); // handled below; no unhandled rejection while the first pass draws
    const painter = this.newPainter(map);
    const early = first ? await (first as Promise<Analysis | null>) : null;
    if (gen !== this.generation || this.destroyed) return;
    if (early) {
      this.items = this.drawable(early);
      this.progress = 0.5;
      await this.paint(painter, this.items, gen);
      if (gen !== this.generation) return;
    }
    const analysis = await full;
    if (gen !== this.generation || this.destroyed) return;
    this.deps.mark?.('sourcelight:analysed');
    if (analysis.text !== map.text.slice(0, analysis.text.length)) throw new Error('analysis text mismatch');
    this.analysis = analysis;
    this.items = this.drawable(analysis);
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

  /** The spans drawn at the reader's density: claims, sourcing and first mentions by default, or all. */
  private drawable(analysis: Analysis): Explained[] {
    this.drawnDensity = this.density;
    return selectDrawn(explainAll(analysis), analysis, this.drawnDensity);
  }

  private get density(): Density {
    return this.settings?.density ?? DEFAULT_DENSITY;
  }

  /** The reader switched density: draw the same analysis again, swapped in at once. */
  private async redrawAtDensity(): Promise<void> {
    const { analysis, painter } = this;
    if (!analysis || !painter || this.status !== 'ready') return;
    this.items = this.drawable(analysis);
    this.painting = true;
    try {
      await painter.replace(this.items, this.deps.signal);
    } finally {
      this.painting = false;
      if (painter.kind === 'wrap') this.observer?.takeRecords();
    }
  }

  private newPainter(map: TextMap): Painter {
    this.painter?.clear();
    // an article in a same-origin frame is drawn in that frame's document (its own highlight registry)
    const painter = createPainter(this.root?.ownerDocument ?? this.deps.doc, map, this.deps.painter);
    this.painter = painter;
    for (const c of CATEGORIES) painter.setVisible(c.id, this.visible(c.id));
    return painter;
  }

  private finish(): void {
    this.status = this.items.length > 0 ? 'ready' : 'empty';
    this.progress = undefined;
    if (this.status === 'ready') this.looksAgain = 0;
    // all highlights drawn: `npm run bench` measures from sourcelight:start to here
    this.deps.mark?.('sourcelight:done');
    this.listenForReaders();
    this.observe();
    this.defend();
    // changes that came while this run was busy
    if (this.pending.size > 0 || this.stale || this.removals) this.changes.poke();
    // a density switch that came while this run was drawing
    if (this.drawnDensity !== this.density) void this.guard('density', () => this.redrawAtDensity());
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

  /** Whether an article is being read or drawn (its changes are followed); otherwise the page is looked at again. */
  private get onArticle(): boolean {
    return this.root !== null && (this.status === 'analysing' || this.status === 'ready');
  }

  /** Watch the whole document (a page may replace <body> itself); re-armed after every run, released on teardown. */
  private observe(): void {
    const top = this.deps.doc.documentElement;
    if (!top || this.observer || this.destroyed || this.off) return;
    this.observer = new MutationObserver((records) => this.note(records));
    this.observer.observe(top, { childList: true, subtree: true, characterData: true });
  }

  private unobserve(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.changes.cancel();
    this.pending.clear();
  }

  /** Sort the page's changes, cheaply: outside the article they are ignored (a ticker in a sidebar costs nothing). */
  private note(records: MutationRecord[]): void {
    if (this.painting && this.painter?.kind === 'wrap') return;
    const root = this.root;
    let noted = false;
    if (root && this.onArticle) {
      for (const r of records) {
        if (!root.contains(r.target)) continue;
        if (r.type === 'characterData') {
          // analysed text rewritten in place
          if (this.map?.has(r.target as Text)) noted = this.stale = true;
          continue;
        }
        for (const n of r.addedNodes) if (this.addable(n)) noted = !!this.pending.add(n);
        if (r.removedNodes.length > 0) noted = this.removals = true;
      }
      // the article itself was taken off the page (an SPA swapping its view)
      if (!root.isConnected) noted = this.stale = true;
    } else if (this.status !== 'starting' && this.looksAgain < MAX_LOOKS_AGAIN) {
      for (const r of records) for (const n of r.addedNodes) if (this.addable(n)) noted = !!this.pending.add(n);
    }
    if (noted) this.changes.poke();
  }

  private addable(n: Node): boolean {
    if (n.nodeType === 3) return true;
    return n.nodeType === 1 && !(n as Element).localName.startsWith('sourcelight-');
  }

  /** The page changed and went quiet (or ran out of patience): follow the article, or look for one again. */
  private async followChanges(): Promise<void> {
    if (this.off || this.destroyed) return;
    this.defend();
    const root = this.root;
    const map = this.map;
    if (root && map && this.onArticle) {
      let swapped = false;
      if (this.removals) {
        this.removals = false;
        // no highlight outlives its node: analysed text gone from the page is read again; most of it gone is
        // another article in the same element (an SPA's view), read from scratch (root, gate and all)
        let gone = 0;
        for (const seg of map.segments) if (!seg.node.isConnected) gone += seg.length;
        if (gone > 0) this.stale = true;
        swapped = gone >= NEW_ARTICLE_SHARE * map.length;
      }
      if (swapped || !root.isConnected) {
        this.pending.clear();
        await this.run(false);
        return;
      }
      if (!this.stale && this.pending.size === 0) return;
      // the current work first; finish() and refresh() look again
      if (this.running > 0 || this.busy) return;
      await this.refresh(root, map);
      return;
    }
    // nothing drawn: a placeholder filled in, an article arriving late, an error to recover from
    if (this.running > 0 || this.status === 'paused') return;
    const added = [...this.pending];
    this.pending.clear();
    if (this.looksAgain >= MAX_LOOKS_AGAIN) return;
    let chars = 0;
    for (const n of added) if (n.isConnected) chars += Math.min(MIN_ADDED_CHARS, (n.textContent ?? '').trim().length);
    if (chars < MIN_ADDED_CHARS) return;
    this.looksAgain++;
    await this.run(false);
  }

  /**
   * Put the drawing back if the page removed, replaced or added to it (CSS.highlights is the page's too),
   * then check again later: on this schedule and on the page's changes, never in a busy loop.
   */
  private defend(): void {
    const painter = this.painter;
    if (painter?.kind !== 'css' || this.gaveUp || this.status !== 'ready') return;
    if (painter.defend() > 0) {
      this.repairs++;
      this.deps.report?.('defend', new Error(`the page changed the highlights (repair ${this.repairs})`));
      if (this.repairs >= MAX_REPAIRS) {
        // a page that keeps doing it wins; the popup says the highlights are not kept on this page
        this.gaveUp = true;
        this.defendTimer.cancel();
        return;
      }
    }
    this.defendTimer.start(() => this.defend(), DEFEND_MS);
  }

  private navigationWatched = false;
  /** The page's URL when the last analysis started. */
  private runUrl = '';
  /** Page events, listened to once for the life of the page: SPA navigation and the back/forward cache. */
  private listenToPage(): void {
    if (this.navigationWatched) return;
    this.navigationWatched = true;
    const view = this.deps.doc.defaultView;
    if (!view) return;
    // WXT fires wxt:locationchange on SPA navigations (history.pushState / popstate)
    this.deps.listen(view, 'wxt:locationchange', () => {
      if (this.off || this.destroyed) return;
      // one round after the URL settles, however often the page changes it (a URL every 100 ms re-ran the
      // whole analysis about ten times a second)
      this.navTimer.start(() => {
        // the event's name holds only the public extension id, so a page can forge it: act on a real change
        // of URL only, never re-analyse on the page's say-so
        if ((this.deps.doc.location?.href ?? '') === this.runUrl) return;
        this.forced = false;
        this.looksAgain = 0;
        void this.guard('navigation', () => this.run(false));
      }, NAVIGATION_SETTLE_MS);
    });
    // back from the back/forward cache: a request in flight when the page was frozen never answers (its
    // channel is closed), so an unfinished analysis starts over; a finished one is still drawn
    this.deps.listen(view, 'pageshow', (e) => {
      if (!(e as PageTransitionEvent).persisted) return;
      if (this.status === 'analysing' || this.status === 'starting' || this.status === 'error')
        this.readAgain('pageshow');
    });
    // a page left in error is read again when the reader comes back to its tab
    this.deps.listen(this.deps.doc, 'visibilitychange', () => {
      if (this.deps.doc.visibilityState === 'visible' && this.status === 'error') this.readAgain('visible');
    });
  }

  private readAgain(where: string): void {
    if (this.off || this.destroyed) return;
    this.looksAgain = 0;
    void this.guard(where, () => this.run(false));
  }

  /**
   * Follow a change inside the article in place (a live blog's new post, a paragraph edited or removed): read
   * the article again into a new snapshot, have it analysed (the background parses only the pieces of text it
   * has not parsed before: lib/incremental.ts) and bring the drawing to the new analysis: ranges on unchanged
   * text stay, only what changed is taken out or added (CssPainter.update). The fallback painter, whose marks
   * live in the page's text, reads the article afresh instead.
   */
  private async refresh(root: Element, old: TextMap): Promise<void> {
    const painter = this.painter;
    const onlyAdded = !this.stale;
    this.pending.clear();
    this.stale = false;
    if (!painter?.update) return this.run(false);
    const gen = this.generation;
    this.busy = true;
    try {
      const map = new TextMap();
      await runSliced(walkInto(map, root, this.extractOpts), this.deps.signal);
      if (gen !== this.generation || this.destroyed) return;
      const text = map.text;
      // a few characters added (a time stamp, a counter): read with the next change
      if (onlyAdded && text.length - old.length < MIN_ADDED_CHARS) return;
      const analysis = text === this.analysis?.text ? this.analysis : await this.ask(gen, sendable(text));
      if (gen !== this.generation || this.destroyed) return;
      if (analysis.text !== text.slice(0, analysis.text.length)) throw new Error('analysis text mismatch');
      const items = this.drawable(analysis);
      this.painting = true;
      try {
        await painter.update(map, items, this.deps.signal);
      } finally {
        this.painting = false;
      }
      if (gen !== this.generation) return;
      this.map = map;
      this.analysis = analysis;
      this.items = items;
      this.status = items.length > 0 ? 'ready' : 'empty';
      this.deps.mark?.('sourcelight:updated');
    } finally {
      this.busy = false;
    }
    // changes that came meanwhile
    if (this.pending.size > 0 || this.stale || this.removals) this.changes.poke();
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
    this.hoverPoint = { x: e.clientX, y: e.clientY };
    if (now - this.lastHover < HOVER_THROTTLE_MS) {
      // one trailing call, so the card follows the last position; moves meanwhile only update the point
      if (!this.hoverTimer.pending) this.hoverTimer.start(() => this.hoverLast(), HOVER_THROTTLE_MS);
      return;
    }
    this.hoverLast();
  }

  private hoverLast(): void {
    this.lastHover = performance.now();
    const { x, y } = this.hoverPoint;
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
