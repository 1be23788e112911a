// Sourcing phrases and who said what (attributions): the entry point lib/analyze.ts calls.
// The work is in attributions.ts (quote pairing, cues, speakers) over cues.ts (the lexicons).
import { findAttributions } from './attributions.ts';
import type { ParsedText } from './nlp.ts';
import type { Actor, Attribution, Sourcing } from './types.ts';

export function findSourcing(
  parsed: ParsedText,
  actors: Actor[],
): { sourcing: Sourcing[]; attributions: Attribution[] } {
  // a rule that throws is recorded by the pipeline (lib/pipeline.ts), not caught here
  return findAttributions(parsed, actors);
}
