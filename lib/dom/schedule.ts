// Cutting work on the page's thread into short slices: run a generator until a time budget is spent, then
// yield to the page (scheduler.yield where it exists, else a macrotask), so no slice becomes a long task.

/** Work per slice (ms): well under the 50 ms long-task threshold, leaving room for the page's own work. */
export const SLICE_MS = 5;

type SchedulerLike = { yield?: () => Promise<void> };

export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class Aborted extends Error {
  constructor() {
    super('aborted');
  }
}

/** Drain `steps`, yielding to the page whenever SLICE_MS has been spent. Throws Aborted when `signal` fires. */
export async function runSliced(
  steps: Iterable<unknown>,
  signal?: AbortSignal,
  onSlice?: () => void,
  budget = SLICE_MS,
): Promise<void> {
  await runSlicedFor(steps[Symbol.iterator](), signal, onSlice, budget);
}

/** Drain an iterator in slices, as runSliced does, and return what it returns when done. */
export async function runSlicedFor<T>(
  steps: Iterator<unknown, T>,
  signal?: AbortSignal,
  onSlice?: () => void,
  budget = SLICE_MS,
): Promise<T> {
  let t0 = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - t0 > budget) {
      onSlice?.();
      await yieldToPage();
      if (signal?.aborted) throw new Aborted();
      t0 = performance.now();
    }
  }
}

/** Longest wait for the page's next frame (background tabs get no animation frames). */
const FRAME_WAIT_MS = 100;

/**
 * Resolve after the page has rendered a frame (or FRAME_WAIT_MS), so reading styles afterwards finds them
 * computed instead of forcing the page's first style and layout pass inside our own task.
 */
export function afterNextFrame(win: Window | null): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    win?.requestAnimationFrame?.(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

type SetTimer = (fn: () => void, ms: number) => number;
type ClearTimer = (id: number) => void;

/** One pending timeout at most: start() replaces the one before, so nothing piles up however often it is called. */
export class Timer {
  private id: number | undefined;
  constructor(
    private readonly set: SetTimer,
    private readonly clear: ClearTimer,
  ) {}

  start(fn: () => void, ms: number): void {
    this.cancel();
    this.id = this.set(() => {
      this.id = undefined;
      fn();
    }, ms);
  }

  cancel(): void {
    if (this.id === undefined) return;
    this.clear(this.id);
    this.id = undefined;
  }

  get pending(): boolean {
    return this.id !== undefined;
  }
}

/**
 * Coalesces a burst of pokes into one call: `quietMs` after the last poke, but never later than `maxWaitMs()`
 * after the first one, so a page that never stops changing (a ticker) still gets its turn. `fn` learns
 * whether it ran because the page went quiet or because the wait ran out.
 */
export class Coalescer {
  private first: number | undefined;
  private due = 0;
  constructor(
    private readonly timer: Timer,
    private readonly quietMs: number,
    private readonly maxWaitMs: () => number,
    private readonly fn: (quiet: boolean) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  poke(): void {
    const t = this.now();
    this.first ??= t;
    const limit = this.first + this.maxWaitMs();
    const due = Math.min(t + this.quietMs, limit);
    // the common case under a ticker: the deadline has not moved, keep the timer that is set
    if (this.timer.pending && due === this.due) return;
    this.due = due;
    const quiet = due < limit;
    this.timer.start(
      () => {
        this.first = undefined;
        this.fn(quiet);
      },
      Math.max(0, due - t),
    );
  }

  cancel(): void {
    this.first = undefined;
    this.timer.cancel();
  }

  get pending(): boolean {
    return this.timer.pending;
  }
}
