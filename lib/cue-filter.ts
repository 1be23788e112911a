// A learned filter over the sourcing phrases the rules propose: an averaged perceptron, trained on PolNeAR
// train (scripts/train-cue-filter.ts), that scores each proposed phrase from its words, its neighbours, the
// statement built on it and the sentence around it, and drops the phrases that in annotated news are not
// sourcing ("reported for duty", "claimed the title", "showed up"). The rules find; the model vetoes.
// Pure: the weights arrive as data (lib/models/cue-filter.json), features are strings.
import { BE } from './lexicon/function-words.ts';
import { SUBJECT_PRONOUNS } from './lexicon/pronouns.ts';
import type { ParsedText, Sentence, Token } from './nlp.ts';
import type { Actor, Analysis, Attribution, Sourcing, Span } from './types.ts';

/** A trained filter: a phrase is kept when bias + the sum of its features' weights >= threshold. */
export interface CueFilterModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

/** "The report was denied by the ministry": a denial with its agent named, the rules' plainest. */
const PASSIVE_DENIAL = (a: Attribution): boolean => a.act === 'deny' && a.rule === 'statement.passive-agent';

/** A negated verb that gives advice rather than refusing: "should not confirm", "must not say". */
const ADVICE = /^(?:should|must|ought|need)\b/i;

/** A source that is a pronoun: the subject pronouns and the relatives ("…, who said"). */
const PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, 'who', 'which', 'that']);
const TAGS = ['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Noun', 'Plural', 'Adjective'];
const QUOTE = /["\u201C\u201D\u2018\u2019]/;

/** Where each actor mention lies, for the neighbours' classes. */
export type InMention = (t: Span) => boolean;

export function mentionLookup(analysis: { readonly actors: readonly Actor[] }): InMention {
  const mentions = analysis.actors.flatMap((a) => a.mentions).sort((a, b) => a.start - b.start);
  return (t) => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.end <= t.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = Math.max(0, lo - 3); k < mentions.length && mentions[k]!.start < t.end; k++)
      if (mentions[k]!.end > t.start) return true;
    return false;
  };
}

/** A coarse class of a neighbouring word. */
function wordClass(t: Token | undefined, inMention: InMention): string {
  if (!t) return 'NONE';
  if (inMention(t)) return 'ACTOR';
  if (PRONOUNS.has(t.normal)) return 'PRON';
  if (t.tags.has('ProperNoun')) return 'PROPER';
  if (t.tags.has('Plural')) return 'PLURAL';
  if (t.tags.has('Noun')) return 'NOUN';
  if (t.tags.has('Determiner')) return 'DET';
  if (t.tags.has('Preposition')) return 'PREP';
  if (t.tags.has('Copula') || t.tags.has('Auxiliary') || t.tags.has('Modal')) return 'AUX';
  if (t.tags.has('Verb')) return 'VERB';
  if (t.tags.has('Adjective')) return 'ADJ';
  if (t.tags.has('Adverb')) return 'ADV';
  return 'O';
}

const word = (t: Token | undefined): string => (t ? t.normal.replace(/[\u2019']s$/, '') : '<none>');
const bucket = (n: number): string => (n === 0 ? '0' : n <= 3 ? '1-3' : n <= 10 ? '4-10' : n <= 25 ? '11-25' : '26+');

/** The statement made with each phrase as its reporting cue: attributions by cue, found by binary search. */
function statementLookup(attributions: readonly Attribution[]): (span: Span) => Attribution | undefined {
  const withCue = attributions.filter((a) => a.cue).sort((x, y) => x.cue!.start - y.cue!.start);
  return (span) => {
    let lo = 0;
    let hi = withCue.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (withCue[mid]!.cue!.end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = Math.max(0, lo - 3); k < withCue.length && withCue[k]!.cue!.start < span.end; k++)
      if (withCue[k]!.cue!.end > span.start) return withCue[k];
    return undefined;
  };
}

/** How the statement's speaker is referred to: a named actor, a pronoun, an unnamed source, or no speaker. */
function speakerClass(a: Attribution | undefined, inMention: InMention): string {
  if (!a) return 'none';
  if (a.anonymous) return 'anon';
  if (!a.source) return 'nosrc';
  if (PRONOUNS.has(a.source.text.toLowerCase())) return 'pron';
  return inMention(a.source) ? 'actor' : 'other';
}

/** The features of one proposed sourcing phrase in its sentence. */
export function cueFeatures(
  s: Sourcing,
  sentence: Sentence,
  statementOf: (span: Span) => Attribution | undefined,
  inMention: InMention,
): string[] {
  const toks = sentence.tokens;
  let a = toks.findIndex((t) => t.end > s.span.start);
  if (a < 0) a = toks.length;
  let b = a;
  while (b < toks.length && toks[b]!.start < s.span.end) b++;
  const head = toks[a];
  const last = toks[b - 1];
  const p1 = toks[a - 1];
  const n1 = toks[b];
  const h = word(head);
  const phrase = toks
    .slice(a, Math.min(b, a + 4))
    .map((t) => t.normal)
    .join(' ');
  const pc = wordClass(p1, inMention);
  const nc = wordClass(n1, inMention);
  const stmt = statementOf(s.span);
  const who = speakerClass(stmt, inMention);
  const contentWords = stmt ? stmt.content.text.split(/\s+/).filter(Boolean).length : 0;
  const quoted = QUOTE.test(sentence.text);
  const tags = head ? TAGS.filter((g) => head.tags.has(g)) : [];
  return [
    `k=${s.kind}`,
    `h=${h}`,
    `l=${word(last)}`,
    `ph=${phrase}`,
    ...tags.map((g) => `t=${g}`),
    `p1=${word(p1)}`,
    `p2=${word(toks[a - 2])}`,
    `n1=${word(n1)}`,
    `n2=${word(toks[b + 1])}`,
    `pc=${pc}`,
    `pc2=${wordClass(toks[a - 2], inMention)}`,
    `nc=${nc}`,
    `q=${quoted}`,
    `first=${a === 0}`,
    `end=${b >= toks.length}`,
    `who=${who}`,
    `cl=${bucket(contentWords)}`,
    `dir=${stmt?.direct ?? 'none'}`,
    `act=${stmt?.act ?? (stmt ? 'assert' : 'none')}`,
    `h|pc=${h}|${pc}`,
    `h|nc=${h}|${nc}`,
    `h|n1=${h}|${word(n1)}`,
    `h|p1=${h}|${word(p1)}`,
    `h|who=${h}|${who}`,
    `h|q=${h}|${quoted}`,
    `h|cl=${h}|${bucket(contentWords)}`,
    `k|who=${s.kind}|${who}`,
    ...tags.map((g) => `t|pc=${g}|${pc}`),
    ...tags.map((g) => `t|nc=${g}|${nc}`),
  ];
}

/** Every proposed phrase with its features, in text order (shared by the filter and its training). */
export function eachCue(
  parsed: ParsedText,
  analysis: Pick<Analysis, 'actors' | 'sourcing' | 'attributions'>,
  visit: (s: Sourcing, features: string[], sentence: Sentence) => void,
): void {
  const inMention = mentionLookup(analysis);
  const statementOf = statementLookup(analysis.attributions);
  const sentences = parsed.sentences;
  let k = 0;
  for (const s of [...analysis.sourcing].sort((x, y) => x.span.start - y.span.start)) {
    while (k < sentences.length - 1 && sentences[k]!.end <= s.span.start) k++;
    const sentence = sentences[k];
    if (!sentence) continue;
    visit(s, cueFeatures(s, sentence, statementOf, inMention), sentence);
  }
}

/**
 * The forms of "be" before a passive belief: function-words.ts's BE without "am" and the contractions ("'s",
 * "'re"), as outsideModel was written; whether it should take them too is untested.
 */
const COPULA: ReadonlySet<string> = new Set([...BE].filter((w) => w !== 'am' && !w.startsWith("'")));

/**
 * A passive belief with no believer ("are believed to", "is thought to") is sourcing by the annotation
 * guidelines (../shared/eval/README.md: belief verbs used as attribution), while PolNeAR, which the model
 * learned from, never marks it: the model has no say over it.
 */
export function outsideModel(s: Sourcing, sentence: Sentence): boolean {
  if (s.kind !== 'belief') return false;
  const i = sentence.tokens.findIndex((t) => t.end > s.span.start);
  const before = sentence.tokens[i - 1];
  return i > 0 && !!before && COPULA.has(before.normal);
}

/**
 * The plainest report there is, a named actor's verb followed by "that" and a clause ("The Tax Foundation
 * estimates that …"): the rules' strongest evidence, which the model's word weights do not overrule.
 */
function plainReport(features: readonly string[]): boolean {
  return features.includes('n1=that') && features.includes('who=actor') && features.includes('k=cue');
}

export const cueScore = (model: CueFilterModel, features: readonly string[]): number =>
  features.reduce((z, f) => z + (model.weights[f] ?? 0), model.bias);

/**
 * The analysis without the sourcing phrases the model vetoes, and without the statements resting only on a
 * vetoed phrase (a statement in quotation marks stands on its own and is kept, its cue dropped). A refusal's phrase
 * is never vetoed ("did not respond to questions about the plan" says who will not speak, which readers are shown
 * and PolNeAR, which the model learned from, often leaves unmarked), nor a passive denial's ("was denied by Andrew").
 */
export function filterCues<A extends Pick<Analysis, 'actors' | 'sourcing' | 'attributions'>>(
  parsed: ParsedText,
  analysis: A,
  model: CueFilterModel,
): A {
  const vetoed = new Set<Sourcing>();
  // (advice is no refusal: "the Senate should not confirm a replacement")
  const refusals = analysis.attributions
    .filter((a) => (a.act === 'decline' || PASSIVE_DENIAL(a)) && a.cue && !ADVICE.test(a.cue.text))
    .map((a) => a.cue!);
  const refused = (s: Sourcing) => refusals.some((c) => c.start < s.span.end && c.end > s.span.start);
  eachCue(parsed, analysis, (s, f, sentence) => {
    if (!outsideModel(s, sentence) && !plainReport(f) && !refused(s) && cueScore(model, f) < model.threshold)
      vetoed.add(s);
  });
  if (vetoed.size === 0) return analysis;
  const gone = [...vetoed].map((s) => s.span);
  const onVetoed = (c: Span | undefined) => !!c && gone.some((g) => g.start < c.end && g.end > c.start);
  return {
    ...analysis,
    sourcing: analysis.sourcing.filter((s) => !vetoed.has(s)),
    attributions: analysis.attributions.filter((a) => a.direct || !onVetoed(a.cue)),
  };
}
