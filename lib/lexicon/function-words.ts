// Closed-class words the attribution and actor stages ask about: determiners, forms of "be", negations, the
// words between a subject and its verb, time adverbials, words that never open a name. Grammar, not evidence of
// sourcing: no corpus figures.
import { DAY_PARTS, WEEKDAYS } from './figure-words.ts';

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'these',
  'those',
  'no',
  'any',
  'every',
  'each',
]);

export const NOT_NP = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'what',
  'where',
  'when',
  'there',
  'here',
  'as',
  'but',
  'and',
  'or',
  'if',
  'while',
  'because',
  'though',
  'although',
  'so',
  'than',
  'then',
  'also',
  'not',
  'why',
  'how',
]);

/**
 * Prepositions compromise may tag as adjectives ("warned against hackers", "beyond doubt", "behind the
 * decision", "under pressure"); lib/tokens.ts retags them when a word follows. Never adjectives in news prose.
 */
export const MISTAGGED_PREPOSITIONS: ReadonlySet<string> = new Set([
  'against',
  'beyond',
  'behind',
  'under',
  'beside',
  'underneath',
  'aboard',
]);

/**
 * Words that are adjectives before a noun ("outside experts", "the near future", "an inside job") and
 * prepositions before a noun phrase's determiner, a name or a number ("standing outside the court", "near Mosul"):
 * lib/tokens.ts retags them there.
 */
export const PREPOSITIONS_BEFORE_PHRASE: ReadonlySet<string> = new Set(['near', 'inside', 'outside']);

export const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', "'s", "'re"]);

export const TRAILING_JUNK = new Set([
  'as',
  'and',
  'but',
  'or',
  'while',
  'because',
  'that',
  'which',
  'who',
  'the',
  'a',
  'an',
  'to',
  'of',
  'in',
  'on',
  'with',
  'for',
  'although',
  'though',
  'when',
  'after',
  'before',
  'since',
  'if',
  'by',
]);

/** Words that negate the verb after them: "did not say", "never confirmed", "won't reveal". */
export const NEGATIONS = new Set(['not', 'never', "n't", 'n\u2019t']);

/** Words between a subject and its verb that do not end the subject: "has also said", "would later say". */
export const VERB_PREFIX = new Set([
  'has',
  'have',
  'had',
  'also',
  'previously',
  'later',
  'then',
  'repeatedly',
  'again',
  'would',
  'will',
  'did',
  'does',
  'do',
  'is',
  'was',
  'were',
  'are',
  'am',
  'been',
  'be',
  'being',
  'not',
  'never',
  'recently',
  'earlier',
  'once',
  'already',
  'just',
  'still',
  'often',
  'first',
  'publicly',
  'privately',
  'separately',
  'initially',
  'last',
  'could',
  'might',
  'may',
  'can',
  'should',
  'must',
  'reportedly',
  'allegedly',
  'always',
  'too',
  'now',
  'only',
  'both',
  'all',
  'however',
  'further',
  'flatly',
  'explicitly',
  'specifically',
  'soon',
  'long',
  'overall',
  'alone',
  'instead',
  'jointly',
  'collectively',
  'together',
]);

/** Adverbials that may sit between a reporting verb and its content: "said on Wednesday that". */
export const TIME_WORDS = new Set([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'recently',
  'late',
  'last',
  'this',
  'week',
  'month',
  'year',
  ...DAY_PARTS,
]);

/** Words that order events or arguments, never a speaker on their own: "First published Feb. 1", "Then said". */
export const SEQUENCE_WORDS: ReadonlySet<string> = new Set([
  'first',
  'firstly',
  'second',
  'secondly',
  'third',
  'then',
  'next',
  'finally',
  'lastly',
]);

/**
 * Capitalised words that open sentences but never start a name (lib/actors.ts): closed-class words, sentence
 * adverbs, and the page furniture around photos ("Photo credit", "Related video").
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an this that these those but and or nor so yet in on at for from with by to of after before under over as if ' +
    'when while whereas despite since until although though because meanwhile however still also then there here it its ' +
    'he she they we you his her their our my your some many most all both each every no not according asked like unlike ' +
    'even only just now today yesterday tomorrow last next other another such what which who whom whose why how where ' +
    'instead indeed perhaps maybe once thus hence therefore whether between among during without within against ' +
    'amid across around about above below behind beyond into onto upon via per than more less several few ' +
    'nearly almost roughly approximately dear yes oh well please thank thanks let ' +
    // photo credits and page furniture
    'credit credits photo photos photograph image images picture pictures source copyright file video watch read ' +
    'related caption editing reporting additional writing advertisement'
  ).split(' '),
);

/**
 * Adverbs and auxiliaries between a subject pronoun and a verb of belief ("I still think", "we do believe",
 * "I firmly believe"). Not VERB_PREFIX: no modals or tenses, and the adverbs of conviction it lacks.
 */
export const SUBJECT_FILLERS: readonly string[] = [
  'still',
  'really',
  'also',
  'just',
  'do',
  'does',
  'did',
  "don't",
  'don\u2019t',
  'truly',
  'firmly',
  'strongly',
  'now',
  'genuinely',
  'personally',
  'honestly',
  'actually',
  'certainly',
  'always',
  'very',
  'much',
];

/** Adverbs before a description set off by commas: "McConnell, now the Senate majority leader, who said". */
export const DESCRIPTION_ADVERBS: ReadonlySet<string> = new Set([
  'now',
  'then',
  'once',
  'formerly',
  'currently',
  'also',
]);
