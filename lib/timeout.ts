// A deadline for a promise. Pure (timers only), shared by the background and the content script.

type SetTimer = (fn: () => void, ms: number) => unknown;
type ClearTimer = (id: never) => void;

/** `promise`, or a rejection after `ms`; the timer is cleared either way. `set`/`clear` default to the global timers. */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  what = 'request',
  set: SetTimer = setTimeout,
  clear: ClearTimer = clearTimeout as ClearTimer,
): Promise<T> {
  return new Promise<T>((ok, fail) => {
    const id = set(() => fail(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clear(id as never);
        ok(v);
      },
      (e) => {
        clear(id as never);
        fail(e);
      },
    );
  });
}
