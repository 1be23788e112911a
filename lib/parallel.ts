// The parallel analysis: compromise's parse (92-95% of the cost) runs on chunks of the text in a small pool
// of Web Workers, the rules run once on the merged result. Same Analysis as analyze(text): chunks end only
// where compromise ends a sentence anyway (splitChunks in nlp.ts; tests/unit/chunks.test.ts checks it), and
// are groups of lib/incremental.ts's pieces, so a document analysed again parses only its new pieces.
// Hosted by the offscreen document (Chrome) or the background page (Firefox); the worker is
// entrypoints/parse-worker.ts. No browser APIs here: the worker factory comes in from the host.
import { clampText } from './analyze.ts';
import { analyzeIncremental, type IncrementalStats, type PieceParses, unparsedChars } from './incremental.ts';
import type { Sentence } from './nlp.ts';
import type { Analysis } from './types.ts';

/**
 * Texts shorter than this (characters) are analysed in one thread in the background: below it the round
 * trip to the pool costs more than the second thread saves (measured: docs/performance.md).
 */
export const PARALLEL_MIN_CHARS = 40_000;
/**
 * Give up on the pool (and analyse in the background) after this long (ms): for a pool that hangs, not a
 * slow one. Failures reject at once; a cold pool on a loaded 2-core machine took 8-11 s for 310,000
 * characters (one thread: about 8 s there), so the bound is about 3x the single-thread time.
 */
export const parallelTimeoutMs = (chars: number): number => 15_000 + chars * 0.05;

/**
 * About this many characters per parse job: a worker parses its share in jobs of this size rather than in
 * one piece (smaller live heap per parse: less garbage-collection work in the worker).
 */
export const CHUNK_CHARS = 40_000;

/** Worker -> host. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'parsed'; id: number; sentences: Sentence[] }
  | { type: 'failed'; id: number; error: string };
/** Host -> worker: parse `part`, which starts at `base` in the whole text. */
export interface WorkerJob {
  type: 'parse';
  id: number;
  part: string;
  base: number;
}

/** The part of a Worker the pool uses (a real Worker, or a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerJob): void;
  terminate(): void;
  onmessage: ((e: { data: WorkerReply }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

/** How many workers: one per core, 2 to 4. */
export const poolSize = (cores: number | undefined): number => Math.max(2, Math.min(cores || 2, 4));

interface Slot {
  worker: WorkerLike;
  ready: Promise<void>;
  /** Set once the worker said 'ready' (compromise loaded and warmed). */
  isReady: boolean;
  jobs: Map<number, { ok: (s: Sentence[]) => void; fail: (e: Error) => void }>;
}

/** A fixed-size pool of parse workers, started lazily (warm() starts them ahead of need), stopped when idle. */
export class ParsePool {
  private slots: Array<Slot | null>;
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private make: () => WorkerLike,
    readonly size: number,
    private idleMs = 120_000,
  ) {
    this.slots = Array.from({ length: size }, () => null);
  }

  /** Start every worker (each loads compromise and its lexicon); resolves when all are ready. */
  warm(): Promise<void> {
    this.touch();
    return Promise.all(this.slots.map((_, i) => this.slot(i).ready)).then(() => undefined);
  }

  /** Every worker is running and has compromise loaded: a job now costs its parse, no start-up. */
  get ready(): boolean {
    return this.slots.every((s) => s?.isReady === true);
  }

  get started(): number {
    return this.slots.filter(Boolean).length;
  }

  private touch(): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.close(), this.idleMs);
  }

  private slot(i: number): Slot {
    const existing = this.slots[i];
    if (existing) return existing;
    const worker = this.make();
    const jobs: Slot['jobs'] = new Map();
    let readyOk: () => void = () => {};
    let readyFail: (e: Error) => void = () => {};
    const ready = new Promise<void>((ok, fail) => {
      readyOk = ok;
      readyFail = fail;
    });
    ready.catch(() => undefined);
    const slot: Slot = { worker, ready, jobs, isReady: false };
    const broken = (why: string) => {
      const error = new Error(`parse worker failed: ${why}`);
      readyFail(error);
      for (const job of jobs.values()) job.fail(error);
      jobs.clear();
      if (this.slots[i] === slot) this.slots[i] = null;
      try {
        worker.terminate();
      } catch {
        // gone already
      }
    };
    worker.onerror = (e) => broken(String((e as { message?: string })?.message ?? e));
    worker.onmessage = ({ data }) => {
      if (data.type === 'ready') {
        slot.isReady = true;
        return readyOk();
      }
      const job = jobs.get(data.id);
      if (!job) return;
      jobs.delete(data.id);
      if (data.type === 'parsed') job.ok(data.sentences);
      else job.fail(new Error(data.error));
    };
    this.slots[i] = slot;
    return slot;
  }

  /** Parse `text.slice(start, end)` on worker i (offsets in the whole text). */
  private parseOn(i: number, text: string, start: number, end: number): Promise<Sentence[]> {
    const slot = this.slot(i);
    const id = this.nextId++;
    return new Promise<Sentence[]>((ok, fail) => {
      slot.jobs.set(id, { ok, fail });
      slot.worker.postMessage({ type: 'parse', id, part: text.slice(start, end), base: start });
    });
  }

  /** Each chunk parsed on its own worker, in chunk order. */
  parseChunks(text: string, chunks: ReadonlyArray<[number, number]>): Promise<Sentence[][]> {
    this.touch();
    return Promise.all(chunks.map(([s, e], i) => this.parseOn(i % this.size, text, s, e)));
  }

  close(): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[i];
      this.slots[i] = null;
      if (!slot) continue;
      for (const job of slot.jobs.values()) job.fail(new Error('parse pool closed'));
      try {
        slot.worker.terminate();
      } catch {
        // gone already
      }
    }
  }
}

/** How the analysis was made: shown to tests and the bench through the analysis response. */
export type ParallelStats = IncrementalStats;

/**
 * analyze(text), with the parse split over the pool's workers. With `known` (the piece parses kept from this
 * document's last analysis), only the pieces it lacks are parsed: on the pool when they are long, in this
 * thread when they are few (a live blog's new paragraph). Throws on any failure (the caller falls back to
 * analyze() in its own thread); a text with no safe cut is parsed in this thread.
 */
export async function analyzeParallel(
  input: string,
  pool: ParsePool,
  known?: PieceParses,
): Promise<{ analysis: Analysis; stats: ParallelStats; parses: PieceParses }> {
  const text = clampText(input);
  const jobs = pool.size * Math.max(1, Math.round(text.length / CHUNK_CHARS / pool.size));
  const local = known !== undefined && unparsedChars(text, known) < PARALLEL_MIN_CHARS;
  return analyzeIncremental(text, {
    known,
    parseOn: local ? undefined : { ranges: (t, r) => pool.parseChunks(t, r), jobs },
  });
}
