// The document model shared by the passes: what a sentence is once line breaks are taken into account.
// Built from the parse only (never re-parses); pure.
import type { ParsedText, Sentence } from './nlp.ts';
import { partitionPoint } from './search.ts';

/**
 * A stretch of one compromise sentence that no line break cuts. A line break ends a sentence, whatever
 * compromise's splitter made of it (a quotation ending in '.”' keeps it from splitting a paragraph).
 */
export interface Line {
  /** Offsets in the text; the stretch is not trimmed (it may start or end with spaces). */
  start: number;
  end: number;
  /** Index of the compromise sentence it is cut from (parsed.sentences, or the whole text without any). */
  sentence: number;
  /** Index of the paragraph: text between line breaks. */
  para: number;
}

/** The sentences, whole text as one when the parse found none. */
export function sentencesOf(parsed: ParsedText): Sentence[] {
  const { text } = parsed;
  return parsed.sentences.length > 0 ? parsed.sentences : [{ start: 0, end: text.length, text, tokens: [] }];
}

/** Every sentence cut at its line breaks, in text order, with its paragraph. */
export function sentenceLines(parsed: ParsedText): Line[] {
  const { text } = parsed;
  const lines: Line[] = [];
  let para = 0;
  let lastEnd = 0;
  sentencesOf(parsed).forEach((s, sentence) => {
    if (text.slice(lastEnd, s.start).includes('\n')) para++;
    let from = s.start;
    const breaks = /\n+/g;
    const body = text.slice(s.start, s.end);
    for (let m = breaks.exec(body); m; m = breaks.exec(body)) {
      lines.push({ start: from, end: s.start + m.index, sentence, para });
      para++;
      from = s.start + m.index + m[0].length;
    }
    lines.push({ start: from, end: s.end, sentence, para });
    lastEnd = s.end;
  });
  return lines;
}

/** The index of the line an offset falls in (the last line starting at or before it), or -1. */
export function lineAt(lines: readonly Line[], offset: number): number {
  return partitionPoint(lines.length, (k) => lines[k]!.start <= offset) - 1;
}
