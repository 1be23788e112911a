// Sourcing phrases and who said what (attributions).
import type { ParsedText } from './nlp.ts';
import type { Actor, Attribution, Sourcing } from './types.ts';

export function findSourcing(
  parsed: ParsedText,
  _actors: Actor[],
): { sourcing: Sourcing[]; attributions: Attribution[] } {
  const sourcing: Sourcing[] = [];
  for (const m of parsed.text.matchAll(/\b(said|told|according to)\b/g)) {
    sourcing.push({ kind: 'cue', span: { start: m.index, end: m.index + m[0].length, text: m[0] } });
  }
  return { sourcing, attributions: [] };
}
