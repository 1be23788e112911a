// Words that leave a claim unestablished: hedging adverbs and adjectives, epistemic modals, the participles of
// hearsay ("is believed to") and the fates they hedge ("feared dead"). lib/hedges.ts builds its patterns on them.
// Evidence lines: `npx tsx scripts/lexicon-evidence.ts` on PolNeAR train (plain word matching over all
// inflected forms of a lemma list): uses, and the share inside a gold sourcing span or a gold source.

/**
 * Hedging adverbs: the clause around them is not established.
 * PolNeAR train: 115 uses, inside a gold sourcing span in 33 (29%), inside a gold source in 0 (0%).
 */
export const HEDGE_ADVERBS: readonly string[] = [
  'reportedly',
  'allegedly',
  'purportedly',
  'supposedly',
  'reputedly',
  'apparently',
  'seemingly',
  'ostensibly',
  'presumably',
];

/**
 * Hedging adjectives in front of a noun phrase: "her reputed love of shopping", "the alleged killer".
 * PolNeAR train: 128 uses, inside a gold sourcing span in 19 (15%), inside a gold source in 3 (2%).
 */
export const HEDGE_ADJECTIVES: readonly string[] = [
  'alleged',
  'reputed',
  'purported',
  'suspected',
  'presumed',
  'apparent',
  'supposed',
  'rumored',
  'rumoured',
];

/**
 * Adjectives marking a report or figure as unverified: "unconfirmed radar data", "unverified footage".
 * PolNeAR train: 3 uses, inside a gold sourcing span in 2 (67%), inside a gold source in 0 (0%).
 */
export const UNVERIFIED_ADJECTIVES: readonly string[] = [
  'unconfirmed',
  'unverified',
  'uncorroborated',
  'unsubstantiated',
];

/**
 * Modals that hedge what is when "have" or "be" follows: "may have escaped", "could be at the bottom of the sea".
 * PolNeAR train: 1679 uses, inside a gold sourcing span in 102 (6%), inside a gold source in 8 (0%).
 */
export const EPISTEMIC_MODALS: readonly string[] = ['may', 'might', 'could', 'must'];

/**
 * Words after "may be"/"could be" that keep the modal about what is ("could be at the bottom of the sea",
 * "may be linked"), not about a plan or a forecast ("could be expanded", "could be useful", "may be a battle").
 * PolNeAR train: 24892 uses, inside a gold sourcing span in 2184 (9%), inside a gold source in 1010 (4%).
 */
export const EPISTEMIC_AFTER_BE: ReadonlySet<string> = new Set([
  'at',
  'in',
  'on',
  'under',
  'inside',
  'among',
  'near',
  'beneath',
  'aboard',
  'within',
  'somewhere',
  'there',
  'linked',
  'connected',
  'related',
  'tied',
  'involved',
  'responsible',
  'behind',
  'hidden',
  'trapped',
  'buried',
  'held',
  'dead',
  'alive',
  'missing',
  'located',
]);

/**
 * Participles of hearsay and belief that hedge after "it is": "it is believed that", "it was alleged that".
 * PolNeAR train: 5339 uses, inside a gold sourcing span in 4738 (89%), inside a gold source in 27 (1%).
 */
export const HEARSAY_PARTICIPLES: readonly string[] = [
  'believed',
  'thought',
  'said',
  'reported',
  'understood',
  'rumored',
  'rumoured',
  'alleged',
  'presumed',
  'suspected',
  'feared',
  'assumed',
  'claimed',
];

/**
 * After a subject and a be-verb, also reputation: "is reputed to", "are purported to".
 * PolNeAR train: 5342 uses, inside a gold sourcing span in 4739 (89%), inside a gold source in 28 (1%).
 */
export const PASSIVE_HEARSAY_PARTICIPLES: readonly string[] = [...HEARSAY_PARTICIPLES, 'reputed', 'purported'];

/**
 * Fates a hearsay participle may hedge without "to": "are feared dead", "presumed drowned".
 * PolNeAR train: 316 uses, inside a gold sourcing span in 12 (4%), inside a gold source in 11 (3%).
 */
export const FATE_WORDS: readonly string[] = ['dead', 'killed', 'missing', 'lost', 'drowned'];

/**
 * The participles a fate word may follow for a hedge ("feared dead", "presumed drowned", "reported killed"); after
 * the other participles a fate word is not read as one.
 * PolNeAR train: 247 uses, inside a gold sourcing span in 157 (64%), inside a gold source in 5 (2%).
 */
export const FATE_PARTICIPLES: readonly string[] = ['feared', 'presumed', 'believed', 'reported'];

/**
 * A stance the writer infers after "appears"/"seems": "seem intent on", "appears poised to", "seemed unlikely to".
 * PolNeAR train: 1040 uses, inside a gold sourcing span in 125 (12%), inside a gold source in 41 (4%).
 */
export const INFERRED_STANCES: readonly string[] = [
  'intent',
  'poised',
  'set',
  'ready',
  'determined',
  'unlikely',
  'likely',
  'close',
  'keen',
  'eager',
  'bent',
  'headed',
  'destined',
  'willing',
  'reluctant',
  'unwilling',
  'prepared',
];

/**
 * Nouns of the evidence a sentence says is missing: "there is no indication that", "no evidence of".
 * PolNeAR train: 231 uses, inside a gold sourcing span in 21 (9%), inside a gold source in 7 (3%).
 */
export const ABSENT_EVIDENCE_NOUNS: readonly string[] = ['indication', 'evidence', 'sign', 'proof', 'confirmation'];

/**
 * Adjectives allowed between "no" and the noun: "there was no immediate confirmation of".
 * PolNeAR train: 699 uses, inside a gold sourcing span in 131 (19%), inside a gold source in 66 (9%).
 */
export const ABSENT_EVIDENCE_MODIFIERS: readonly string[] = ['immediate', 'clear', 'public', 'independent'];
