// Reporting verbs as cues: every inflected form of the lemma lists in lib/lexicon/reporting-verbs.ts, with its
// class and the subject it needs (`cueVerb`). Plain lookups; no NLP, no DOM. The word lists themselves live
// in lib/lexicon/.
import {
  BELIEF,
  EVIDENCE,
  FORCE_FORMS,
  NAMED_SUBJECT,
  NAMED_SUBJECT_FORMS,
  SPEECH,
  STANCE,
  THAT_ONLY,
  WEAK_FORMS,
} from './lexicon/reporting-verbs.ts';

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

const VERBS = new Map<string, CueVerb>();
/** Weak finite forms ("charges", "estimated"): cues only before "that", where no noun reading fits (thatCueVerb). */
const WEAK_FINITE = new Map<string, CueVerb>();
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
        if (form !== lemma && /(s|ed)$/.test(form) && !WEAK_FINITE.has(form)) WEAK_FINITE.set(form, { lemma, cls });
        continue;
      }
      if (!VERBS.has(form)) VERBS.set(form, { lemma, cls });
    }
  }
}
// "voters see him as", "black voters saw that": PolNeAR train marks these after a plural noun 23 times in
// 49; after a pronoun ("you see", "I saw") 29 in 155
for (const form of ['see', 'saw']) VERBS.set(form, { lemma: 'see', cls: 'stance', pluralSubject: true });
// "Two Clinton donors tell ABC News that": the bare form, weak elsewhere ("to tell", "let me tell you"), after a
// plural noun
VERBS.set('tell', { lemma: 'tell', cls: 'speech', pluralSubject: true });
// "“…,” the article read", "a web video by the RNC references four cases": after a document only
for (const form of ['read', 'reads', 'references', 'referenced'])
  VERBS.set(form, {
    lemma: form.startsWith('r') && form.includes('f') ? 'reference' : 'read',
    cls: 'speech',
    documentSubject: true,
  });
for (const lemma of THAT_ONLY)
  for (const form of verbForms(lemma))
    if (/(s|ed)$/.test(form) && !WEAK_FINITE.has(form)) WEAK_FINITE.set(form, { lemma, cls: 'stance' });
for (const lemma of NAMED_SUBJECT)
  for (const form of verbForms(lemma))
    if (!VERBS.has(form) && !WEAK_FORMS.has(form)) VERBS.set(form, { lemma, cls: 'stance', namedSubject: true });

/**
 * A weak finite form read as a cue because "that" follows: "Trump charges that …", "the agency estimates that
 * …" (the caller checks that no determiner, possessive, adjective or number makes it a noun).
 */
export function thatCueVerb(form: string): CueVerb | undefined {
  return WEAK_FINITE.get(form);
}

/** The reporting verb a lower-cased word form belongs to, if any. */
export function cueVerb(form: string): CueVerb | undefined {
  return VERBS.get(form);
}
