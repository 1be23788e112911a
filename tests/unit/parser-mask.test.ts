// What compromise is shown (lib/nlp.ts maskForParser): same length as the text, so every offset holds; long
// symbol runs blanked; a sentence with no end cut by line breaks so no sentence it parses is endless (its
// parse grows with the square of a sentence's length; scripts/text-classes.ts measures the classes).
import { describe, expect, test } from 'vitest';
import { analyze } from '@/lib/analyze';
import { MAX_SENTENCE_CHARS, maskForParser } from '@/lib/nlp';

const WORDS = 'the minister told reporters in the capital that talks with rebel leaders would resume next week'.split(
  ' ',
);
const unpunctuated = (n: number) => Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]).join(' ');
/** Longest stretch without a sentence end or line break. */
const longestRun = (s: string) => Math.max(...s.split(/[.!?\n]/).map((r) => r.length));

describe('maskForParser', () => {
  test.each([
    ['prose words without any punctuation', unpunctuated(5_000)],
    ['one endless token', 'x'.repeat(5_000)],
    ['commas but no sentence end', unpunctuated(3_000).replaceAll(' that ', ', that ')],
  ])('%s: same length, no sentence over the cap', (_name, text) => {
    const seen = maskForParser(text);
    expect(seen).toHaveLength(text.length);
    expect(longestRun(seen)).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    // only line breaks were put in, in place of spaces where there were any
    for (let i = 0; i < text.length; i++) if (seen[i] !== text[i]) expect(seen[i]).toBe('\n');
  });

  test('ordinary prose is shown as it is', () => {
    const prose =
      'Officials said on Monday that 1,200 families had left. “We will stay,” Maria Lopez told AFP.\n'.repeat(50);
    expect(maskForParser(prose)).toBe(prose);
  });

  test('an endless sentence still gives valid spans for the words in it', () => {
    const text = `${unpunctuated(2_000)} Maria Lopez said ${unpunctuated(2_000)}`;
    const a = analyze(text);
    for (const s of a.sourcing) expect(text.slice(s.span.start, s.span.end)).toBe(s.span.text);
    expect(a.text).toBe(text);
  });
});
