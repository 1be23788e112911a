// Pronouns and quantifiers as subjects: who may be a speaker, and what the resolver looks back for.
// Evidence lines: `npx tsx scripts/lexicon-evidence.ts` on PolNeAR train (plain word matching over all
// inflected forms of a lemma list): uses, and the share inside a gold sourcing span or a gold source.
// Each pronoun is written once: the sets below the base ones are unions and differences of them.
import { alternation } from '../words-pattern.ts';

/** Pronouns that read the same as subject and object: "it said", "told it"; "you say", "told you". */
const EITHER_CASE = ['it', 'you'];

/**
 * Pronouns that may be a source; resolved to an earlier actor.
 * PolNeAR train: 7268 uses, inside a gold sourcing span in 2545 (35%), inside a gold source in 2533 (35%).
 */
export const PERSON_PRONOUNS = new Set(['he', 'she']);

/** PolNeAR train: 10530 uses, inside a gold sourcing span in 693 (7%), inside a gold source in 621 (6%). */
export const OTHER_PRONOUNS = new Set(['they', 'we', 'i', ...EITHER_CASE]);

/** PolNeAR train: 17798 uses, inside a gold sourcing span in 3238 (18%), inside a gold source in 3154 (18%). */
export const SUBJECT_PRONOUNS = new Set([...PERSON_PRONOUNS, ...OTHER_PRONOUNS]);

/** PolNeAR train: 9316 uses, inside a gold sourcing span in 525 (6%), inside a gold source in 388 (4%). */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', ...EITHER_CASE]);

/**
 * Subject pronouns that stand for people: never the object of a preposition, and a speaker. The subject
 * pronouns that are no object form ("he", not "it" or "you").
 */
export const PERSONAL_SUBJECT = new RegExp(
  `^${alternation([...SUBJECT_PRONOUNS].filter((p) => !OBJECT_PRONOUNS.has(p)))}$`,
);

/**
 * Pronouns for nobody in particular: never a speaker by themselves.
 * PolNeAR train: 2400 uses, inside a gold sourcing span in 244 (10%), inside a gold source in 203 (8%).
 */
export const INDEFINITE_PRONOUNS = new Set([
  'much',
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'nobody',
  'whoever',
  'one',
]);

/**
 * Quantifiers that can stand as a subject: "most said", "many believe", "some argue".
 * PolNeAR train: 4541 uses, inside a gold sourcing span in 720 (16%), inside a gold source in 622 (14%).
 */
export const QUANTIFIER_SUBJECTS = new Set(['most', 'many', 'some', 'several', 'few', 'both', 'all', 'none']);
