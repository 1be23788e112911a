// Cue lexicons for sourcing and attribution: reporting verbs with their inflected forms, belief verbs,
// recipients, role nouns and anonymous-source nouns. Plain data and lookups; no NLP, no DOM.
// The verb lists are the project's own, informed by the MIT-licensed GenderGapTracker quote-verb list
// (../shared/corpus/lexicons/ggt_quote_verb_list.txt) and by how often each form is a cue in PolNeAR train.

/** How a cue ties information to a source. */
export type CueClass =
  | 'speech' // said, told, warned: a speech act, reliable as a cue
  | 'belief' // believes, thinks, fears: a position held
  | 'evidence' // shows, found: documents, polls, studies as sources
  | 'stance'; // called, accused, praised: an evaluative speech act whose object is the content

export interface CueVerb {
  lemma: string;
  cls: CueClass;
  /** A cue only when its subject is a name or a personal pronoun ("Sanders compared", not "prices compared"). */
  namedSubject?: true;
  /** A cue only after a plural noun ("rivals see an opening", not "you see" or "I saw"). */
  pluralSubject?: true;
  /** A cue only when its subject is a document ("the statement read", "a web video references"). */
  documentSubject?: true;
}

/** Documents that read, reference or cite: "“…,” the article read". */
export const DOCUMENT_SUBJECTS = new Set(
  'article statement letter sign signs headline message note email post tweet caption banner ad video spot release memo report editorial op-ed book website petition resolution bill order ruling filing document suit lawsuit complaint'.split(
    ' ',
  ),
);

/** Reporting verbs proper. */
const SPEECH = [
  'say',
  'tell',
  'add',
  'state',
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
  'threaten',
  'assure',
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
  'acknowledge',
  'indicate',
  'signal',
  'post',
  'announce',
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

/** Evaluative speech acts: "called the talks unprecedented", "accused X of Y". */
const STANCE = [
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
  'support',
  'oppose',
  'slam',
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
  'list',
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
  'push',
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
 */
const NAMED_SUBJECT = [
  'compare',
  'share',
  'nominate',
  'attempt',
  'press',
  'congratulate',
  'expose',
  'promote',
  'rattle',
  'view',
  'learn',
  'publish',
];
const NAMED_SUBJECT_FORMS = new Set(['pledged', 'estimated', 'offering', 'blame']);

/** Positions held rather than spoken. */
const BELIEF = [
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

/** Documents, polls and studies as sources. */
const EVIDENCE = ['show', 'find', 'suggest', 'indicate', 'reveal', 'conclude'];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'say', 'says', 'saying'],
  tell: ['told', 'tell', 'tells', 'telling'],
  write: ['wrote', 'written', 'write', 'writes', 'writing'],
  think: ['thought', 'think', 'thinks', 'thinking'],
  find: ['found', 'find', 'finds', 'finding'],
  show: ['showed', 'shown', 'show', 'shows', 'showing'],
  know: ['knew', 'known', 'know', 'knows', 'knowing'],
  feel: ['felt', 'feel', 'feels', 'feeling'],
  seek: ['sought', 'seeks', 'seeking'],
  see: ['sees'],
  speak: ['spoke', 'spoken', 'speak', 'speaks', 'speaking'],
};
/** Verbs that double their final consonant: admit -> admitted, admitting. */
const DOUBLING = new Set([
  'admit',
  'quip',
  'concur',
  'plan',
  'refer',
  'regret',
  'rebut',
  'commit',
  'submit',
  'slam',
  'spar',
  'dub',
]);

/** All inflected forms of a regular English verb (and the irregular ones above). */
export function verbForms(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return irregular;
  const last = lemma.slice(-1);
  const consonantY = /[^aeiou]y$/.test(lemma);
  const third = /(s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  let past: string;
  let ing: string;
  if (DOUBLING.has(lemma)) {
    past = `${lemma}${last}ed`;
    ing = `${lemma}${last}ing`;
  } else if (last === 'e') {
    past = `${lemma}d`;
    ing = lemma.endsWith('ee') ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`;
  } else if (consonantY) {
    past = `${lemma.slice(0, -1)}ied`;
    ing = `${lemma}ing`;
  } else {
    past = `${lemma}ed`;
    ing = `${lemma}ing`;
  }
  return [lemma, third, past, ing];
}

/**
 * Forms that are cues too rarely to count (measured on PolNeAR train: under ~40% of their uses are
 * attributions): bare infinitives of common verbs, and -ing forms that are mostly nouns.
 */
const WEAK_FORMS = new Set([
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

/** Forms kept although marked weak above because in news text they are mostly reporting verbs. */
const FORCE_FORMS = new Set([
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

const VERBS = new Map<string, CueVerb>();
for (const [list, cls] of [
  [SPEECH, 'speech'],
  [STANCE, 'stance'],
  [BELIEF, 'belief'],
  [EVIDENCE, 'evidence'],
] as const) {
  for (const lemma of list) {
    for (const form of verbForms(lemma)) {
      if (WEAK_FORMS.has(form) && !FORCE_FORMS.has(form)) {
        if (NAMED_SUBJECT_FORMS.has(form) && !VERBS.has(form)) VERBS.set(form, { lemma, cls, namedSubject: true });
        continue;
      }
      if (!VERBS.has(form)) VERBS.set(form, { lemma, cls });
    }
  }
}
// "voters see him as", "black voters saw that": PolNeAR train marks these after a plural noun 23 times in
// 49; after a pronoun ("you see", "I saw") 29 in 155
for (const form of ['see', 'saw']) VERBS.set(form, { lemma: 'see', cls: 'stance', pluralSubject: true });
// "“…,” the article read", "a web video by the RNC references four cases": after a document only
for (const form of ['read', 'reads', 'references', 'referenced'])
  VERBS.set(form, {
    lemma: form.startsWith('r') && form.includes('f') ? 'reference' : 'read',
    cls: 'speech',
    documentSubject: true,
  });
for (const lemma of NAMED_SUBJECT)
  for (const form of verbForms(lemma))
    if (!VERBS.has(form) && !WEAK_FORMS.has(form)) VERBS.set(form, { lemma, cls: 'stance', namedSubject: true });

/** The reporting verb a lower-cased word form belongs to, if any. */
export function cueVerb(form: string): CueVerb | undefined {
  return VERBS.get(form);
}

/** Verbs of appearance ("Trump seemed to suggest"): cues only when their subject is a person or a body. */
export const APPEARANCE_VERBS = new Set(['seem', 'appear', 'sound']);

/** Verbs whose object is who was told, not what: "told reporters", "informed the committee". */
export const RECIPIENT_VERBS = new Set(['tell', 'inform', 'assure', 'reassure', 'warn', 'remind', 'ask', 'urge']);

/** Verbs whose speaker says the content is not so: "denied that …", "disputed the account", "rejected the claims". */
export const DENIAL_VERBS = new Set(['deny', 'dispute', 'reject', 'rebut']);
/** Verbs of refusal: "declined to comment", "refused to say"; nothing is stated. */
export const REFUSAL_VERBS = new Set(['decline', 'refuse']);
/**
 * What a refusal or a negated verb withholds when it is speech: "declined to comment", "refused to say",
 * "would not confirm", "did not reveal". A refusal of anything else ("refused to drop the gun", "did not
 * mention Russia") is reported as it stands (PolNeAR marks those as attributions; 'decline' is not scored).
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

/** Pronouns that may be a source; resolved to an earlier actor. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);
export const OTHER_PRONOUNS = new Set(['they', 'it', 'we', 'i', 'you']);

/** Nouns for unnamed sources: "a US official", "two sources", "people familiar with the matter". */
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

/** Words that make a description unnamed when they open it: "a", "two", "several", "senior". */
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

/**
 * Role nouns that refer back to an actor named before: "the outlet" -> Axios, "the ministry" -> the
 * ministry named earlier. Mapped to the actor kind they refer to.
 */
export const ROLE_NOUNS: Record<string, 'person' | 'organization'> = {
  outlet: 'organization',
  newspaper: 'organization',
  paper: 'organization',
  agency: 'organization',
  network: 'organization',
  broadcaster: 'organization',
  magazine: 'organization',
  company: 'organization',
  firm: 'organization',
  group: 'organization',
  ministry: 'organization',
  department: 'organization',
  office: 'organization',
  organisation: 'organization',
  organization: 'organization',
  government: 'organization',
  campaign: 'organization',
  statement: 'organization',
  report: 'organization',
  airline: 'organization',
  military: 'organization',
  army: 'organization',
  party: 'organization',
  spokesman: 'person',
  spokeswoman: 'person',
  spokesperson: 'person',
  president: 'person',
  minister: 'person',
  senator: 'person',
  governor: 'person',
  candidate: 'person',
  official: 'person',
  congressman: 'person',
  congresswoman: 'person',
  mayor: 'person',
  chairman: 'person',
  chairwoman: 'person',
  ceo: 'person',
  secretary: 'person',
  ambassador: 'person',
  envoy: 'person',
  prosecutor: 'person',
  judge: 'person',
  premier: 'person',
  chancellor: 'person',
  commissioner: 'person',
};

/** Phrases that mark reported speech by themselves (kind 'statement' or 'anonymous-source'). */
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

/** Adverbials that may sit between a reporting verb and its content: "said on Wednesday that". */
export const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
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
  'morning',
  'afternoon',
  'evening',
  'night',
]);
