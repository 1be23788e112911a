// What is drawn and what the card says, from an analysis.
import { describe, expect, test } from 'vitest';
import { explainAll, explainAt } from '@/lib/dom/marks';
import type { Analysis } from '@/lib/types';

const text = 'Karoline Leavitt said 19 hostages are believed to be alive. Leavitt added that Israelis were told.';
const span = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};

const analysis: Analysis = {
  text,
  actors: [
    { name: 'Karoline Leavitt', kind: 'person', mentions: [span('Karoline Leavitt'), span('Leavitt', 20)] },
    { name: 'Israelis', kind: 'group', mentions: [span('Israelis')] },
  ],
  figures: [{ kind: 'count', span: span('19') }],
  sourcing: [{ kind: 'cue', span: span('said'), rule: 'cue.reporting-verb' }],
  attributions: [
    {
      speaker: 'Karoline Leavitt',
      anonymous: false,
      direct: false,
      cue: span('said'),
      content: span('19 hostages are believed to be alive'),
    },
    { speaker: 'Karoline Leavitt', anonymous: false, direct: false, content: span('that Israelis were told') },
  ],
  claims: [
    { span: span('19 hostages are believed to be alive'), reasons: [{ kind: 'hedge', cue: span('believed to') }] },
  ],
};

describe('explainAll', () => {
  const items = explainAll(analysis);

  test('one item per drawn span; group actors are not drawn', () => {
    expect(items.map((i) => `${i.category}:${text.slice(i.start, i.end)}`)).toEqual([
      'person:Karoline Leavitt',
      'sourcing:said',
      'claim:19 hostages are believed to be alive',
      'figure:19',
      'person:Leavitt',
    ]);
  });

  test.each([
    ['Leavitt', 'Karoline Leavitt · person · 2 statements in this article'],
    ['believed', "Unconfirmed: hedged with 'believed to'"],
    ['said', "Reporting verb 'said' · speaker: Karoline Leavitt"],
  ])('the card for %s', (word, line) => {
    const at = text.indexOf(word) + 1;
    expect(explainAt(items, at, () => true).map((e) => e.text)).toContain(line);
  });

  test('the card on a denial or a refusal says so', () => {
    const t2 = 'Hamas denied that prisoners were moved. Leavitt declined to comment.';
    const at = (s: string) => {
      const start = t2.indexOf(s);
      return { start, end: start + s.length, text: s };
    };
    const withActs: Analysis = {
      text: t2,
      actors: [],
      figures: [],
      sourcing: [
        { kind: 'cue', span: at('denied') },
        { kind: 'cue', span: at('declined') },
      ],
      attributions: [
        {
          speaker: 'Hamas',
          anonymous: false,
          direct: false,
          act: 'deny',
          cue: at('denied'),
          content: at('prisoners were moved'),
        },
        {
          speaker: 'Leavitt',
          anonymous: false,
          direct: false,
          act: 'decline',
          cue: at('declined'),
          content: at('to comment'),
        },
      ],
      claims: [],
    };
    const cards = explainAll(withActs).map((e) => e.text);
    expect(cards).toEqual(['Hamas denied: prisoners were moved', 'Leavitt declined to comment']);
  });

  test('most specific first, hidden categories left out', () => {
    const at = text.indexOf('19');
    expect(explainAt(items, at, () => true).map((e) => e.category)).toEqual(['figure', 'claim']);
    expect(explainAt(items, at, (c) => c !== 'figure').map((e) => e.category)).toEqual(['claim']);
  });
});
