// Patterns of hedged, unverified and anonymously sourced statements (lib/claims.ts applies them). Their word
// lists live in lib/lexicon/ (hedge-words.ts, anonymous-sources.ts) and are joined in by lib/words-pattern.ts.
import {
  ANON_SINGULAR_HEADS,
  ANONYMITY_PHRASES,
  UNNAMED_ADJECTIVES,
  UNNAMED_REPORT_MODIFIERS,
  UNNAMED_REPORT_OPENERS,
  UNNAMED_SOURCE_HEADS,
  VAGUE_EXPERT_HEADS,
  VAGUE_GROUP_HEADS,
  VAGUE_QUANTIFIERS,
  VAGUE_SOURCE_VERBS,
} from './lexicon/anonymous-sources.ts';
import {
  ABSENT_EVIDENCE_MODIFIERS,
  ABSENT_EVIDENCE_NOUNS,
  EPISTEMIC_MODALS,
  FATE_WORDS,
  HEARSAY_PARTICIPLES,
  HEDGE_ADJECTIVES,
  HEDGE_ADVERBS,
  INFERRED_STANCES,
  PASSIVE_HEARSAY_PARTICIPLES,
  UNVERIFIED_ADJECTIVES,
} from './lexicon/hedge-words.ts';
import { alternation, wordsPattern } from './words-pattern.ts';

/**
 * Passive belief/report constructions that leave the claim to an unnamed believer:
 * "are believed to", "is thought to", "is said to", "was presumed to", "are feared dead".
 * Group 1: the participle, group 2: what follows it ("to", "of", "dead"...).
 * The be-verb is required for ambiguous participles ("he said to reporters", "they thought to").
 */
export const PASSIVE_HEDGE = new RegExp(
  `\\b(?:is|are|was|were|be|been|being)\\s+(?:(?:widely|also|still|now|generally|largely|long|not|already|all|both|often|commonly|once|previously|increasingly)\\s+)?(${alternation(PASSIVE_HEARSAY_PARTICIPLES)})\\s+(?:by\\s+(?:[\\w’'.-]+\\s+){1,3}?)?(${alternation(['to', 'of', ...FATE_WORDS])})\\b`,
  'gi',
);

/**
 * "It is believed that", "it was alleged that", "it is understood that", and without "that" before a clause's
 * subject: "it is alleged he raped", "it is thought the plane crashed". Group 1 the participle.
 */
export const IT_IS_BELIEVED = new RegExp(
  `\\bit\\s+(?:is|was|has\\s+been|had\\s+been|is\\s+widely|was\\s+widely)\\s+(${alternation(HEARSAY_PARTICIPLES)})\\s+(?:that\\b|(?=(?:he|she|they|we|it|there|the|a|an|his|her|their|its|this|these|those|some|many|most|no|one|two|three)\\s))`,
  'gi',
);

/**
 * "It is likely that", "it's possible that", "it is unclear whether" excepted (claim.unclear-whether): the writer
 * weighs the clause without standing behind it. Group 1 the adjective.
 */
export const IT_IS_LIKELY =
  /\bit(?:\s+is|\s+was|['’]s)\s+(?:quite\s+|very\s+|highly\s+|most\s+|entirely\s+|also\s+)?(likely|unlikely|possible|probable|conceivable|plausible)\s+that\b/gi;

/**
 * Unambiguous participles that hedge without a be-verb: "a man believed to be", "presumed to have crashed", "a drug
 * believed by many to be effective".
 */
export const BARE_PARTICIPLE_HEDGE =
  /\b(believed|presumed|alleged|rumou?red|reputed|purported|suspected|feared|claim(?:s|ed)?|purport(?:s|ed)?)\s+(?:by\s+(?:[\w’'.-]+\s+){1,3}?)?(to\s+(?:be|have|still|also|hold|own|control|belong|number)|of|dead)\b/gi;

/** "was likely caused by", "is most likely a": likelihood of what is, not "is likely to" (a forecast). */
export const LIKELY_HEDGE = /\b(?:is|are|was|were|been)\s+(?:most\s+|very\s+|probably\s+)?likely\s+(?!to\b)(?=[a-z])/gi;

/**
 * Forecasts hedged by the writer or a source: "will likely", "would probably", "likely will"; "may now",
 * "might soon", "could now", "may well" before a verb.
 */
export const FORECAST_HEDGE =
  /\b(?:(?:will|would|'ll|’ll)\s+(?:most\s+|very\s+)?(?:likely|probably)|(?:likely|probably)\s+(?:will|would|won[’']t|wouldn[’']t)|(?:may|might|could)\s+(?:now|soon|yet|eventually|well))\s+(?:not\s+|also\s+|still\s+)?(?=[a-z])/gi;

/**
 * "seem intent on", "appears poised to", "looks set to", "seemed unlikely to": a stance the writer infers; "considered
 * likely to", "seen as unlikely to": a likelihood nobody is named for.
 */
export const APPEAR_ADJECTIVE_HEDGE = new RegExp(
  `\\b(?:(?:appears?|appeared|seems?|seemed|looks?|looked)\\s+(?:increasingly\\s+|more\\s+|less\\s+)?${alternation(INFERRED_STANCES)}|(?:considered|seen\\s+as|viewed\\s+as|regarded\\s+as)\\s+(?:most\\s+|more\\s+|less\\s+)?(?:likely|unlikely)\\s+to)\\b`,
  'gi',
);

/**
 * "there is no indication that", "there was no evidence of", "investigators found no sign that", "had not found any
 * indication that", "there's no evidence this is happening": the claim after it is not established. Without "that" or
 * "of" the code checks that a clause follows.
 */
export const NO_INDICATION = new RegExp(
  `\\b(?:(?:there\\s+(?:is|was|has\\s+been|had\\s+been|were|are)|there[’']s|found|finds|uncovered|offered|provided|produced|presented)\\s+(?:still\\s+|as\\s+yet\\s+|yet\\s+)?no|(?:has|have|had|did|does|do)(?:\\s+not|n[’']t)\\s+(?:yet\\s+)?(?:found|find|uncovered|offered|provided|produced|presented)\\s+any)\\s+(?:${alternation(ABSENT_EVIDENCE_MODIFIERS)}\\s+)?${alternation(ABSENT_EVIDENCE_NOUNS)}(?:\\s+(?:that|of)\\b|(?=\\s+[a-z]))`,
  'gi',
);

/**
 * "There is no evidence to support that", "there was no evidence of it": the absent evidence is for what was said
 * before (the sentence before is the claim).
 */
export const NO_EVIDENCE_FOR_THAT = new RegExp(
  `\\bthere\\s+(?:is|was|has\\s+been|had\\s+been)\\s+(?:still\\s+|as\\s+yet\\s+|yet\\s+)?no\\s+(?:${alternation(ABSENT_EVIDENCE_MODIFIERS)}\\s+)?${alternation(ABSENT_EVIDENCE_NOUNS)}\\s+(?:(?:to\\s+(?:support|back\\s+up|substantiate|confirm)|for|of)\\s+(?:that|this|it|them|(?:the|such|those|these)\\s+(?:[a-z’'-]+\\s+)?(?:claims?|allegations?|accusations?|assertions?|reports?|charges?)))\\s*(?:[.;,]|$)`,
  'gi',
);

/** "appears to", "appeared to be", "seems to", "it appears that". */
export const APPEAR_HEDGE = /\b(?:(?:it\s+)?(?:appears|appeared|seems|seemed)\s+(?:that|to)|(?:appear|seem)\s+to)\b/gi;

/**
 * "likely", "probably", "possibly", "perhaps" right before a verb in the past or present ("the debate likely failed",
 * "Russia probably knows", "the fire possibly started"): the writer's or a source's inference (the code checks the
 * verb; "will likely" is FORECAST_HEDGE).
 */
export const PROBABLE_ADVERB = /\b(likely|probably|possibly|perhaps)\s+(?=[a-z])/gi;

/** Hedging adverbs: the clause around them is not established. */
export const HEDGE_ADVERB = wordsPattern(HEDGE_ADVERBS, 'gi');

/** Hedging adjectives in front of a noun phrase: "her reputed love of shopping", "the alleged killer". */
export const HEDGE_ADJECTIVE = wordsPattern(HEDGE_ADJECTIVES, 'gi');

/**
 * An accusation, allegation or charge, as a verb ("is accused of", "accusing her of") or a noun ("allegations
 * involving", "claims of treason", "accusations that"): what is alleged is not established by saying it.
 */
export const ACCUSATION =
  /\b(?:(?:is|are|was|were|been|being|stands?|stood)\s+accused\s+of|accus(?:ed|es|ing)\s+(?:\w+\s+){0,3}?of|(?:allegations?|accusations?)\s+(?:of|involving|against|that)|claims\s+of)\b/gi;

/** An inquiry into an open question: "an investigation into whether", "an effort to establish whether". */
export const INQUIRY_WHETHER =
  /\b(?:investigat\w*|inquiry|inquiries|probe[sd]?|probing|examin\w*|review(?:ing|s|ed)?|looking|establish(?:ing)?|determin(?:e|ing)|ascertain(?:ing)?)\s+(?:into\s+|at\s+)?whether\b/gi;

/** Adjectives marking a report or figure as unverified: "unconfirmed radar data", "unverified footage". */
export const UNVERIFIED_ADJECTIVE = wordsPattern(UNVERIFIED_ADJECTIVES, 'gi');

/**
 * Epistemic modals: "may have escaped", "might have stalled", "could be at the bottom of the sea".
 * Group 1: the modal, group 2: have|be, group 3: the next word (checked in code: a participle after
 * "have"; after "be" anything but a participle, a gerund or "able", which mark plans and predictions).
 */
export const MODAL_HEDGE = new RegExp(
  `\\b(${alternation(EPISTEMIC_MODALS)})\\s+(?:(?:not|well|also|still|already|even|easily|have\\s+well)\\s+)?(have|be)\\s+([A-Za-z’'-]+)`,
  'gi',
);

/**
 * Uncertainty stated outright: "it remains unclear whether", "is still a mystery", "did not know if", "wasn't clear
 * why", "could not be determined whether", "is yet to be established".
 */
export const UNCERTAIN =
  /\b(?:(?:remains?|remained|is|are|was|were|be|been|still|it's|it’s)\s+(?:still\s+|also\s+|largely\s+|entirely\s+)?(?:unclear|not\s+(?:immediately\s+|yet\s+|entirely\s+|fully\s+)?clear|unknown|not\s+(?:immediately\s+|yet\s+|publicly\s+|officially\s+)?known|uncertain|a\s+mystery|unexplained|unconfirmed|unverified|unproven|disputed|contested|in\s+dispute|in\s+doubt)|(?:did|do|does|could|can)\s*(?:not|n[’']t)\s+(?:yet\s+)?(?:know|say|tell|determine|establish)\s+(?:if|whether)|(?:is|are|was|were)n[’']t\s+(?:immediately\s+|yet\s+|entirely\s+|fully\s+|publicly\s+)?(?:clear|known)|(?:could|can|has|have|had|was|were|is|are)(?:\s*not|n[’']t)\s+(?:yet\s+)?(?:be|been)\s+(?:immediately\s+)?(?:determined|established|ascertained)\s+(?:[\w’'-]+\s+){0,3}?(?:if|whether|how|why|what|who)|(?:is|are|was|were|has|have|had|remains?|remained)\s+(?:still\s+)?yet\s+to\s+be\s+(?:independently\s+)?(?:established|confirmed|proven|proved|verified|determined)|remains?\s+to\s+be\s+(?:seen|proven|proved|established|confirmed)|no\s+one\s+knows|nobody\s+knows|it\s+is\s+not\s+(?:publicly\s+|yet\s+)?known)\b/gi;

/**
 * Verbs and nouns of belief, suspicion and report that introduce an unestablished proposition with "that":
 * "intelligence believes that", "raised fears that", "speculation that", "reports suggest that".
 * Group 1: the cue word.
 */
export const BELIEF_THAT =
  /\b(believes?|believed|beliefs?|perceptions?|impressions?|theory|theories|thinks?|thought|suspects?|suspected|suspicions?|fears?|feared|assumes?|assumed|assumptions?|speculated?|speculates|speculation|concerns?|rumou?rs?|allegations?|alleges?|alleged|alleging|claims?|claimed|claiming|suggests?|suggested|suggestions?|reports?|assess(?:es|ed)?|estimates?|estimated)\s+(?:(?:,\s*)?without\s+(?:providing\s+|offering\s+|citing\s+|giving\s+)?(?:any\s+)?evidence\s*,\s*)?that\b/gi;

/**
 * Belief verbs whose complement may come without "that" ("said he believed the attack would unite"), and "claims",
 * "claimed" ("he claimed the cuts would pay for themselves").
 */
export const BELIEF_BARE =
  /\b(believes?|believed|thinks?|thought|suspects?|suspected|suggests|suggested|fears?|feared|claims|claimed)\s+(?=[A-Za-z])/gi;

/**
 * A belief verb set after the clause it holds: "Climate change is to blame too, scientists think.", "…, investigators
 * believe, …". Group 1: the believer, group 2: the verb.
 */
export const BELIEF_AFTER =
  /,\s*((?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+(believe|believes|believed|think|thinks|thought|suspect|suspects|suspected|fear|fears|feared)\s*(?=[.;!?,]|$)/gi;

/**
 * After "claimed": a short subject and its finite verb, with no preposition or relative on the way ("the cuts would"),
 * so "claimed responsibility for the attack that was" and "claimed victory in a race that was" are not clauses.
 */
export const CLAIMED_CLAUSE =
  /^(?:(?!(?:for|of|in|on|at|to|from|that|which|who|with|by|as)\b)[A-Za-z’'.-]+\s+){1,6}?(?:is|are|was|were|had|has|have|would|will|could|might|may|can|did|does|do)\b/i;

/** Words that make a bare complement a clause: a finite verb within the next few words. */
export const FINITE_VERB =
  /^(?:[A-Za-z’'.-]+\s+){0,6}?(?:is|are|was|were|had|has|have|would|will|could|might|may|can|did|does|do)\b/i;

/** Disputes and denials. Group 1: the verb. */
export const DISPUTE_VERB =
  /\b(den(?:y|ies|ied|ying)|disputed?|disputes|disputing|rejected|rejects?|rejecting|dismissed|dismisses|dismissing|refuted|refutes|refuting|contested|contests|contesting|challenged|challenges)\b/gi;

/** What a dispute verb takes as object for the dispute to be about a claim. */
export const DISPUTED_OBJECT =
  /^\s*(?:(?:the|any|all|these|those|such|that|this|his|her|their|its|a|an)\s+)?(?:(?:[a-z’'-]+\s+){0,2}?(?:claims?|reports?|allegations?|accusations?|charges?|suggestions?|assertions?|accounts?|version|findings?|figures?|numbers?|notion|idea|characteri[sz]ation)|involvement|wrongdoing|responsibility|knowledge|having|being|that|it|this|them)\b/i;

/** After "X denied", "X rejected": the object above, or a that-clause. */
export const VERIFY_FAILED =
  /\b(?:(?:could|can|did)\s*(?:not|n[’']t)\s+(?:be\s+)?(?:immediately\s+)?(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?|corroborate[d]?|authenticate[d]?)|cannot\s+(?:be\s+)?(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?)|(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:independently\s+)?(?:verified|confirmed|corroborated|authenticated)|no\s+independent\s+(?:confirmation|verification)|unable\s+to\s+(?:independently\s+)?(?:verify|confirm|corroborate)|(?:impossible|not\s+possible|not\s+immediately\s+possible|not\s+possible\s+to\s+independently|difficult)\s+to\s+(?:independently\s+)?(?:verify|confirm)|without\s+(?:providing\s+|offering\s+|citing\s+|giving\s+)?(?:any\s+)?evidence)\b/gi;

/**
 * A party that will not speak to a claim named by a noun: "declined to comment on the assertion", "did not respond to
 * requests to substantiate the claim", "has not commented on the allegations". Group 1: the noun.
 */
export const NO_COMMENT_ON_CLAIM =
  /\b(?:declined|refused|(?:did|does|do|has|have|had|could)(?:\s+not|n[’']t))\s+(?:to\s+)?(?:immediately\s+|publicly\s+)?(?:comment|commented|respond|responded|reply|replied)\s+(?:on|to)\s+(?:(?:a\s+)?requests?\s+(?:for\s+comment\s+(?:on|about)|to\s+(?:substantiate|confirm|verify|explain|support)|about)\s+)?(?:the|these|those|that|this|such|its|his|her|their)\s+(?:[a-z’'-]+\s+)?(claims?|assertions?|allegations?|accusations?|reports?|charges?)\b/gi;

/** A plea that disputes the charges: "pleaded not guilty", "has pleaded innocent", "pleads not guilty". */
export const NOT_GUILTY_PLEA = /\b(?:pleaded|pled|pleads|plead|pleading)\s+(?:not\s+guilty|innocent)\b/gi;

/** Reports from unnamed or unconfirmed origins: "reports by local fishermen of", "unconfirmed reports that". */
export const UNNAMED_REPORTS = new RegExp(
  `\\b(?:${alternation(UNNAMED_REPORT_OPENERS)}\\s+(?:[a-z-]+\\s+){0,2}?reports?\\s+(?:that|of|said|say|suggest(?:ed)?)|reports?\\s+(?:by|from)\\s+(?:[a-z-]+\\s+){0,3}?(?:of|that)|there\\s+(?:are|were|have\\s+been|had\\s+been)\\s+(?:[a-z-]+\\s+)?reports?\\s+(?:that|of))\\b`,
  'g',
);

/**
 * A source described without a name, strong enough for the statement to rest on it alone:
 * "a US official", "the source", "two sources with direct knowledge", "people familiar with the matter".
 * Bare plural roles ("officials said", "analysts said") are too common on routine facts to flag.
 */
export const ANON_SINGULAR = new RegExp(
  `\\b(?:a|an|one|another|the)\\s+(?:[A-Za-z][\\w’'.-]*\\s+){0,4}?${alternation(ANON_SINGULAR_HEADS)}\\b`,
  'gi',
);
export const ANON_PLURAL =
  /\b(?:(?:two|three|four|five|several|multiple|some|many|numerous|other|\d+)\s+)?(?:(?!(?:citing|according|to|by|from|with|said|told|and|or)\b)[A-Za-z][\w’'.-]*\s+){0,3}?(?:sources|insiders)\b|\b(?:(?:two|three|four|five|several|multiple|some|many|\d+)\s+)?(?:people|persons|officials|sources|those|someone|one|(?:a|another)\s+(?:second\s+|third\s+|fourth\s+)?person|insiders|diplomats|aides)\s+(?:(?:directly|closely)\s+)?(?:familiar\s+with|close\s+to|with\s+(?:direct\s+|first-hand\s+|firsthand\s+)?knowledge\s+of|briefed\s+on|knowledgeable\s+about|aware\s+of|involved\s+in)\b/gi;

/** Reports nobody is named for: "according to local news reports", "media reports said". */
export const UNNAMED_REPORTS_NP = new RegExp(
  `\\b(?:${alternation(UNNAMED_REPORT_MODIFIERS)}\\s+){1,3}reports\\b`,
  'gi',
);

/** Sources the article itself calls unnamed: "citing unnamed officials", "an anonymous diplomat". */
export const UNNAMED_SOURCE = new RegExp(
  `\\b${alternation(UNNAMED_ADJECTIVES)}\\s+(?:[A-Za-z][\\w’'.-]*\\s+){0,2}?${alternation(UNNAMED_SOURCE_HEADS)}\\b`,
  'gi',
);

/** Phrases that make any unnamed source anonymous on purpose: "on condition of anonymity", "asked not to be named". */
export const ANONYMITY = wordsPattern(ANONYMITY_PHRASES, 'gi');

/** Determiners and quantifiers that open an unnamed-source description. */
export const SINGULAR_DETERMINER = /^(?:a|an|one|another|the)\b/i;

/**
 * Unnamed experts of a country or a government, not of a named body ("Con Edison analysts" speak for their
 * company): "analysts", "Western economists", "White House advisers", "U.S. intelligence analysts".
 */
const VAGUE_EXPERTS =
  `(?:(?:senior|top)\\s+)?(?:(?:U\\.S\\.|US|Western|\\p{Lu}\\p{Ll}+(?:an|ese|ish|i))\\s+)?(?:(?:senior|top)\\s+)?` +
  `(?:(?:\\p{Lu}\\p{Ll}+\\s+)?(?:administration|government|intelligence|military|security)\\s+|White\\s+House\\s+)?` +
  alternation(VAGUE_EXPERT_HEADS);

/**
 * A speaker description that is a vague, uncounted group: "many observers", "some Democratic officials", "a number
 * of analysts", "followers of U.S.-Russia relations" (the whole description).
 */
export const VAGUE_GROUP = new RegExp(
  `^(?:${alternation(VAGUE_QUANTIFIERS)}\\s+(?:[\\w’'.-]+\\s+){0,3}?[a-z]+s|(?:[\\w’'.-]+\\s+){0,3}?${alternation(VAGUE_GROUP_HEADS)}(?:\\s+of\\s+.{1,60})?|${VAGUE_EXPERTS})$`,
  'iu',
);

/** The reporting verb of a vague group's statement about what is so ("say", "believe", "suspect"). */
export const VAGUE_SOURCE_VERB = new RegExp(`^${alternation(VAGUE_SOURCE_VERBS)}\\b`, 'i');
