// Unconfirmed claims: hedged, resting only on anonymous sources, or disputed.
import type { ParsedText } from './nlp.ts';
import type { Actor, Attribution, Claim, Sourcing } from './types.ts';

export interface ClaimContext {
  actors: Actor[];
  sourcing: Sourcing[];
  attributions: Attribution[];
}

export function findClaims(_parsed: ParsedText, _ctx: ClaimContext): Claim[] {
  return [];
}
