// The hover card's plain words for an annotation, from the rule that made it (lib/describe.ts).
import { describe, expect, test } from 'vitest';
import { describeClaim, describeReason, describeSourcing } from '../../lib/describe.ts';
import type { Attribution, Span } from '../../lib/types.ts';

const text = 'Karoline Leavitt told reporters the talks had stalled, a source familiar with the talks said.';
const span = (s: string): Span => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, text: s };
};

describe('describe', () => {
  test('a reporting verb with its speaker', () => {
    const told: Attribution = {
      speaker: 'Karoline Leavitt',
      anonymous: false,
      direct: false,
      cue: span('told reporters'),
      content: span('the talks had stalled'),
    };
    expect(describeSourcing({ kind: 'cue', span: span('told'), rule: 'cue.reporting-verb' }, [told])).toBe(
      "reporting verb 'told' · speaker: Karoline Leavitt",
    );
  });

  test('a phrase without an attribution: its rule label, or its kind', () => {
    expect(describeSourcing({ kind: 'according-to', span: span('Leavitt'), rule: 'cue.according-to' })).toBe(
      "according to 'Leavitt'",
    );
    expect(describeSourcing({ kind: 'report', span: span('talks') })).toBe("earlier report 'talks'");
  });

  test.each([
    [
      'anonymous-source',
      'a source familiar with the talks',
      "unconfirmed: rests only on 'a source familiar with the talks'",
    ],
    ['hedge', 'had stalled', "unconfirmed: hedged with 'had stalled'"],
    ['disputed', 'said', "unconfirmed: disputed ('said')"],
    ['unverified', 'talks', "unconfirmed: not verified ('talks')"],
  ] as const)('a claim reason %s', (kind, cue, line) => {
    expect(describeReason({ kind, cue: span(cue) })).toBe(line);
  });

  test('a claim without a cue rests on an unnamed source; without reasons it is not established', () => {
    expect(describeReason({ kind: 'anonymous-source' })).toBe('unconfirmed: rests only on an unnamed source');
    expect(describeClaim({ span: span('talks'), reasons: [] })).toBe('unconfirmed: not established');
  });
});
