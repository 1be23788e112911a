// Sourcing phrases and who said what (attributions): the entry point lib/analyze.ts calls.
// The work is in attributions.ts (quote pairing, cues, speakers) over cues.ts (the lexicons).
import { findAttributions } from './attributions.ts';
import type { ParsedText } from './nlp.ts';
import type { Actor, Attribution, Sourcing } from './types.ts';

export function findSourcing(
  parsed: ParsedText,
  actors: Actor[],
): { sourcing: Sourcing[]; attributions: Attribution[] } {
  try {
    return findAttributions(parsed, actors);
  } catch {
    // a bug in a rule must not cost the rest of the analysis
    return { sourcing: [], attributions: [] };
  }
}
