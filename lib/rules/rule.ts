// What a rule is: a small named unit with its id, what it matches, why, its examples and its evidence.
// Pure data; the code that applies a rule cites its id where it fires (grep the id to find both).

import type { Span } from '../types.ts';

/** Where in the pipeline a rule acts (the order of lib/analyze.ts's passes and of findAttributions' stages). */
export type RuleStage =
  | 'actor' // an actor's kind is decided
  | 'cue' // a reporting phrase is found
  | 'veto' // a candidate cue is set aside
  | 'content' // what a cue reports is delimited
  | 'statement' // a statement found without a reporting verb (labels, signatures, continued quotes)
  | 'claim'; // an unconfirmed claim is detected

export interface Rule {
  /** Unique, stable, greppable: `<stage>.<name>` ("cue.according-to", "veto.found-a-way"). */
  id: string;
  stage: RuleStage;
  /** What it matches, in a few words. */
  matches: string;
  /** What the hover card calls what it found ("reporting verb"); cue rules only. */
  label?: string;
  /** Why the rule exists (the error it prevents, the reading it captures). */
  why: string;
  /** Sentences on which the rule must fire (must produce an item carrying its id, or record its veto). */
  fires: string[];
  /** Sentences on which it must not fire. */
  never: string[];
  /** How it was measured, e.g. "PolNeAR train: marked in 11 of 14 uses". */
  evidence?: string;
}

/** A rule that fired on a span: an annotation made, or (vetoed) a candidate set aside. For --explain and tests. */
export interface TraceEvent {
  rule: string;
  span: Span;
  vetoed?: boolean;
  /** What it decided, in a few words ("speaker: Karoline Leavitt", "person", "hedge"). */
  note?: string;
}
