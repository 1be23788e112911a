// Moving through an analysis as a reader does: the unconfirmed claims in text order (previous / next), and the
// statement a selected sentence belongs to ("Who said this?"). Pure: offsets into Analysis.text, no DOM.
import type { Analysis, Attribution, Claim } from './types.ts';

export type Direction = 'next' | 'prev';

/** The claims in the order they appear in the text. */
export const claimsInOrder = (analysis: Pick<Analysis, 'claims'>): Claim[] =>
  [...analysis.claims].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

/**
 * The claim to show after `current` (an index into claimsInOrder, or null before the first step), going round at
 * either end; null when there are none.
 */
export function stepIndex(current: number | null, total: number, direction: Direction): number | null {
  if (total === 0) return null;
  if (current === null || current < 0 || current >= total) return direction === 'next' ? 0 : total - 1;
  return direction === 'next' ? (current + 1) % total : (current - 1 + total) % total;
}

/** The index of the claim at exactly this span (a claim clicked in the popup), or null. */
export function claimIndexAt(claims: readonly Claim[], start: number, end: number): number | null {
  const i = claims.findIndex((c) => c.span.start === start && c.span.end === end);
  return i < 0 ? null : i;
}

/** What "Who said this?" found for a selection: the statements and claims it falls in. */
export interface SelectionFinding {
  /** Where the selection is in the analysed text; null when it is not there (outside the article). */
  at: { start: number; end: number } | null;
  statements: Attribution[];
  claims: Claim[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every place a selection occurs in the analysed text, whatever its white space (the page's line breaks are not the selection's). */
export function locateAll(text: string, selection: string): { start: number; end: number }[] {
  const words = squash(selection).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return [...text.matchAll(new RegExp(escaped.join('\\s+'), 'g'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The first place a selection occurs in the analysed text, or null. */
export const locate = (text: string, selection: string) => locateAll(text, selection)[0] ?? null;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The sentence around an offset: from the previous sentence end or line break to the next one. */
function sentenceAround(text: string, at: { start: number; end: number }): { start: number; end: number } {
  let start = at.start;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = at.end;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

/**
 * The statements (content or reporting phrase) and claims a selection falls in. A selection of part of a
 * sentence also finds the statement elsewhere in that sentence ("she said" selected finds what she said). A
 * selection found in several places (a short phrase) is taken where it finds something, first such place first.
 */
export function findingsFor(
  analysis: Pick<Analysis, 'text' | 'attributions' | 'claims'>,
  selection: string,
): SelectionFinding {
  const places = locateAll(analysis.text, selection);
  if (places.length === 0) return { at: null, statements: [], claims: [] };
  const found = places.map((at) => {
    const sentence = sentenceAround(analysis.text, at);
    const near = (a: Attribution) =>
      overlaps(a.content, sentence) || (a.cue !== undefined && overlaps(a.cue, sentence));
    return {
      at,
      statements: analysis.attributions.filter(near).sort((a, b) => a.content.start - b.content.start),
      claims: claimsInOrder(analysis).filter((c) => overlaps(c.span, sentence)),
    };
  });
  return found.find((f) => f.statements.length + f.claims.length > 0) ?? found[0]!;
}
