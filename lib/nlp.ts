// The one module that owns compromise: it extends the lexicon once and turns compromise's views into the
// project's own plain types (offsets into the original text). Nothing else imports compromise.
// Pure: no DOM, no browser APIs.

import nlp from 'compromise';
import { NEWS_LEXICON } from './lexicon/entities.ts';
import GIVEN_NAMES from './lexicon/given-names.json';
import { partitionPoint } from './search.ts';
import type { Span } from './types.ts';

/** A word as compromise tagged it, with its offsets in the original text. */
export interface Token extends Span {
  /** Lower-cased normal form from compromise. */
  normal: string;
  tags: ReadonlySet<string>;
  /** Text before/after the word inside compromise's token (punctuation, quotes, spaces). */
  pre: string;
  post: string;
}

export interface Sentence extends Span {
  tokens: Token[];
}

/**
 * What the rules work on: plain data only (no compromise document), so it can be produced in pieces, on
 * other threads, and merged (see parseRange / mergeParsed / splitChunks).
 */
export interface ParsedText {
  text: string;
  sentences: Sentence[];
}

interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  normal: string;
  offset: { start: number; length: number };
}
interface JsonSentence {
  offset: { start: number; length: number };
  terms: JsonTerm[];
}

let extended = false;
/** Extend compromise's lexicon once per process (news outlets, agencies, bodies, armed groups...). */
export function ensureLexicon(): void {
  if (extended) return;
  extended = true;
  // Outlets, agencies, bodies and places compromise lacks: lib/lexicon.ts.
  nlp.addWords(NEWS_LEXICON);
}

export { NEWS_LEXICON };

type LexiconValue = string | string[] | undefined;
let lexicon: Record<string, LexiconValue> | undefined;
/** compromise's own lexicon tags for a lower-cased word or phrase ("egypt" -> Country), without parsing. */
export function lexiconTags(word: string): readonly string[] {
  ensureLexicon();
  lexicon ??= (nlp.world() as unknown as { model: { one: { lexicon: Record<string, LexiconValue> } } }).model.one
    .lexicon;
  const v = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** compromise's tags for a given name. */
export const GIVEN_NAME_TAGS: readonly string[] = ['FirstName', 'MaleName', 'FemaleName'];

/**
 * Given names by gender where compromise does not know the name or its gender (lib/lexicon/given-names.json, from
 * the Moby project's lists; scripts/given-names.ts): "dawn", "raven", "patsy"… Read on first use.
 */
let moreNames: Map<string, 'female' | 'male' | 'either'> | undefined;
function givenNames(): Map<string, 'female' | 'male' | 'either'> {
  if (!moreNames) {
    moreNames = new Map();
    for (const g of ['female', 'male', 'either'] as const)
      for (const n of GIVEN_NAMES[g].split(' ')) if (n) moreNames.set(n, g);
  }
  return moreNames;
}

/** A lower-cased word compromise's lexicon knows as a given name ("theresa" -> FemaleName). */
export function knownGivenName(word: string): boolean {
  return lexiconTags(word).some((g) => GIVEN_NAME_TAGS.includes(g));
}

/**
 * A lower-cased word the longer name lists know as a given name ("dawn", "raven", "patsy"): weaker evidence than
 * compromise's own names (the lists hold rare ones, "con", "roth"), enough to keep a name nothing else vouches for.
 */
export function listedGivenName(word: string): boolean {
  return knownGivenName(word) || givenNames().has(word);
}

/** The gender a lower-cased given name tells, if it tells one: compromise's MaleName/FemaleName, or the lists. */
export function givenNameGender(word: string): 'female' | 'male' | undefined {
  const tags = lexiconTags(word);
  if (tags.includes('FemaleName')) return 'female';
  if (tags.includes('MaleName')) return 'male';
  const g = givenNames().get(word);
  return g === 'either' ? undefined : g;
}

/** Parse text and return sentences and tokens with offsets that satisfy the Span invariant. */
/**
 * Runs of this many or more symbols/punctuation in a row (no letter, digit or space) are hidden from
 * compromise: its tokenizer is quadratic on such runs (160,000 quote marks: ~7 s; 80,000: ~2 s).
 */
export const MAX_SYMBOL_RUN = 16;
const SYMBOL_RUN = new RegExp(`[^\\p{L}\\p{N}\\s]{${MAX_SYMBOL_RUN},}`, 'gu');

/**
 * Longest stretch compromise parses as one sentence (characters). Its parse grows with the square of a
 * sentence's length: one unpunctuated sentence of 20,000 characters takes 8.9 s against 0.8 s for prose of that
 * length, 40,000 characters 24 s against 2 s. No sentence of the corpora (PolNeAR dev and train, the gold
 * articles) comes near: the longest run without a sentence end is under 1,000 characters.
 */
export const MAX_SENTENCE_CHARS = 1_000;
const OVERLONG = new RegExp(`[^.!?\n]{${MAX_SENTENCE_CHARS},}`, 'g');

/** Cut a run with no sentence end at a space (a line break, which always ends a sentence for compromise) every MAX_SENTENCE_CHARS at most. */
function capSentences(run: string): string {
  const chars = run.split('');
  let start = 0;
  let space = -1;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === ' ') space = i;
    if (i - start >= MAX_SENTENCE_CHARS) {
      // no space since the last cut (one endless token): cut anywhere, the token is nonsense anyway
      const at = space > start ? space : i;
      chars[at] = '\n';
      start = at + 1;
    }
  }
  return chars.join('');
}

/**
 * The text compromise sees: same length (offsets unchanged), long symbol runs blanked to spaces and endless
 * sentences cut by line breaks.
 */
export function maskForParser(text: string): string {
  return text.replace(SYMBOL_RUN, (run) => ' '.repeat(run.length)).replace(OVERLONG, capSentences);
}

/**
 * Sentences glued without a space ("Trump said.Trump claimed", "Ryan said,“Look"), common in scraped
 * text, are one token to compromise. It is given a space there; `inserted` lists where, in its text.
 */
const GLUED = /(?<=\p{Ll}{2}[.,;:!?])(?=[\p{Lu}"\u201C])/gu;
export function unglue(text: string): { text: string; inserted: number[] } {
  const inserted: number[] = [];
  const out = text.replace(GLUED, (_m, offset: number) => {
    inserted.push(offset + inserted.length);
    return ' ';
  });
  return { text: out, inserted };
}

export function parse(text: string): ParsedText {
  return { text, sentences: parseRange(text, 0, text.length) };
}

/**
 * Parse `text.slice(start, end)` alone and return its sentences with offsets into the whole `text`.
 * With `start`/`end` from splitChunks, the sentences are the ones parse(text) finds there (compromise
 * always ends a sentence at a line break; tests/unit/chunks.test.ts checks it over the corpus).
 */
export function parseRange(text: string, start: number, end: number): Sentence[] {
  return parseSlice(text.slice(start, end), start);
}

/** parseRange for a chunk sent alone (to a worker): `part` is text.slice(base, ...); offsets come out in text. */
export function parseSlice(part: string, base: number): Sentence[] {
  ensureLexicon();
  const { text: seen, inserted } = unglue(maskForParser(part));
  // an offset in what compromise saw, back in `part`: minus the spaces inserted before it
  const back = (x: number) => x - partitionPoint(inserted.length, (k) => inserted[k]! < x);
  const json = nlp(seen).json({ offset: true, terms: { offset: true } }) as JsonSentence[];
  const sentences: Sentence[] = [];
  for (const [i, s] of json.entries()) {
    const tokens: Token[] = [];
    for (const [k, t] of s.terms.entries()) {
      const ts = back(t.offset.start);
      const te = ts + t.offset.length;
      if (part.slice(ts, te) !== t.text) continue; // compromise offset bug (#1144): drop, never trust
      tokens.push({
        start: base + ts,
        end: base + te,
        text: t.text,
        normal: t.normal,
        tags: homographTags(possessiveTags(t, s.terms[k + 1]), t, s.terms[k - 1], s.terms[k + 1]),
        pre: t.pre,
        post: t.post,
      });
    }
    const ss = back(s.offset.start);
    // compromise's sentence length can run a character into the next sentence (after '' and 's: "It's
    // anti-reform. S"), even across a line break into the next paragraph (and so past the end of a chunk,
    // tests/unit/chunks.test.ts): a sentence ends where the next one starts, and at the line break after its
    // last word
    const next = json[i + 1];
    const lastWord = tokens.length > 0 ? tokens[tokens.length - 1]!.end - base : ss;
    const br = part.indexOf('\n', lastWord);
    const se = Math.max(
      ss,
      Math.min(
        back(s.offset.start + s.offset.length),
        next ? back(next.offset.start) : part.length,
        br < 0 ? part.length : br,
      ),
    );
    for (const [a, b] of quoteEnds(part, ss, se)) {
      const own = tokens.filter((t) => t.start >= base + a && t.start < base + b);
      sentences.push({ start: base + a, end: base + b, text: part.slice(a, b), tokens: own });
    }
  }
  return sentences;
}

/**
 * compromise leaves some possessive names untagged ("O'Malley's campaign says": a name with an apostrophe of its
 * own): a name or noun ending in "'s" that compromise did not expand into "is" or "has" is a possessive.
 */
function possessiveTags(t: JsonTerm, next: JsonTerm | undefined): Set<string> {
  const tags = new Set(t.tags);
  if (
    !tags.has('Possessive') &&
    /\p{L}['\u2019]s$/u.test(t.text) &&
    tags.has('Noun') &&
    !tags.has('Pronoun') &&
    !(next && next.text === '' && next.tags.some((g) => g === 'Copula' || g === 'Auxiliary'))
  )
    tags.add('Possessive');
  return tags;
}

/**
 * Words compromise mistags in news copy: past tenses its lexicon holds only as nouns ("wages rose 2 percent", "the
 * ratings rose"; a flower after "a", "the" or an adjective, or written with a capital, stays a noun), "last"
 * read as a verb before a time ("80 jobs last year"), and a sentence-opening "People" read as a verb.
 */
const PAST_TENSE_HOMOGRAPHS: ReadonlySet<string> = new Set(['rose']);

function homographTags(
  tags: Set<string>,
  t: JsonTerm,
  prev: JsonTerm | undefined,
  next: JsonTerm | undefined,
): Set<string> {
  // "People close to the senator say": compromise may read a capitalised "People" opening a sentence as a verb
  if (t.text === 'People' && tags.has('Verb')) return new Set(['Noun', 'Plural']);
  // "80 jobs last year": "last" or "next" before a time is its modifier, never the verb compromise may read
  if (/^(?:last|next)$/i.test(t.text) && tags.has('Verb') && next?.tags.includes('Date') && !/[,;:.]/.test(t.post))
    return new Set(['Adjective']);
  if (!PAST_TENSE_HOMOGRAPHS.has(t.text) || !prev || /[,;:(]/.test(prev.post)) return tags;
  const subject = prev.tags.includes('Noun') && !prev.tags.includes('Determiner') && !prev.tags.includes('Adjective');
  const after =
    !next ||
    /[.,;:!?)]/.test(t.post) ||
    next.tags.some((g) => g === 'Value' || g === 'Adverb' || g === 'Preposition' || g === 'Conjunction');
  return subject && after ? new Set(['Verb', 'PastTense']) : tags;
}

/**
 * A full stop inside closing quotation marks ends the sentence: 'It was “as dull as paint.” She left.' is two
 * sentences (compromise keeps them as one). A question or exclamation mark does not: '“Who cares?” Smith asked'.
 */
const QUOTE_END = /(?<=\p{L}{2}\.["\u201D\u2019']{1,2})[ \t]+(?=["\u201C\u2018]?\p{Lu})/gu;

/** The sentence [ss, se) of `part`, cut after each full stop that closes a quotation. */
function quoteEnds(part: string, ss: number, se: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = ss;
  QUOTE_END.lastIndex = 0;
  const body = part.slice(ss, se);
  for (let m = QUOTE_END.exec(body); m; m = QUOTE_END.exec(body)) {
    const cut = ss + m.index + m[0].length;
    if (cut >= se) break;
    out.push([a, ss + m.index]);
    a = cut;
  }
  out.push([a, se]);
  return out;
}

/** The ParsedText of a whole text from parseRange results over consecutive chunks, in order. */
export function mergeParsed(text: string, parts: readonly Sentence[][]): ParsedText {
  return { text, sentences: parts.flat() };
}

/**
 * Characters that let compromise merge a sentence with the one or two after it, across a line break: an
 * opening quote mark (its quote-merge, compromise/src/1-one/tokenize/methods/01-sentences/04-quote-merge.js)
 * or an opening parenthesis (05-parens-merge.js). A cut is only made where the two lines before it hold none.
 */
const MERGE_OPENER =
  /["\uFF02\u201C\u201F\u201E\u2E42\u201A\u00AB\u2039\u2035\u2036\u2037\u301D\u301F\u300C\u300E(\uFF08]/;

/**
 * Cut `text` into at most `k` consecutive [start, end) chunks of about equal length, each cut just after a
 * run of line breaks followed by a non-space character, where compromise starts a new sentence whatever
 * comes after: not after a line (or the line before it) that opens a quote or a parenthesis, which
 * compromise may carry on into the next line. Chunks cover the text with no gap; fewer than `k` when no
 * such break is left. Nor before a line with no letter or digit ("___."), which compromise glues to the
 * line before it.
 */
export function splitChunks(text: string, k: number): Array<[number, number]> {
  const n = text.length;
  const cuts: number[] = [0];
  let last = 0;
  for (let i = 1; i < k; i++) {
    const want = Math.round((n * i) / k);
    const cut = nextSafeBreak(text, Math.max(want, last + 1));
    if (cut < 0 || cut >= n) break;
    cuts.push(cut);
    last = cut;
  }
  return cuts.map((c, i): [number, number] => [c, cuts[i + 1] ?? n]);
}

/** First safe cut at or after `from` (see splitChunks); -1 if none. */
function nextSafeBreak(text: string, from: number): number {
  const re = /\n+(?=\S)/g;
  re.lastIndex = Math.max(0, from - 1);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const cut = m.index + m[0].length;
    if (safeBefore(text, m.index) && HAS_WORD.test(lineAt(text, cut))) return cut;
  }
  return -1;
}

/** What compromise counts as a sentence's content; a line with none is glued to the line before it. */
const HAS_WORD = /[\p{L}\p{N}\p{So}]/u;
const lineAt = (text: string, at: number): string => {
  const e = text.indexOf('\n', at);
  return text.slice(at, e < 0 ? text.length : e);
};

/** The two non-empty lines that end at `end` hold no quote or parenthesis opener. */
function safeBefore(text: string, end: number): boolean {
  let e = end;
  for (let line = 0; line < 2; line++) {
    while (e > 0 && /\s/.test(text.charAt(e - 1))) e--;
    if (e === 0) return true;
    const s = text.lastIndexOf('\n', e - 1) + 1;
    if (MERGE_OPENER.test(text.slice(s, e))) return false;
    e = s;
  }
  return true;
}
