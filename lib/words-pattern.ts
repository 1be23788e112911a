// Regular expressions built from the word lists in lib/lexicon/, so a list written once can serve where a
// pattern is needed. Pure; no list of its own.

/**
 * `(?:a|b|c)`: any of the words, in the list's order, each escaped (a dot is a dot). A space inside an entry
 * ("condition of anonymity") matches any run of white space, as `\s+` in a hand-written pattern does.
 */
export function alternation(words: Iterable<string>): string {
  return `(?:${[...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`;
}

/** `\b(?:a|b|c)\b`: any of the words, as a whole word. */
export const wordsPattern = (words: Iterable<string>, flags?: string): RegExp =>
  new RegExp(`\\b${alternation(words)}\\b`, flags);
