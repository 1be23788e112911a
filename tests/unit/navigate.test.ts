// Moving through an analysis: claims in text order with previous / next going round, and "Who said this?"
// finding the statement and claim a selected sentence belongs to, whatever the selection's white space.
import { describe, expect, test } from 'vitest';
import { claimIndexAt, claimsInOrder, findingsFor, locate, stepIndex } from '@/lib/navigate';
import { keepStatement, scorecard } from '@/lib/summary';
import { sampleAnalysis, span, TEXT } from './components/render-popup';

describe('stepIndex', () => {
  test.each([
    [null, 3, 'next', 0],
    [null, 3, 'prev', 2],
    [0, 3, 'next', 1],
    [2, 3, 'next', 0],
    [0, 3, 'prev', 2],
    [7, 3, 'next', 0],
    [null, 0, 'next', null],
  ] as const)('from %s of %s, %s -> %s', (current, total, direction, expected) => {
    expect(stepIndex(current, total, direction)).toBe(expected);
  });
});

test('claims in text order; the index of a clicked claim', () => {
  const a = sampleAnalysis();
  a.claims.reverse();
  const ordered = claimsInOrder(a);
  expect(ordered.map((c) => c.span.text)).toEqual([
    'Five Americans are believed to still be held by Hamas',
    'any prisoners had been moved',
  ]);
  const moved = span('any prisoners had been moved');
  expect(claimIndexAt(ordered, moved.start, moved.end)).toBe(1);
  expect(claimIndexAt(ordered, 0, 3)).toBeNull();
});

describe('locate', () => {
  test('finds a selection across the page’s line breaks and spaces', () => {
    const { start, end } = span('Leavitt told reporters');
    expect(locate(TEXT, '  Leavitt told\n reporters  ')).toEqual({ start, end });
  });
  test('not in the text, or empty: null', () => {
    expect(locate(TEXT, 'the weather in Paris')).toBeNull();
    expect(locate(TEXT, ' \n ')).toBeNull();
  });
  test('regex characters in a selection are text', () => {
    expect(locate('costs $2.5 (est.) now', '$2.5 (est.)')).toEqual({ start: 6, end: 17 });
  });
});

describe('findingsFor: "Who said this?"', () => {
  test('a whole sentence: its statement and speaker', () => {
    const f = findingsFor(sampleAnalysis(), 'Leavitt told reporters that Israel had been consulted on the talks.');
    expect(f.statements.map((s) => [s.speaker, s.content.text])).toEqual([
      ['Karoline Leavitt', 'Israel had been consulted on the talks'],
    ]);
    expect(f.claims).toEqual([]);
  });
  test('part of a sentence finds the statement and the claim in it', () => {
    const f = findingsFor(sampleAnalysis(), 'a US official said');
    expect(f.claims.map((c) => c.span.text)).toEqual(['Five Americans are believed to still be held by Hamas']);
  });
  test('a headline with no statement: nothing, but found', () => {
    const f = findingsFor(sampleAnalysis(), 'White House holds direct talks with Hamas');
    expect(f.at).not.toBeNull();
    expect(f.statements).toEqual([]);
  });
  test('text outside the article: not found', () => {
    expect(findingsFor(sampleAnalysis(), 'Subscribe to our newsletter')).toEqual({
      at: null,
      statements: [],
      claims: [],
    });
  });
});

test('scorecard counts and the filters its links apply', () => {
  const a = sampleAnalysis();
  expect(scorecard(a)).toEqual({ statements: 5, named: 4, unnamed: 1, quoted: 2, reported: 3, claims: 2 });
  const count = (f: Parameters<typeof keepStatement>[0]) => a.attributions.filter((s) => keepStatement(f, s)).length;
  expect([count('all'), count('named'), count('unnamed'), count('quoted'), count('reported')]).toEqual([5, 4, 1, 2, 3]);
});

test('a short selection found in several places is taken where a statement is', () => {
  // "talks" is first in the headline, which holds no statement; later in Leavitt's sentence
  const f = findingsFor(sampleAnalysis(), 'consulted on the talks');
  expect(f.statements.map((s) => s.speaker)).toEqual(['Karoline Leavitt']);
  const g = findingsFor(sampleAnalysis(), 'talks');
  expect(g.at?.start).toBeGreaterThan(TEXT.indexOf('\n'));
  expect(g.statements.length).toBeGreaterThan(0);
});
