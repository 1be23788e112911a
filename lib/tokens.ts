// The attribution stage's document: the parse's tokens with their lower-case forms, sentence numbers (the
// document's lines, lib/document.ts) and the quotation each lies in, plus the questions the rules ask of a
// token's surroundings (the gap after it, its sentence's bounds, punctuation). Built once per text; pure.
import { lineAt, sentenceLines } from './document.ts';
import { MISTAGGED_PREPOSITIONS, PREPOSITIONS_BEFORE_PHRASE } from './lexicon/function-words.ts';
import { NEVER_NOUN_FORMS } from './lexicon/reporting-verbs.ts';
import { knownGivenName, type ParsedText, type Token } from './nlp.ts';
import { partitionPoint } from './search.ts';
import type { Span } from './types.ts';

/**
 * A quotation: `open` is the offset of the opening mark's first character, `close` that of the closing
 * mark's last character; `start`/`end` bound the words inside.
 */
export interface Quote {
  open: number;
  close: number;
  start: number;
  end: number;
}

const OPENING = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSING = new Set(['\u201D', '\u00BB']);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Pairs double quotation marks (straight and curly) in one pass. A quote left open at the end of a
 * paragraph continues when the next paragraph opens with a quotation mark (the news convention for
 * quotes over several paragraphs); otherwise it is dropped, so unbalanced marks never swallow text.
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let openWidth = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (open < 0) continue;
      let j = i;
      while (j < n && isSpace(text[j])) j++;
      const next = text[j];
      if (
        next !== undefined &&
        (OPENING.has(next) || next === '"' || text.startsWith("''", j) || text.startsWith('``', j))
      ) {
        i = next === "'" || next === '`' ? j + 1 : j; // the paragraph reopens the quote: one quotation over both paragraphs
        continue;
      }
      open = -1; // unbalanced: drop it
      continue;
    }
    let opens = false;
    let closes = false;
    // two apostrophes or backticks stand for a double quotation mark in some newswire text (''Yes,'' he said)
    const double = (c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`');
    const width = double ? 2 : 1;
    if (OPENING.has(c)) opens = true;
    else if (CLOSING.has(c)) {
      // a closing mark before a word, with no quotation open, that opens its paragraph or follows a space or an
      // opening punctuation mark, is a mistyped opening one (”Fear. I am …; Another said: ”Bird flu …)
      if (open < 0 && isWordChar(text[i + 1]) && (i === 0 || /[\s(:[\u2014\u2013]/.test(text[i - 1]!))) opens = true;
      else closes = true;
    } else if (c === '"' || double) {
      if (open >= 0) closes = true;
      else opens = !isWordChar(text[i - 1]) || isSpace(text[i + width]) === false;
    } else continue;
    if (closes && open >= 0) {
      let start = open + openWidth;
      let end = i;
      i += width - 1; // `close` is the last character of the closing mark
      while (start < end && isSpace(text[start])) start++;
      while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
      if (end > start) quotes.push({ open, close: i, start, end });
      open = -1;
    } else if (opens) {
      open = i; // a second opening mark without a close: the first one was stray
      openWidth = width;
      i += width - 1;
    }
  }
  return quotes;
}

export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  tags: ReadonlySet<string>;
  /** Sentence index. */
  si: number;
  /** Index of the quotation the token lies in, or -1. */
  q: number;
}
export const has = (t: Tok, ...tags: string[]) => tags.some((x) => t.tags.has(x));
/** A pronoun with a contracted auxiliary, as compromise leaves it: "he’s", "they’ve", "who’s". */
const CONTRACTED_PRONOUN = /^(he|she|it|they|we|i|you|who)['\u2019](?:s|ve|d|ll|re|m)$/;
/** Reporting verb forms that are never nouns, and the tags they get when compromise missed that. */
const ALWAYS_VERBS: ReadonlySet<string> = new Set(NEVER_NOUN_FORMS);
const ADJECTIVE_TAGS: ReadonlySet<string> = new Set(['Adjective', 'Hyphenated']);
/** Articles and possessive determiners: what opens a noun phrase and never a clause. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'your', 'my']);
const NOUN_TAGS: ReadonlySet<string> = new Set(['Noun', 'Singular']);
const SURNAME_TAGS: ReadonlySet<string> = new Set(['Noun', 'ProperNoun', 'Person', 'LastName']);
const ACRONYM_TAGS: ReadonlySet<string> = new Set(['Noun', 'ProperNoun', 'Acronym', 'Organization']);
/** Function words that are also common acronyms: the World Health Organization, the United States. */
const ACRONYM_CLASH: ReadonlySet<string> = new Set(['who', 'us', 'it', 'am', 'or', 'on', 'in', 'as', 'at', 'an', 'is']);
const VERB_TAGS: ReadonlySet<string> = new Set(['Verb', 'PresentTense']);
const PREPOSITION_TAGS: ReadonlySet<string> = new Set(['Preposition']);
/** A word set in capitals, two letters or more ("WHO", "US"). */
const caps = (t: { text: string } | undefined): boolean => !!t && /^[A-Z]{2,}$/.test(t.text);

/** A given name: compromise's tag in context, or a person's word its lexicon knows as a given name. */
const givenName = (t: { text: string; tags: ReadonlySet<string> }): boolean =>
  t.tags.has('FirstName') || (t.tags.has('Person') && knownGivenName(t.text.toLowerCase()));
/** A verb in a finite form: "said", "says", not "say" or "saying". */
const finite = (t: { tags: ReadonlySet<string> } | undefined): boolean =>
  !!t?.tags.has('Verb') && (t.tags.has('PastTense') || (t.tags.has('PresentTense') && !t.tags.has('Infinitive')));

/**
 * The empty copula compromise adds after "Trump's" in "Trump's former campaign manager said": before a noun
 * phrase (adjectives, nouns, a noun read as a bare verb) and its finite verb, the "'s" is a possessive.
 */
function possessiveNotCopula(text: string, tokens: readonly Token[], ti: number): boolean {
  const t = tokens[ti]!;
  const prev = tokens[ti - 1];
  if (t.text !== '' || !t.tags.has('Copula') || !prev || !/['\u2019]s$/i.test(prev.text) || prev.tags.has('Pronoun'))
    return false;
  let noun = false;
  for (let m = ti + 1; m < tokens.length && m - ti <= 5; m++) {
    const w = tokens[m]!;
    if (!/^\s*$/.test(text.slice(tokens[m - 1]!.end, w.start))) return false;
    if (noun && finite(w) && !w.tags.has('Copula') && !w.tags.has('Auxiliary')) return true;
    const bareNoun = w.tags.has('Infinitive') && /^\p{Ll}+$/u.test(w.text);
    if (!w.tags.has('Adjective') && !w.tags.has('Noun') && !bareNoun) return false;
    if (w.tags.has('Noun') && !w.tags.has('Pronoun')) noun = true;
  }
  return false;
}

/**
 * What follows a bare verb after "the NAME" that makes it the verb of a complement clause ("demanding the FBI
 * summon him", "let the Fed raise rates"): an object, or a verb before the article.
 */
const objectAfter = (
  next: { tags: ReadonlySet<string> } | undefined,
  before: { tags: ReadonlySet<string> } | undefined,
) =>
  !!next?.tags.has('Pronoun') ||
  !!next?.tags.has('Determiner') ||
  !!next?.tags.has('Possessive') ||
  (!!before?.tags.has('Verb') && !!next && !next.tags.has('Verb') && !next.tags.has('Preposition'));

/** The tokens of one text, in text order, and the helpers over them. */
export class TokenDoc {
  readonly text: string;
  readonly quotes: Quote[];
  readonly toks: Tok[] = [];
  /** Sentence bounds in token indices (after sorting, the tokens of a sentence stay contiguous). */
  readonly sentFirst: number[] = [];
  readonly sentLast: number[] = [];

  constructor(parsed: ParsedText) {
    const text = parsed.text;
    this.text = text;
    this.quotes = findQuotes(text);
    const quotes = this.quotes;
    const toks = this.toks;
    // the article's own surnames: a capitalised word after a given name ("Chris Early", "Tim Cook", "Theresa May":
    // in context compromise may call the given name only a person's)
    const surnames = new Set<string>();
    for (const s of parsed.sentences) {
      // (not in a title-case headline: "Hillary Just Vowed To …")
      const words = s.tokens.filter((t) => /\p{L}/u.test(t.text));
      if (words.filter((t) => /^\p{Lu}/u.test(t.text)).length > 0.6 * words.length) continue;
      for (let ti = 1; ti < s.tokens.length; ti++) {
        const t = s.tokens[ti]!;
        if (givenName(s.tokens[ti - 1]!) && /^\p{Lu}\p{Ll}/u.test(t.text) && !t.tags.has('Verb')) surnames.add(t.text);
      }
    }
    parsed.sentences.forEach((s, si) => {
      let contraction = false;
      for (const [ti, t] of s.tokens.entries()) {
        // "Trump's former campaign manager said": no "is" after the name, which owns the phrase
        if (possessiveNotCopula(text, s.tokens, ti)) {
          const owner = toks[toks.length - 1]!;
          owner.tags = new Set([...owner.tags, 'Possessive']);
          continue;
        }
        let lower = t.text.toLowerCase();
        // "He’s sought", "It’s denouncing": compromise keeps "he’s" whole and adds an empty auxiliary; the
        // rules see the pronoun and the auxiliary it stands for
        const pronoun = CONTRACTED_PRONOUN.exec(lower);
        if (pronoun) lower = pronoun[1]!;
        else if (contraction && t.text === '') lower = t.tags.has('Copula') ? 'is' : 'has';
        contraction = !!pronoun;
        // "says WHO", "the WHO says": in a sentence not set in capitals, an acronym that spells a function word
        // is a name, never the pronoun (compromise may take "WHO" for a question word)
        const acronym =
          ACRONYM_CLASH.has(lower) &&
          caps(t) &&
          !caps(s.tokens[ti - 1]) &&
          !caps(s.tokens[ti + 1]) &&
          s.tokens.some((o) => /[a-z]/.test(o.text));
        if (acronym) lower = t.text;
        // "the 14th-ranked Schwartzman", "a state-owned firm": a hyphenated participle between a determiner and a
        // noun is a modifier, whatever the tagger says
        const modifier =
          /^[^-\s]+-[^-\s]+(?:ed|ing)$/.test(lower) &&
          t.tags.has('Verb') &&
          !!s.tokens[ti - 1]?.tags.has('Determiner') &&
          !!s.tokens[ti + 1]?.tags.has('Noun');
        // "the Trump campaign", "the Obama administration": after an article and a singular name a bare verb form
        // agrees with nothing; it is the head noun the name modifies ("demanded that Trump resign" is a verb, and
        // "the Democrats campaign" may be one; so is "demanding the FBI summon him", with its object)
        const headNoun =
          t.tags.has('Infinitive') &&
          !t.tags.has('PastTense') &&
          ti >= 2 &&
          ARTICLES.has(s.tokens[ti - 2]!.text.toLowerCase()) &&
          !!s.tokens[ti - 1]?.tags.has('ProperNoun') &&
          !s.tokens[ti - 1]!.tags.has('Plural') &&
          !/s$/.test(s.tokens[ti - 1]!.text) &&
          /^\p{Lu}/u.test(s.tokens[ti - 1]!.text) &&
          /^\p{Ll}+$/u.test(t.text) &&
          !objectAfter(
            /^\s*$/.test(text.slice(t.end, s.tokens[ti + 1]?.start)) ? s.tokens[ti + 1] : undefined,
            s.tokens[ti - 3],
          );
        // '“…,” says Early.': a surname the article gave a person earlier is a name mid-sentence, whatever else the
        // word means ("early"); at a sentence's start, when a finite verb follows ("May said": no modal is)
        const surname = (ti > 0 || finite(s.tokens[1])) && surnames.has(t.text) && !t.tags.has('Noun');
        // "Glenn Beck Says Trump …": in a title-case headline compromise takes "Says" for part of a name;
        // these forms are never nouns
        const neverNoun = ALWAYS_VERBS.has(lower) && !t.tags.has('Verb');
        // "warned against potential hackers": a preposition compromise took for an adjective, with its object
        // after it
        // ("standing outside the court", "near Mosul": before a phrase's determiner, a name or a number)
        const nextWord =
          s.tokens[ti + 1] && /^\s*$/.test(text.slice(t.end, s.tokens[ti + 1]!.start)) ? s.tokens[ti + 1] : undefined;
        const preposition =
          !!nextWord &&
          !t.tags.has('Preposition') &&
          (MISTAGGED_PREPOSITIONS.has(lower) ||
            (PREPOSITIONS_BEFORE_PHRASE.has(lower) &&
              ['Determiner', 'Possessive', 'ProperNoun', 'Value'].some((x) => nextWord.tags.has(x))));
        const tags = acronym
          ? ACRONYM_TAGS
          : surname
            ? SURNAME_TAGS
            : modifier
              ? ADJECTIVE_TAGS
              : headNoun
                ? NOUN_TAGS
                : neverNoun
                  ? VERB_TAGS
                  : preposition
                    ? PREPOSITION_TAGS
                    : t.tags;
        toks.push({ start: t.start, end: t.end, text: t.text, lower, tags, si, q: -1 });
      }
    });
    toks.sort((a, b) => a.start - b.start);
    // sentences are the document's lines (lib/document.ts: a line break ends a sentence): renumber them
    {
      const lines = sentenceLines(parsed);
      let si = 0;
      let prevOriginal = -1;
      let prevLine = -1;
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        const original = t.si;
        const line = lineAt(lines, t.start);
        if (i > 0 && (prevOriginal !== original || prevLine !== line)) si++;
        prevOriginal = original;
        prevLine = line;
        t.si = si;
      }
    }
    // sentence bounds in token indices (after sorting, tokens of a sentence stay contiguous)
    toks.forEach((t, i) => {
      if (this.sentFirst[t.si] === undefined) this.sentFirst[t.si] = i;
      this.sentLast[t.si] = i;
    });
    {
      let qi = 0;
      for (const t of toks) {
        while (qi < quotes.length && quotes[qi]!.close < t.start) qi++;
        const q = quotes[qi];
        if (q && t.start >= q.open && t.end <= q.close) t.q = qi;
      }
    }
  }

  readonly span = (start: number, end: number): Span => ({ start, end, text: this.text.slice(start, end) });
  readonly tokSpan = (i: number, j: number): Span => this.span(this.toks[i]!.start, this.toks[j]!.end);
  /** The index of the first token starting at or after `offset`, or -1. */
  readonly firstTokenAt = (offset: number): number => {
    const i = partitionPoint(this.toks.length, (k) => this.toks[k]!.start < offset);
    return i < this.toks.length ? i : -1;
  };
  readonly gap = (i: number) =>
    i + 1 < this.toks.length ? this.text.slice(this.toks[i]!.end, this.toks[i + 1]!.start) : '';
  readonly first = (i: number) => this.sentFirst[this.toks[i]!.si]!;
  readonly last = (i: number) => this.sentLast[this.toks[i]!.si]!;
  /** The gap after token i ends a sentence or clause (punctuation other than an abbreviation's dot). */
  readonly punctAfter = (i: number) => {
    const g = this.gap(i);
    if (/^\s*$/.test(g)) return false;
    if (
      /^\.\s*$/.test(g) &&
      (has(this.toks[i]!, 'Abbreviation', 'Honorific') || /^[A-Z]$|^[A-Z]\.[A-Z]$/.test(this.toks[i]!.text))
    )
      return false;
    if (/^['\u2019]s?\s*$/.test(g)) return false;
    return true;
  };
  readonly commaAfter = (i: number) => /[,;\u2014\u2013]|\s-\s/.test(this.gap(i));
  /** A sentence ends after token i at a closing quotation mark the sentence splitter kept ('coordinated.” She'). */
  readonly quoteEndsSentence = (i: number) =>
    i + 1 < this.toks.length &&
    /^[.!?]?["\u201D]\s+$/.test(this.gap(i)) &&
    /[.!?]/.test(this.text.slice(this.toks[i]!.end - 1, this.toks[i + 1]!.start)) &&
    /^[A-Z]/.test(this.toks[i + 1]!.text);
}
