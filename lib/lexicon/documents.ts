// Documents, polls and statements that act as sources: "the statement read", "polls show".
// Evidence lines: `npx tsx scripts/lexicon-evidence.ts` on PolNeAR train (plain word matching over all
// inflected forms of a lemma list): uses, and the share inside a gold sourcing span or a gold source.

/**
 * Documents that read, reference or cite: "“…,” the article read".
 * PolNeAR train: 3099 uses, inside a gold sourcing span in 730 (24%), inside a gold source in 434 (14%).
 */
export const DOCUMENT_SUBJECTS = new Set(
  'article statement letter sign signs headline message note email post tweet caption banner ad video spot release memo report editorial op-ed book website petition resolution bill order ruling filing document suit lawsuit complaint'.split(
    ' ',
  ),
);

/**
 * Phrases that mark reported speech by themselves (kind 'statement' or 'anonymous-source').
 * PolNeAR train: 1946 uses, inside a gold sourcing span in 411 (21%), inside a gold source in 181 (9%).
 */
export const STATEMENT_NOUNS = new Set([
  'statement',
  'interview',
  'tweet',
  'post',
  'letter',
  'speech',
  'memo',
  'email',
  'release',
  'briefing',
  'op-ed',
  'editorial',
  'filing',
]);

/** PolNeAR train: 2713 uses, inside a gold sourcing span in 746 (27%), inside a gold source in 502 (19%). */
export const DOC_NOUNS = new Set(
  'statement statements report letter letters memo ad ads transcript findings data details email emails tweet op-ed editorial note response rebuttal apology list analysis proposal poll survey study'.split(
    ' ',
  ),
);

/**
 * Documents, polls and studies that show, find or suggest: "a Quinnipiac poll shows", "the survey finds".
 * PolNeAR train: 2296 uses, inside a gold sourcing span in 804 (35%), inside a gold source in 734 (32%).
 */
export const EVIDENCE_NOUNS = new Set(
  'poll polls polling survey surveys analysis analyses review study studies report reports data research records numbers figures documents results statistics average averages census audit tally tallies estimate estimates files findings ledgers emails filings'.split(
    ' ',
  ),
);

/**
 * Nouns for documents and counts whose bare "show" is a cue: "polls show", "the records show".
 * PolNeAR train: 1283 uses, inside a gold sourcing span in 319 (25%), inside a gold source in 286 (22%).
 */
export const EVIDENCE_SUBJECTS = new Set([
  'polls',
  'surveys',
  'records',
  'data',
  'studies',
  'numbers',
  'figures',
  'documents',
  'results',
  'statistics',
  'emails',
  'filings',
  'reports',
  'files',
  'tallies',
  'findings',
]);

/**
 * "in the latest poll", "among surveys": a preposition whose object is a poll makes it the source.
 * PolNeAR train: 13856 uses, inside a gold sourcing span in 1020 (7%), inside a gold source in 553 (4%).
 */
export const POLL_PREPOSITIONS = new Set(['in', 'among']);

/** PolNeAR train: 795 uses, inside a gold sourcing span in 374 (47%), inside a gold source in 372 (47%). */
export const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'average', 'averages']);

/**
 * Occasions and media a statement is made at or on, the objects of a trailing adjunct ("attacked X at a rally",
 * "endorsed Y on Twitter", "in early-morning tweets"): such a phrase tells when or where, not what was said.
 */
export const OCCASION_NOUNS: ReadonlySet<string> = new Set(
  'rally rallies debate debates conference conferences interview interviews speech speeches event events hearing hearings meeting meetings appearance appearances forum forums convention conventions statement statements tweet tweets post posts twitter facebook instagram television tv radio show broadcast call summit dinner fundraiser luncheon breakfast address remarks visit trail stop stops briefing session ceremony program podcast op-ed editorial video ad'.split(
    ' ',
  ),
);
