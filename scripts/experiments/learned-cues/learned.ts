// EXPERIMENT, not part of the extension: learned cues. A logistic regression over word features, trained
// on PolNeAR train (train.py), that adds the sourcing cues the hand-written rules miss ("unleashed a flurry
// of tweets", "sent a cease-and-desist letter"). It looks only at words outside the rules' spans and
// outside quotations. See README.md beside this file for what it measured and why it is not wired in.
import { mentionLookup } from '../../../lib/cue-filter.ts';
import type { ParsedText, Token } from '../../../lib/nlp.ts';
import { findQuotes } from '../../../lib/tokens.ts';
import type { Actor, Span } from '../../../lib/types.ts';

/** A trained model: train.py's JSON. */
export interface LearnedModel {
  bias: number;
  threshold: number;
  weights: Map<string, number>;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which']);
const TAGS = [
  'Verb',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'Noun',
  'Plural',
  'Adjective',
  'Adverb',
  'Preposition',
  'Copula',
  'Auxiliary',
  'Modal',
  'Participle',
  'Possessive',
  'ProperNoun',
  'Person',
  'Organization',
];

/** A coarse class of a neighbouring word. `inMention` says whether it lies in an actor's mention. */
function wordClass(t: Token | undefined, inMention: (t: Token) => boolean): string {
  if (!t) return 'NONE';
  if (inMention(t)) return 'ACTOR';
  if (PRONOUNS.has(t.text.toLowerCase())) return 'PRON';
  if (t.tags.has('ProperNoun')) return 'PROPER';
  if (t.tags.has('Plural')) return 'PLURAL';
  if (t.tags.has('Noun')) return 'NOUN';
  if (t.tags.has('Determiner')) return 'DET';
  if (t.tags.has('Preposition')) return 'PREP';
  if (t.tags.has('Verb')) return 'VERB';
  if (t.tags.has('Adjective')) return 'ADJ';
  if (t.tags.has('Adverb')) return 'ADV';
  return 'O';
}

/** The features of token i of a sentence: the word, its tags, its neighbours and their classes. */
export function tokenFeatures(tokens: readonly Token[], i: number, inMention: (t: Token) => boolean): string[] {
  const tok = tokens[i]!;
  const w = tok.text.toLowerCase().replace(/[\u2019']s$/, '');
  const tags = TAGS.filter((g) => tok.tags.has(g));
  const p1 = tokens[i - 1];
  const p2 = tokens[i - 2];
  const n1 = tokens[i + 1];
  const pc = wordClass(p1, inMention);
  const nc = wordClass(n1, inMention);
  const n1w = n1 ? n1.text.toLowerCase() : '';
  return [
    `w=${w}`,
    ...tags.map((g) => `t=${g}`),
    `p1=${p1 ? p1.text.toLowerCase() : '<s>'}`,
    `n1=${n1 ? n1w : '</s>'}`,
    `pc=${pc}`,
    `pc2=${wordClass(p2, inMention)}`,
    `nc=${nc}`,
    `w|pc=${w}|${pc}`,
    `w|nc=${w}|${nc}`,
    `w|n1=${w}|${n1w}`,
    `first=${i === 0}`,
    `suf3=${w.slice(-3)}`,
    ...tags.map((g) => `t|pc=${g}|${pc}`),
  ];
}

/**
 * Calls `visit` for every token the learned model looks at: outside the rules' spans and outside
 * quotations, with its features. Shared by the analysis and by the training dump, so both see the same.
 */
export function eachCandidate(
  parsed: ParsedText,
  actors: readonly Actor[],
  ruleSpans: readonly Span[],
  visit: (tok: Token, features: string[]) => void,
): void {
  const text = parsed.text;
  const quotes = findQuotes(text);
  const rules = [...ruleSpans].sort((a, b) => a.start - b.start);
  // both lists are walked forward with the tokens (sentences are in text order)
  const covers = (list: readonly { start: number; end: number }[]) => {
    let k = 0;
    return (t: { start: number; end: number }) => {
      while (k < list.length && list[k]!.end <= t.start) k++;
      // a mention can start before the token and end after it; look a few back for long ones
      for (let b = Math.max(0, k - 3); b < list.length && list[b]!.start < t.end; b++)
        if (list[b]!.end > t.start) return true;
      return false;
    };
  };
  const sentences = [...parsed.sentences].sort((a, b) => a.start - b.start);
  const inRule = covers(rules);
  const inQuote = covers(quotes.map((q) => ({ start: q.start, end: q.end })));
  // mentions are looked up around each sentence (neighbours too), so not with a forward-only cursor
  const inMention = mentionLookup({ actors });
  for (const s of sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (inRule(t) || inQuote(t)) continue;
      visit(t, tokenFeatures(toks, i, inMention));
    }
  }
}

/** The words the model marks as cues (probability at or above its threshold), adjacent words joined. */
export function learnedCues(
  model: LearnedModel,
  parsed: ParsedText,
  actors: readonly Actor[],
  ruleSpans: readonly Span[],
): Span[] {
  const { weights, bias, threshold } = model;
  const logit = Math.log(threshold / (1 - threshold));
  const out: Span[] = [];
  eachCandidate(parsed, actors, ruleSpans, (t, features) => {
    let z = bias;
    for (const f of features) z += weights.get(f) ?? 0;
    if (z < logit) return;
    const prev = out[out.length - 1];
    if (prev && /^\s*$/.test(parsed.text.slice(prev.end, t.start)))
      out[out.length - 1] = { start: prev.start, end: t.end, text: parsed.text.slice(prev.start, t.end) };
    else out.push({ start: t.start, end: t.end, text: t.text });
  });
  return out;
}
