// Binary search over sorted lists of spans, tokens and offsets. Pure.

/**
 * The first index in [0, length) at which `before(i)` is false, for a predicate that holds for a prefix of
 * the range and not after it (a sorted list's lower bound); `length` when it holds throughout.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
