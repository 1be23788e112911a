// Word overlap between an extracted text and a human-extracted article body: how much of the body was
// found (coverage) and how much of the extraction lies outside it. Shared by the e2e suite (in the
// browser) and bench/extraction.ts (in Node).

export const words = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of `expected`'s words (as a multiset) found in `got`. */
export function coverage(expected, got) {
  const have = new Map();
  for (const w of words(got)) have.set(w, (have.get(w) ?? 0) + 1);
  const want = words(expected);
  let hit = 0;
  for (const w of want) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      hit++;
      have.set(w, n - 1);
    }
  }
  return want.length ? hit / want.length : 1;
}

/** Share of `got`'s words that the human body does not hold: teasers, captions, furniture. */
export const outside = (expected, got) => 1 - coverage(got, expected);
