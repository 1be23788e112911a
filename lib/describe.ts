// The hover card's plain words for one annotation, from the rule that made it: "reporting verb 'told' ·
// speaker: Karoline Leavitt", "unconfirmed: rests only on 'a source familiar with the talks'". Pure, no parse
// (the content script imports it).
import { ruleById } from './rules/index.ts';
import type { Attribution, Claim, ClaimReason, Sourcing, Span } from './types.ts';

export const quoted = (s: Span | undefined) => (s ? `'${s.text.replace(/\s+/g, ' ').trim()}'` : '');

/** The card's line for a sourcing phrase: "reporting verb 'told' · speaker: Karoline Leavitt". */
export function describeSourcing(s: Sourcing, attributions: readonly Attribution[] = []): string {
  const label = (s.rule && ruleById.get(s.rule)?.label) || SOURCING_LABEL[s.kind] || s.kind;
  const a = attributions.find((x) => x.cue && x.cue.start <= s.span.start && s.span.end <= x.cue.end);
  const speaker = a ? ` · speaker: ${a.speaker}${a.anonymous ? ' (unnamed)' : ''}` : '';
  return `${label} ${quoted(s.span)}${speaker}`;
}

/** A claim's reason in words: "unconfirmed: rests only on 'a source familiar with the talks'". */
export function describeReason(r: ClaimReason): string {
  const cue = quoted(r.cue);
  switch (r.kind) {
    case 'anonymous-source':
      return `unconfirmed: rests only on ${cue || 'an unnamed source'}`;
    case 'disputed':
      return `unconfirmed: disputed${cue ? ` (${cue})` : ''}`;
    case 'unverified':
      return `unconfirmed: not verified${cue ? ` (${cue})` : ''}`;
    default:
      return `unconfirmed: hedged${cue ? ` with ${cue}` : ''}`;
  }
}

export const describeClaim = (c: Claim): string =>
  c.reasons.length > 0 ? c.reasons.map(describeReason).join('; ') : 'unconfirmed: not established';

const SOURCING_LABEL: Record<string, string> = {
  cue: 'reporting verb',
  'according-to': 'according to',
  citing: 'citing a source',
  statement: 'statement',
  report: 'earlier report',
  belief: 'belief attributed',
  'anonymous-source': 'anonymous source',
};
