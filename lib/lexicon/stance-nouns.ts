// Nouns and adjectives of stance that make the phrase after them a source's position.
// Evidence lines: `npx tsx scripts/lexicon-evidence.ts` on PolNeAR train (plain word matching over all
// inflected forms of a lemma list): uses, and the share inside a gold sourcing span or a gold source.

/**
 * Nouns that carry a stance to what follows them: PolNeAR train marks these (noun, word after) pairs in
 * 45-71% of their uses ("criticism of" 25/46, "warnings that" 11/18, "questions about" 33/73); "support
 * for" (20%), "attacks on" (25%), "decision to" (16%) stay out. So do the adjectives PolNeAR also marks
 * ("critical of", "eager to", "quick to"), "promises of" and "endorsement": a disposition or a thing given,
 * where no one is reported (on the saved pages and PolNeAR dev they were right 1 time in 12).
 * PolNeAR train: 1240 uses, inside a gold sourcing span in 414 (33%), inside a gold source in 17 (1%).
 */
export const STANCE_NOUNS: Record<string, string[]> = {
  criticism: ['of', 'from'],
  call: ['for'],
  calls: ['for'],
  questions: ['about', 'over'],
  warning: ['that', 'about', 'from'],
  warnings: ['that', 'about', 'from'],
  promise: ['to'],
  promises: ['to'],
  claim: ['that'],
  claims: ['that'],
  praise: ['for'],
  // (PolNeAR train: "assertion" 11 of 18 uses, "assumption" 6 of 9, "complaints" 8 of 15)
  assertion: ['that'],
  assertions: ['that'],
  assumption: ['that'],
  complaints: ['about', 'from', 'that'],
  complaint: ['about', 'from', 'that'],
};

/**
 * Nouns that carry their possessor's statement before a "that" clause ("Trump's claim that …", "the
 * ministry's denial that …"), each with the verb it names: the possessor is the speaker, the clause the
 * content, read as that verb's would be.
 */
export const CLAIM_NOUNS: Readonly<Record<string, string>> = {
  claim: 'claim',
  claims: 'claim',
  assertion: 'assert',
  assertions: 'assert',
  argument: 'argue',
  contention: 'contend',
  insistence: 'insist',
  allegation: 'allege',
  allegations: 'allege',
  accusation: 'accuse',
  accusations: 'accuse',
  warning: 'warn',
  warnings: 'warn',
  suggestion: 'suggest',
  assurance: 'assure',
  assurances: 'assure',
  denial: 'deny',
  admission: 'admit',
  statement: 'state',
  prediction: 'predict',
  promise: 'promise',
  pledge: 'pledge',
};
