// Words that join or open phrases: what keeps a phrase after a source with it, and what opens an adjunct
// rather than a reported clause. Grammar, not evidence of sourcing: no corpus figures.

/**
 * Words that join a noun phrase's head to what follows it ("the talks with Hamas", "a web video by the RNC"): the
 * head is the last word before one. Not actors.ts's NAME_CONNECTORS, which join the parts of one proper name.
 */
export const PHRASE_CONNECTORS = new Set([
  'of',
  'from',
  'for',
  'at',
  'with',
  'in',
  'across',
  'around',
  'throughout',
  'and',
  '&',
]);

/** Prepositions whose phrase after a source stays with it: "a report by ...", "officials from ...". */
export const ATTACHED_PREPOSITIONS = new Set(['by', 'of', 'from', 'at', 'for', 'with', 'in']);

/** Words that open an adjunct, not a reported clause, after a verb: "said at a rally", "said as he left". */
export const ADJUNCT_STARTERS = new Set([
  'to',
  'as',
  'while',
  'when',
  'after',
  'before',
  'during',
  'according',
  'in',
  'on',
  'at',
  'of',
  'about',
  'from',
  'with',
  'without',
  'outside',
  'inside',
  'upon',
  'for',
  'by',
  'and',
  'but',
  'then',
  'because',
  'since',
]);

/**
 * Words after a parenthetical cue that carry on the clause it interrupts ("The roads were shut, she said, because
 * of the storm"), not an adjunct of the cue's own verb.
 */
export const CLAUSE_CONTINUERS: ReadonlySet<string> = new Set([
  'because',
  'since',
  'including',
  'but',
  'and',
  'although',
  'though',
  'unless',
  'until',
  'if',
]);

export const PP_STARTERS = new Set([
  'on',
  'in',
  'at',
  'during',
  'via',
  'through',
  'late',
  'early',
  'earlier',
  'last',
  'this',
]);

/** Lower-case words that may join two capitalised parts of one organisation name (not attributions.ts's
 * PHRASE_CONNECTORS, which end a noun phrase's head). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the', 'de', 'du', 'des']);

/**
 * Conjunctions that set one source's clause against another's ("X said A, although Y said B"): attributions.ts
 * ends a source's clause at them; claims.ts's CONTRAST adds "however" for two accounts set against each other.
 * PolNeAR train: 3729 uses, inside a gold sourcing span in 36 (1%), inside a gold source in 26 (1%).
 */
export const CONTRAST_CONJUNCTIONS: readonly string[] = ['although', 'though', 'but', 'whereas', 'while'];

/**
 * Conjunctions that open a subordinate clause set before its sentence's subject ("When X said Y, Z replied"): a cue
 * inside such a clause reports up to the comma that hands over to the main clause.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when',
  'while',
  'whereas',
  'after',
  'before',
  'as',
  'although',
  'though',
  'if',
  'since',
  'because',
  'once',
  'until',
  'unless',
]);

/**
 * Conjunctions that open an adverbial clause after a reported phrase ("… after hackers targeted two states"):
 * SUBORDINATORS without the conditions and "once", which open what was said more often than its setting.
 */
export const TRAILING_SUBORDINATORS: ReadonlySet<string> = new Set(
  [...SUBORDINATORS].filter((w) => !['if', 'once', 'unless'].includes(w)),
);

/** Words that may stand before a sentence-opening subordinator: "But when", "Even as", "Just as". */
export const SUBORDINATOR_OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'even', 'just', 'only']);

/** Prepositions that open a phrase of time or occasion after a reported phrase ("at a rally", "since the debate"). */
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'at',
  'during',
  'on',
  'in',
  'since',
  'amid',
  'after',
  'before',
  'throughout',
  'via',
  'through',
]);
