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
  let t0 = performance.now();
  for (const _ of steps) {
    if (performance.now() - t0 > budget) {
      onSlice?.();
      await yieldToPage();
      if (signal?.aborted) throw new Aborted();
      t0 = performance.now();
    }
  }
}

/** Drain a generator in slices, as runSliced does, and return what it returns. */
export async function runSlicedFor<T>(
  steps: Generator<void, T, void>,
  signal?: AbortSignal,
  budget = SLICE_MS,
): Promise<T> {
  let t0 = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - t0 > budget) {
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
