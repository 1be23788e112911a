// Unnamed sources: the nouns and openers of "a senior US official", "two people familiar with the talks".
// Evidence lines: `npx tsx scripts/lexicon-evidence.ts` on PolNeAR train (plain word matching over all
// inflected forms of a lemma list): uses, and the share inside a gold sourcing span or a gold source.

/**
 * Nouns for unnamed sources: "a US official", "two sources", "people familiar with the matter".
 * PolNeAR train: 5090 uses, inside a gold sourcing span in 1584 (31%), inside a gold source in 1529 (30%).
 */
export const ANONYMOUS_NOUNS = new Set([
  'official',
  'officials',
  'source',
  'sources',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'diplomat',
  'diplomats',
  'aide',
  'aides',
  'person',
  'people',
  'analyst',
  'analysts',
  'expert',
  'experts',
  'observer',
  'observers',
  'insider',
  'insiders',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'staffer',
  'staffers',
  'member',
  'members',
  'officer',
  'officers',
  'witness',
  'witnesses',
  'resident',
  'residents',
  'critic',
  'critics',
  'supporter',
  'supporters',
  'lawmaker',
  'lawmakers',
  'economist',
  'economists',
  'scientist',
  'scientists',
  'researcher',
  'researchers',
  'investigator',
  'investigators',
  'oceanographers',
  'pilots',
  'executive',
  'executives',
  'employee',
  'employees',
  'negotiator',
  'negotiators',
  'representative',
  'representatives',
  'leader',
  'leaders',
  'authorities',
  'administration',
]);

/**
 * Words that make a description unnamed when they open it: "a", "two", "several", "senior".
 * PolNeAR train: 24257 uses, inside a gold sourcing span in 3286 (14%), inside a gold source in 2500 (10%).
 */
export const ANONYMOUS_OPENERS = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'several',
  'some',
  'many',
  'other',
  'few',
  'multiple',
  'numerous',
  'senior',
  'unnamed',
  'anonymous',
  'most',
  'various',
  'another',
]);

/** Unnamed sources worth marking as a sourcing phrase of their own ("two sources with direct knowledge"). */
export const ANONYMOUS_PHRASE =
  /^(?:two|three|four|several|multiple|people|sources|a source|one source)\b|\b(?:familiar|knowledge|close to|anonymity)\b/i;

/**
 * Singular heads of an unnamed source after "a", "one", "another": "a senior US official", "one source".
 * PolNeAR train: 681 uses, inside a gold sourcing span in 309 (45%), inside a gold source in 306 (45%).
 */
export const ANON_SINGULAR_HEADS: readonly string[] = [
  'source',
  'official',
  'insider',
  'aide',
  'diplomat',
  'employee',
  'officer',
  'adviser',
  'advisor',
  'staffer',
  'negotiator',
  'investigator',
  'executive',
  'lawmaker',
  'operative',
];

/**
 * Heads that "the" can open as an unnamed source ("the source told Reuters"); "the officer" is usually named before.
 * PolNeAR train: 180 uses, inside a gold sourcing span in 85 (47%), inside a gold source in 83 (46%).
 */
export const ANON_DEFINITE_HEADS: ReadonlySet<string> = new Set(['source', 'official', 'insider']);

/**
 * First word of a clause that reports what unnamed reports say: "media reports said", "unconfirmed local reports
 * that". Up to two words may follow it before "report(s)". Not UNNAMED_REPORT_MODIFIERS: that list stacks right
 * before "reports" in a noun phrase, and the two differ ("online", "multiple", "earlier" only here; "initial",
 * "early", "preliminary", "other", "television", "tv" only there): merged, either pattern would match more.
 * PolNeAR train: 2592 uses, inside a gold sourcing span in 563 (22%), inside a gold source in 484 (19%).
 */
export const UNNAMED_REPORT_OPENERS: readonly string[] = [
  'unconfirmed',
  'unverified',
  'media',
  'press',
  'local',
  'news',
  'online',
  'some',
  'several',
  'multiple',
  'earlier',
];

/**
 * Up to three words right before "reports" that leave them unnamed: "according to local news reports".
 * PolNeAR train: 3616 uses, inside a gold sourcing span in 678 (19%), inside a gold source in 606 (17%).
 */
export const UNNAMED_REPORT_MODIFIERS: readonly string[] = [
  'unconfirmed',
  'unverified',
  'local',
  'media',
  'news',
  'press',
  'initial',
  'early',
  'preliminary',
  'some',
  'several',
  'other',
  'television',
  'tv',
];

/**
 * Phrases that make a source anonymous on purpose: "spoke on condition of anonymity", "asked not to be named",
 * "not authorized to speak". A space matches any run of white space (lib/words-pattern.ts); every entry is
 * written out, "the" and "not" included or not, so a newcomer finds the phrase by grepping it. hedges.ts's
 * ANONYMITY and attributions.ts's ANONYMITY_PHRASE are built from it.
 * PolNeAR train: 36 uses, inside a gold sourcing span in 20 (56%), inside a gold source in 11 (31%).
 */
export const ANONYMITY_PHRASES: readonly string[] = [
  'on condition of anonymity',
  'on the condition of anonymity',
  'under condition of anonymity',
  'under the condition of anonymity',
  'speaking anonymously',
  'asked to be named',
  'asked to be identified',
  'asked not to be named',
  'asked not to be identified',
  'requested to be named',
  'requested to be identified',
  'requested not to be named',
  'requested not to be identified',
  'declined to be named',
  'declined to be identified',
  'declined not to be named',
  'declined not to be identified',
  'not authorized to speak',
  'not authorized to talk',
  'not authorized to comment',
  'not authorized to discuss',
  'not authorised to speak',
  'not authorised to talk',
  'not authorised to comment',
  'not authorised to discuss',
  'requested anonymity',
];

/**
 * Verb forms before an anonymity phrase that belong to it: "spoke on condition of anonymity".
 * PolNeAR train: 532 uses (most of them away from any anonymity phrase), inside a gold sourcing span in 168 (32%),
 * inside a gold source in 17 (3%).
 */
export const ANONYMITY_SPEECH_VERBS: readonly string[] = [
  'spoke',
  'spoken',
  'speaking',
  'speaks',
  'talked',
  'talking',
  'talks',
];

/**
 * Anonymity with the verb inside it, besides "speaking anonymously" above: "officials who talked anonymously".
 * PolNeAR train: 2 uses, inside a gold sourcing span in 2 (100%), inside a gold source in 1 (50%).
 */
export const SPOKE_ANONYMOUSLY: readonly string[] = [
  'spoke anonymously',
  'spoken anonymously',
  'talked anonymously',
  'talking anonymously',
];

/**
 * Adjectives by which an article itself calls a source unnamed: "citing unnamed officials", "an anonymous diplomat".
 * PolNeAR train: 10 uses, inside a gold sourcing span in 0 (0%), inside a gold source in 0 (0%): rare in US politics news.
 */
export const UNNAMED_ADJECTIVES: readonly string[] = ['unnamed', 'anonymous', 'unidentified'];

/**
 * Heads UNNAMED_ADJECTIVES make a source, up to two words after the adjective: "unnamed US officials",
 * "an unidentified witness". Narrower than ANONYMOUS_NOUNS (no "analysts", "critics", "leaders"), with "persons".
 * PolNeAR train: 3272 uses, inside a gold sourcing span in 784 (24%), inside a gold source in 773 (24%).
 */
export const UNNAMED_SOURCE_HEADS: readonly string[] = [
  'official',
  'officials',
  'source',
  'sources',
  'people',
  'person',
  'persons',
  'diplomat',
  'diplomats',
  'aide',
  'aides',
  'insider',
  'insiders',
  'employee',
  'employees',
  'staffer',
  'staffers',
  'officer',
  'officers',
  'executive',
  'executives',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'member',
  'members',
  'witness',
  'witnesses',
  'resident',
  'residents',
];

/**
 * Plural heads taken as the unnamed source in a sentence that grants anonymity ("two senior officials, who
 * spoke on condition of anonymity"): claims.ts's anonymous-source rule.
 * PolNeAR train: 1717 uses, inside a gold sourcing span in 293 (17%), inside a gold source in 290 (17%).
 */
export const ANONYMITY_GRANTED_HEADS: readonly string[] = [
  'officials',
  'diplomats',
  'aides',
  'insiders',
  'people',
  'executives',
];

/**
 * Quantifiers that leave a group of sources uncounted and unnamed: "many observers", "some analysts", "a number of
 * economists" (claims.ts: claim.anonymous-only).
 */
export const VAGUE_QUANTIFIERS: readonly string[] = [
  'many',
  'some',
  'several',
  'numerous',
  'most',
  'a number of',
  'a host of',
];

/** Plural heads vague on their own, without a quantifier: "observers say", "followers of the region believe". */
export const VAGUE_GROUP_HEADS: readonly string[] = ['observers', 'watchers', 'followers', 'commentators'];

/**
 * Unnamed experts, uncounted, named by no body of their own: "analysts", "Western economists", "White House
 * advisers" (hedges.ts: VAGUE_GROUP). Officials are not among them: "Indonesian officials said the search
 * area …" is a government's account of its own work, and unflagged in the gold.
 */
export const VAGUE_EXPERT_HEADS: readonly string[] = ['analysts', 'experts', 'economists', 'advisers', 'advisors'];

/**
 * Verbs by which a vague group reports what is so (says it, believes it, suspects it), not what it praises or
 * proposes (claims.ts: claim.anonymous-only).
 */
export const VAGUE_SOURCE_VERBS: readonly string[] = [
  'say',
  'says',
  'said',
  'saying',
  'told',
  'tell',
  'tells',
  'believe',
  'believes',
  'believed',
  'think',
  'thinks',
  'thought',
  'suspect',
  'suspects',
  'suspected',
  'fear',
  'fears',
  'feared',
  'contend',
  'contends',
  'contended',
  'claim',
  'claims',
  'claimed',
  'allege',
  'alleges',
  'alleged',
  'insist',
  'insists',
  'insisted',
  'report',
  'reports',
  'reported',
];
