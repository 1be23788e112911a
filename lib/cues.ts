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
}

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
];

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
};
/** Verbs that double their final consonant: admit -> admitted, admitting. */
const DOUBLING = new Set(['admit', 'quip', 'concur', 'plan', 'refer', 'regret', 'rebut', 'commit', 'submit']);

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
  'continued',
  'question',
  'questions',
  'questioning',
  'challenge',
  'challenges',
  'challenging',
  'attack',
  'attacks',
  'attacking',
  'attacked',
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
  'expecting',
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
  'stating',
  'declared',
  'maintain',
  'reveal',
  'indicate',
  'demand',
  'demands',
  'promise',
  'promises',
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
]);

/** Forms kept although marked weak above because in news text they are mostly reporting verbs. */
const FORCE_FORMS = new Set(['notes', 'citing', 'declared', 'fears', 'feared', 'hopes', 'hoped', 'thinks']);

const VERBS = new Map<string, CueVerb>();
for (const [list, cls] of [
  [SPEECH, 'speech'],
  [STANCE, 'stance'],
  [BELIEF, 'belief'],
  [EVIDENCE, 'evidence'],
] as const) {
  for (const lemma of list) {
    for (const form of verbForms(lemma)) {
      if (WEAK_FORMS.has(form) && !FORCE_FORMS.has(form)) continue;
      if (!VERBS.has(form)) VERBS.set(form, { lemma, cls });
    }
  }
}

/** The reporting verb a lower-cased word form belongs to, if any. */
export function cueVerb(form: string): CueVerb | undefined {
  return VERBS.get(form);
}

/** Verbs whose object is who was told, not what: "told reporters", "informed the committee". */
export const RECIPIENT_VERBS = new Set(['tell', 'inform', 'assure', 'reassure', 'warn', 'remind', 'ask', 'urge']);

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
