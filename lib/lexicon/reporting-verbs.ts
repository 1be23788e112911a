// Reporting verbs: the cue lemmas by class (speech, stance, belief, evidence) with the forms too weak or kept
// by force, the verb classes the later stages ask about, and three short lists other modules use on raw
// text. The lemma lists are the project's own, informed by the MIT-licensed GenderGapTracker quote-verb
// list (../shared/corpus/lexicons/ggt_quote_verb_list.txt) and by how often each form is a cue in PolNeAR
// train. Inflection: lib/cues.ts.
// Evidence lines: `npx tsx scripts/lexicon-evidence.ts` on PolNeAR train (plain word matching over all
// inflected forms of a lemma list): uses, and the share inside a gold sourcing span or a gold source.

/**
 * Reporting verbs proper.
 * PolNeAR train: 21178 uses, inside a gold sourcing span in 11649 (55%), inside a gold source in 606 (3%).
 */
export const SPEECH = [
  'say',
  'tell',
  'add',
  'state',
  'rule',
  'divulge',
  'announce',
  'confirm',
  'deny',
  'warn',
  'claim',
  'argue',
  'insist',
  'explain',
  'note',
  'write',
  'tweet',
  'report',
  'acknowledge',
  'admit',
  'assert',
  'declare',
  'reply',
  'respond',
  'ask',
  'suggest',
  'predict',
  'promise',
  'pledge',
  'vow',
  'urge',
  'recall',
  'stress',
  'emphasize',
  'emphasise',
  'reiterate',
  'reaffirm',
  'intimate',
  'assure',
  'testify',
  'concede',
  'contend',
  'allege',
  'complain',
  'comment',
  'describe',
  'disclose',
  'reveal',
  'mention',
  'observe',
  'remark',
  'caution',
  'boast',
  'brag',
  'quip',
  'joke',
  'counter',
  'retort',
  'conclude',
  'estimate',
  'propose',
  'recommend',
  'demand',
  'reassure',
  'inform',
  'hint',
  'speculate',
  'maintain',
  'clarify',
  'exclaim',
  'proclaim',
  'lament',
  'concur',
  'agree',
  'disagree',
  'dispute',
  'point',
  'cite',
  'decline',
  'refuse',
  'indicate',
  'signal',
  'post',
  'answer',
  'continue',
  'refer',
  'reference',
  'express',
  'echo',
  'voice',
  'remind',
  'plead',
  'retweet',
  'interject',
  'recount',
  'imply',
  'email',
  'quote',
  'forecast',
  'highlight',
  'request',
  'shout',
  'yell',
  'chant',
  'wonder',
  'talk',
  'discuss',
  'tout',
  'issue',
  'speak',
  // PolNeAR train marks these in four of five uses or more
  'muse',
  'acquiesce',
  'rebut',
  'allude',
  'articulate',
  'outline',
];

/**
 * Evaluative speech acts: "called the talks unprecedented", "accused X of Y". Left out, with "threaten" from
 * SPEECH, as wrong more often than right on both the guideline gold and PolNeAR dev (0 of 9 and 5 of 17): "support"
 * and "oppose" (a position, mostly with a candidate or a bill as object), "push" ("pushed prices up", "pushed for"),
 * "list" ("listed for $640,479"), "threaten" ("threatened to kill"). Saved pages sourcing 0.903 -> 0.918,
 * attributions 0.858 -> 0.866; PolNeAR dev sourcing tp -4 / fp -16, attributions tp -2 / fp -11.
 * PolNeAR train: 5627 uses, inside a gold sourcing span in 2191 (39%), inside a gold source in 121 (2%).
 */
export const STANCE = [
  'call',
  'accuse',
  'criticize',
  'criticise',
  'praise',
  'blast',
  'slam',
  'condemn',
  'denounce',
  'blame',
  'defend',
  'dismiss',
  'reject',
  'endorse',
  'question',
  'challenge',
  'welcome',
  'mock',
  'attack',
  'rail',
  'decry',
  'assail',
  'lambast',
  'lambaste',
  'rebuke',
  'bemoan',
  'deride',
  'liken',
  'label',
  'thank',
  'charge',
  'order',
  // stance and perception verbs PolNeAR annotates as cues (measured on train: most uses with a subject are)
  'repeat',
  'offer',
  'seek',
  'title',
  'identify',
  'project',
  'invoke',
  'portray',
  'remember',
  'realize',
  'applaud',
  'side',
  'balk',
  'distance',
  'knock',
  'consider',
  'encourage',
  'deem',
  'prefer',
  'unveil',
  'apologize',
  'lash',
  'see',
  'name',
  'hail',
  'dub',
  'rebuff',
  'spar',
];

/**
 * Stances PolNeAR train marks in half or more of their uses after a named or pronoun subject, and rarely
 * otherwise: cues only with such a subject. Also the forms of WEAK_FORMS that pass with such a subject.
 * Verbs of doing that PolNeAR also marks there are left out, as no reader takes them for a source: "attempted
 * to", "pressed suppliers", "learned about", "published", "nominate", "promote", "share", "expose", "rattle"
 * ("learned" stays before "that": THAT_ONLY). Saved pages sourcing 0.881 -> 0.887; PolNeAR dev sourcing tp -9 /
 * fp -9, attributions tp -7 / fp 0.
 * PolNeAR train: 364 uses, inside a gold sourcing span in 81 (22%), inside a gold source in 3 (1%).
 */
export const NAMED_SUBJECT = ['compare', 'congratulate', 'view'];

/** Cues only before "that": "The Post has learned that …" (a newsroom's own reporting), not "learned about". */
export const THAT_ONLY = ['learn'];

/** PolNeAR train: 219 uses, inside a gold sourcing span in 70 (32%), inside a gold source in 1 (0%). */
export const NAMED_SUBJECT_FORMS = new Set(['pledged', 'estimated', 'offering', 'blame']);

/**
 * Positions held rather than spoken.
 * PolNeAR train: 4708 uses, inside a gold sourcing span in 1201 (26%), inside a gold source in 53 (1%).
 */
export const BELIEF = [
  'believe',
  'think',
  'fear',
  'hope',
  'expect',
  'suspect',
  'doubt',
  'worry',
  'assume',
  'reckon',
  'feel',
  'know',
  'presume',
  'want',
  'plan',
  'seem',
  'appear',
  'sound',
];

/**
 * Documents, polls and studies as sources.
 * PolNeAR train: 1504 uses, inside a gold sourcing span in 702 (47%), inside a gold source in 18 (1%).
 */
export const EVIDENCE = ['show', 'find', 'suggest', 'indicate', 'reveal', 'conclude'];

/**
 * Forms that are cues too rarely to count (measured on PolNeAR train: under ~40% of their uses are
 * attributions): bare infinitives of common verbs, and -ing forms that are mostly nouns.
 * PolNeAR train: 14856 uses, inside a gold sourcing span in 2524 (17%), inside a gold source in 629 (4%).
 */
export const WEAK_FORMS = new Set([
  // mostly a noun or an idiom (PolNeAR train: marked in 0-4 of 7-13 uses)
  'thanks',
  'add',
  'denying',
  'shares',
  'issue',
  'issues',
  'issuing',
  'talk',
  'talks',
  'discussing',
  'support',
  'supports',
  'supporting',
  'order',
  'orders',
  'charge',
  'charges',
  'charging',
  'quote',
  'quotes',
  'quoting',
  'label',
  'labels',
  'request',
  'requests',
  'email',
  'emails',
  'forecasts',
  'reference',
  'references',
  'echo',
  'voice',
  'voices',
  'highlight',
  'highlights',
  'thank',
  'wonder',
  'chant',
  'tweet',
  'tweets',
  'ask',
  'tell',
  'write',
  'agree',
  'admit',
  'pledge',
  'endorse',
  'defend',
  'blame',
  'know',
  'knowing',
  'known',
  'want',
  'wanting',
  'plan',
  'planning',
  'planned',
  'plans',
  'feel',
  'feeling',
  'feels',
  'felt',
  'find',
  'finding',
  'show',
  'showing',
  'post',
  'posting',
  'posts',
  'point',
  'points',
  'pointing',
  // "a judge ruled that …": a court's reading, but "ruled out", "ruled the country", "the rules" are not
  'rule',
  'rules',
  'ruled',
  'ruling',
  'continue',
  'continues',
  'continuing',
  'question',
  'questions',
  'challenge',
  'challenges',
  'challenging',
  'attack',
  'attacks',
  'attacking',
  'welcome',
  'welcomes',
  'welcoming',
  'welcomed',
  'call',
  'comment',
  'comments',
  'answer',
  'answers',
  'report',
  'reporting',
  'think',
  'hope',
  'expect',
  'decline',
  'declining',
  'refuse',
  'signal',
  'signals',
  'counter',
  'estimate',
  'estimates',
  'estimated',
  'state',
  'states',
  'declared',
  'maintain',
  'demand',
  'demands',
  'promise',
  'hint',
  'doubt',
  'fear',
  'worry',
  'joke',
  'mock',
  'cite',
  'citing',
  'note',
  'notes',
  'consider',
  'considering',
  'encourage',
  'encourages',
  'encouraging',
  'side',
  'sides',
  'sound',
  'sounding',
  'title',
  'projects',
  'projecting',
  'knock',
  'knocking',
  'lashing',
  'push',
  'offer',
  'offers',
  'opposes',
  'identify',
  'appearing',
  'distance',
  'seeming',
  'realize',
  // measured on PolNeAR train: under a third of these uses with a subject are cues
  'pledged',
  'wanted',
  'remarks',
  'maintained',
  'expects',
  'responding',
  'written',
  'speak',
  'speaking',
  'speaks',
  'name',
  'names',
  'naming',
  'offering',
  'indicate',
]);

/**
 * Forms kept although marked weak above because in news text they are mostly reporting verbs.
 * PolNeAR train: 2245 uses, inside a gold sourcing span in 617 (27%), inside a gold source in 42 (2%).
 */
export const FORCE_FORMS = new Set([
  'notes',
  'citing',
  'declared',
  'fears',
  'feared',
  'hopes',
  'hoped',
  'thinks',
  'pointing',
  'known',
  'estimates',
  'doubt',
  'worry',
  'welcomed',
  'supporting',
  'note',
  // present-tense belief with a plural subject outside quotations ("many Democrats think", "voters want")
  'think',
  'hope',
  'fear',
  'know',
  'feel',
  'supports',
  'expect',
]);

/**
 * Verbs of appearance ("Trump seemed to suggest"): cues only when their subject is a person or a body.
 * PolNeAR train: 595 uses, inside a gold sourcing span in 256 (43%), inside a gold source in 1 (0%).
 */
export const APPEARANCE_VERBS = new Set(['seem', 'appear', 'sound']);

/**
 * Verbs whose object is who was told, not what: "told reporters", "informed the committee".
 * PolNeAR train: 1484 uses, inside a gold sourcing span in 997 (67%), inside a gold source in 7 (0%).
 */
export const RECIPIENT_VERBS = new Set(['tell', 'inform', 'assure', 'reassure', 'warn', 'remind', 'ask', 'urge']);

/**
 * Verbs whose speaker says the content is not so: "denied that …", "disputed the account", "rejected the claims".
 * PolNeAR train: 188 uses, inside a gold sourcing span in 88 (47%), inside a gold source in 1 (1%).
 */
export const DENIAL_VERBS = new Set(['deny', 'dispute', 'reject', 'rebut']);

/**
 * Verbs of refusal: "declined to comment", "refused to say"; nothing is stated.
 * PolNeAR train: 221 uses, inside a gold sourcing span in 133 (60%), inside a gold source in 4 (2%).
 */
export const REFUSAL_VERBS = new Set(['decline', 'refuse']);

/**
 * What a refusal or a negated verb withholds when it is speech: "declined to comment", "refused to say",
 * "would not confirm", "did not reveal". A refusal of anything else ("refused to drop the gun", "did not
 * mention Russia") is reported as it stands (PolNeAR marks those as attributions; 'decline' is not scored).
 * PolNeAR train: 8617 uses, inside a gold sourcing span in 6085 (71%), inside a gold source in 61 (1%).
 */
export const WITHHELD_SPEECH = new Set([
  'say',
  'comment',
  'confirm',
  'reveal',
  'disclose',
  'respond',
  'reply',
  'elaborate',
  'specify',
  'answer',
  'identify',
  'discuss',
  'speak',
  'talk',
  'provide',
  'give',
  'divulge',
  'name',
]);

/** Speech verbs whose passive names a thing settled or put out, not a source ("had been agreed", "licenses
 * being issued", "troops are posted"; PolNeAR train marks passive issued/posted 4 times in 13). */
/** PolNeAR train: 1051 uses, inside a gold sourcing span in 238 (23%), inside a gold source in 81 (8%). */
export const PASSIVE_NOT_CUES = new Set(['agree', 'issue', 'post']);

/**
 * Stance verbs whose passive is a cue on PolNeAR train ("was named", "has been criticized").
 * PolNeAR train: 1972 uses, inside a gold sourcing span in 1005 (51%), inside a gold source in 50 (3%).
 */
export const STANCE_PASSIVE = new Set([
  'name',
  'criticize',
  'criticise',
  'call',
  'endorse',
  'praise',
  'accuse',
  'condemn',
  'blame',
  'see',
  // "is considered an asset" (PolNeAR train: 13 of 28)
  'consider',
]);

/**
 * What is called without anything being said: "called an emergency meeting", "called a vote".
 * PolNeAR train: 1691 uses, inside a gold sourcing span in 129 (8%), inside a gold source in 83 (5%).
 */
export const SUMMONED = new Set([
  'meeting',
  'vote',
  'election',
  'session',
  'hearing',
  'conference',
  'strike',
  'recess',
  'halt',
  'ambulance',
  'police',
  'timeout',
]);

/**
 * Publishing verbs and the documents that make them a source's act: "released a statement".
 * PolNeAR train: 1285 uses, inside a gold sourcing span in 311 (24%), inside a gold source in 144 (11%).
 */
export const DOC_ACT_FORMS = new Set(
  'release released releases releasing issue issued issues issuing publish published publishes publishing post posted posts circulate circulated'.split(
    ' ',
  ),
);

/**
 * * Finite reporting forms right before or after a capitalised name that make it a person (lib/actors.ts:
 * "Smith said", "said Smith"). Not the cue lexicon (SPEECH): only forms that nearly always follow or
 * precede a person, since a vote here decides an actor's kind, not a cue.
 * PolNeAR train: 7354 uses, inside a gold sourcing span in 6605 (90%), inside a gold source in 30 (0%).
 */
export const REPORT_VERBS = new Set(
  'said says told tells added adds wrote writes argued argues warned warns explained explains insisted insists replied tweeted posted asked noted'.split(
    ' ',
  ),
);

/**
 * Reporting forms that are never nouns: lib/tokens.ts tags them as verbs where compromise missed it, and
 * entities.ts's NOT_NAMES keeps them out of names in title-case headlines ("Glenn Beck Says Trump …").
 * PolNeAR train: 5889 uses, inside a gold sourcing span in 5376 (91%), inside a gold source in 18 (0%).
 */
export const NEVER_NOUN_FORMS: readonly string[] = ['said', 'says', 'told', 'tells'];

/**
 * The reporting words a trailing attribution is made of, listed once ("according" stands for "according to").
 * lib/claims.ts finds ", officials said" at a clause's end with them over raw text; kept short because it
 * runs as a regular expression alternation on every segment, unlike the token lookup of SPEECH.
 * PolNeAR train: 7235 uses, inside a gold sourcing span in 6569 (91%), inside a gold source in 30 (0%).
 */
export const TAIL_REPORTING: readonly string[] = [
  'said',
  'says',
  'told',
  'added',
  'according',
  'reported',
  'wrote',
  'noted',
  'stated',
  'explained',
];

/**
 * Reporting verbs that tie a clause to the source next to them (lib/claims.ts's fallback when no attribution
 * is given), with "told" and its recipient: a regular expression over raw text, not a word list, so it
 * stays apart from SPEECH.
 */
export const REPORT_VERB =
  /^(?:said|says|say|told\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|[a-z]+)|added|stated|confirmed|explained|noted|reported|wrote|claimed|insisted|revealed|disclosed|indicated|suggested)\b/;
