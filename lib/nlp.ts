// The one module that owns compromise: it extends the lexicon once and turns compromise's views into the
// project's own plain types (offsets into the original text). Nothing else imports compromise.
// Pure: no DOM, no browser APIs.
import nlp from 'compromise';
import { NEWS_LEXICON } from './lexicon.ts';
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

export interface ParsedText {
  text: string;
  sentences: Sentence[];
  /** The compromise document, for modules in lib/ that need a match(); never leaves lib/. */
  doc: ReturnType<typeof nlp>;
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

/** Parse text and return sentences and tokens with offsets that satisfy the Span invariant. */
/**
 * Runs of this many or more symbols/punctuation in a row (no letter, digit or space) are hidden from
 * compromise: its tokenizer is quadratic on such runs (160,000 quote marks: ~7 s; 80,000: ~2 s).
 */
export const MAX_SYMBOL_RUN = 16;
const SYMBOL_RUN = new RegExp(`[^\\p{L}\\p{N}\\s]{${MAX_SYMBOL_RUN},}`, 'gu');

/** The text compromise sees: same length (offsets unchanged), long symbol runs blanked to spaces. */
export function maskForParser(text: string): string {
  return text.replace(SYMBOL_RUN, (run) => ' '.repeat(run.length));
}

export function parse(text: string): ParsedText {
  ensureLexicon();
  const doc = nlp(maskForParser(text));
  const json = doc.json({ offset: true, terms: { offset: true } }) as JsonSentence[];
  const sentences: Sentence[] = [];
  for (const s of json) {
    const tokens: Token[] = [];
    for (const t of s.terms) {
      const start = t.offset.start;
      const end = start + t.offset.length;
      if (text.slice(start, end) !== t.text) continue; // compromise offset bug (#1144): drop, never trust
      tokens.push({ start, end, text: t.text, normal: t.normal, tags: new Set(t.tags), pre: t.pre, post: t.post });
    }
    const start = s.offset.start;
    const end = start + s.offset.length;
    sentences.push({ start, end, text: text.slice(start, end), tokens });
  }
  return { text, sentences, doc };
}
