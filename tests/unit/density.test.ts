// The quiet default: which spans of an analysis are drawn, rule by rule, on a short text written for the test.
import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../lib/categories.ts';
import { type DensityInput, type DrawnSpan, marksPer100Words, QUIET_RULES, selectDrawn } from '../../lib/density.ts';
import type { Span } from '../../lib/types.ts';

const text =
  'Maria Lopez said the ministry would act. Lopez told Reuters that 40 homes in Leeds may have flooded.\n' +
  'Later, Lopez and the ministry said nothing more in Leeds. "We wait," Tom Ray said in York.';

/** The n-th occurrence (1-based) of a word as a span. */
const span = (word: string, n = 1): Span => {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(word, at + 1);
  if (at < 0) throw new Error(word);
  return { start: at, end: at + word.length, text: word };
};

const analysis: DensityInput = {
  actors: [
    { name: 'Maria Lopez', kind: 'person', mentions: [span('Maria Lopez'), span('Lopez', 2), span('Lopez', 3)] },
    { name: 'ministry', kind: 'organization', mentions: [span('ministry'), span('ministry', 2)] },
    { name: 'Reuters', kind: 'organization', mentions: [span('Reuters')] },
    { name: 'Leeds', kind: 'place', mentions: [span('Leeds'), span('Leeds', 2)] },
    { name: 'Tom Ray', kind: 'person', mentions: [span('Tom Ray')] },
    { name: 'York', kind: 'place', mentions: [span('York')] },
  ],
  attributions: [
    { speaker: 'Tom Ray', anonymous: false, direct: true, content: span('We wait'), cue: span('said', 3) },
  ],
  claims: [{ span: span('40 homes in Leeds may have flooded'), reasons: [{ kind: 'hedge' }] }],
};

const items: DrawnSpan[] = [
  ...analysis.actors.flatMap((a) =>
    a.mentions.map((m) => ({ category: a.kind as DrawnSpan['category'], start: m.start, end: m.end })),
  ),
  { category: 'sourcing' as const, ...span('said') },
  { category: 'sourcing' as const, ...span('told Reuters') },
  { category: 'sourcing' as const, ...span('said', 3) },
  { category: 'figure' as const, ...span('40') },
  { category: 'figure' as const, ...span('Later') },
  { category: 'claim' as const, ...span('40 homes in Leeds may have flooded') },
].sort((a, b) => a.start - b.start || b.end - a.end);

const shown = (spans: readonly DrawnSpan[]) => spans.map((s) => `${s.category}:${text.slice(s.start, s.end)}`);

describe('quiet', () => {
  test('draws every claim and sourcing phrase, first mentions of speakers and recurring names, figures in claims', () => {
    expect(shown(selectDrawn(items, analysis, 'quiet'))).toEqual([
      'person:Maria Lopez',
      'sourcing:said',
      'organization:ministry',
      'sourcing:told Reuters',
      'claim:40 homes in Leeds may have flooded',
      'figure:40',
      'place:Leeds',
      'person:Tom Ray',
      'sourcing:said',
    ]);
  });

  test.each([
    ['a later mention of a person', 'person', span('Lopez', 2)],
    ['a later mention of an organisation', 'organization', span('ministry', 2)],
    ['an organisation named once that says nothing', 'organization', span('Reuters')],
    ['a place named once', 'place', span('York')],
    ['a later mention of a place', 'place', span('Leeds', 2)],
    ['a figure outside a claim', 'figure', span('Later')],
  ] as const)('does not draw %s', (_, category, s) => {
    expect(selectDrawn([{ category, start: s.start, end: s.end }], analysis, 'quiet')).toEqual([]);
  });

  test('every category has a named quiet rule (one switch, "all", draws the rest)', () => {
    for (const id of CATEGORY_IDS) expect(QUIET_RULES[id].id).toMatch(/^[a-z-]+$/);
  });
});

test('all draws everything, in order', () => {
  expect(selectDrawn(items, analysis, 'all')).toEqual(items);
});

test('marks per 100 words', () => {
  expect(marksPer100Words(3, 'one two three four five six')).toBe(50);
  expect(marksPer100Words(3, '   ')).toBe(0);
});
