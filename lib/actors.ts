// Named actors: people, organisations, places and nationality groups, one entry per entity with every mention.
// Reads the parsed text (compromise's tags are hints only) and lib/lexicon.ts; never re-parses; a throw is recorded by the pipeline (lib/pipeline.ts).

import { ABBREVIATIONS, DATE_ABBREVIATIONS, MONTH_ABBREVIATIONS } from './lexicon/abbreviations.ts';
import { NAME_CONNECTORS } from './lexicon/connectors.ts';
import {
  ACRONYM_KEYS,
  APPOSITION_ORG_NOUNS,
  APPOSITION_PLACE_NOUNS,
  COMPOUND_TAILS,
  DIRECTION_WORDS,
  EVENT_HEADS,
  HYPHEN_PREFIXES,
  LEADING_ORG_NOUNS,
  LEXICON_FIRST_WORDS,
  LEXICON_INDEX,
  LEXICON_MAX_WORDS,
  type LexiconHit,
  lexKey,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NEWSPAPER_HEADS,
  NOT_NAMES,
  OF_PLACE_NOUNS,
  ORG_FOLLOWERS,
  ORG_HEADS,
  PERSON_FOLLOWERS,
  PLACE_FOLLOWERS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  ROMAN_NUMERALS,
  STRONG_TITLES,
  TITLE_WORDS,
  VEHICLE_PREFIXES,
  WORK_NOUNS,
} from './lexicon/entities.ts';
import { NON_NAME_WORDS } from './lexicon/function-words.ts';
import { REPORT_VERBS } from './lexicon/reporting-verbs.ts';
import { PARTY_MEMBER_NOUNS, ROLE_APPOSITIVE_HEADS, STATE_ABBREVIATIONS, TRAILING_ROLES } from './lexicon/roles.ts';
import { GIVEN_NAME_TAGS, knownGivenName, lexiconTags, listedGivenName, type ParsedText } from './nlp.ts';
import type { TraceEvent } from './rules/rule.ts';
import type { Actor, ActorKind, Span } from './types.ts';
import { alternation } from './words-pattern.ts';

/** A word of the text: letters/digits joined by inner hyphens, apostrophes, dots or ampersands. Linear. */
const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-'\u2019.&](?=[\p{L}\p{N}]))*/gu;
const UPPER_RE = /^\p{Lu}/u;
const ALL_CAPS_RE = /^[\p{Lu}\d&.-]+$/u;
const DOTTED_ABBREV_RE = /^(?:\p{L}\.)+\p{L}$/u;
const HAS_DIGIT_RE = /\d/;
const POSSESSIVE_RE = /['\u2019]s$/;
/** "I'm", "We've", "Don't", "They'll": a pronoun or verb with its contraction is never a name. */
const CONTRACTION_RE = /['\u2019](?:m|re|ve|ll|d|t)$/i;
/** Tags compromise gives to words that do not open a name when they start a sentence. */
const NON_NAME_TAGS = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'QuestionWord',
  'Value',
  'Verb',
  'Modal',
  'Copula',
  'Negative',
  'Expression',
];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];

const DATELINE_RE = /^,?\s*(?:\([^()\n]{1,30}\)\s*)?[-\u2013\u2014]\s/;
/**
 * A dateline in capitals opening a line: "NEW YORK (Reuters) -", "SAN FRANCISCO (AP) —", "NEW DELHI, India -";
 * group 1 is the place.
 */
const CAPS_DATELINE_RE =
  /^(\p{Lu}[\p{Lu}.'\u2019]+(?: \p{Lu}[\p{Lu}.'\u2019]+)*)(?:, \p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)*)?\s*(?:\([^()\n]{1,30}\)\s*)?[-\u2013\u2014]+\s/u;

/** The end of the place a capitals dateline at `at` names, or -1. */
function capsDatelineEnd(text: string, at: number): number {
  if (at > 0 && text[at - 1] !== '\n') return -1;
  const m = CAPS_DATELINE_RE.exec(text.slice(at, at + 80));
  return m ? at + m[1]!.length : -1;
}

/** All capitals and long enough not to be an acronym ("JAKARTA", "RESIGNS"). */
const longCaps = (w: Word) => w.text.length >= 4 && ALL_CAPS_RE.test(w.text) && !w.text.includes('.');

/** What follows a short month or weekday in a date: a number or a month ("Tue Dec 30", "Tue. Dec 30"). */
const DATE_FOLLOWER_RE = new RegExp(
  `^\\.?\\s?(?:\\d|${alternation(MONTH_ABBREVIATIONS.map((m) => m[0]!.toUpperCase() + m.slice(1)))}\\b)`,
);

/** A word compromise's lexicon knows, and not as a name ("full", "crash"), or one the text also writes in lower case. */
const isDictionaryWord = (w: Word, ctx: Context): boolean => {
  const l = low(w.text);
  if (ctx.lowerWords.has(l)) return true;
  // "as Reed dubbed it" after "Michael Reed": the article's own person, whatever else the word means
  if (ctx.surnames.has(w.text)) return false;
  const tags = lexiconTags(l);
  return tags.length > 0 && !tags.some(isNamedTag);
};

/** A capitalised word compromise tags as a verb, pronoun, adverb or function word, and never as a name. */
const notNameWord = (w: Word): boolean =>
  (NON_NAME_WORDS.has(low(w.text)) || hasAny(w.tags, NON_NAME_TAGS)) &&
  !w.tags.has('ProperNoun') &&
  !hasAny(w.tags, PERSON_TAGS) &&
  !hasAny(w.tags, PLACE_TAGS) &&
  !w.tags.has('Organization') &&
  !lexWord(w.text);

const CLOSED_CLASS = new Set([
  'Copula',
  'Modal',
  'Pronoun',
  'Preposition',
  'Determiner',
  'Conjunction',
  'Auxiliary',
  'QuestionWord',
  'Negative',
]);
/** "Is", "Will", "They", "With" in a title-case heading: a word of a closed class is never inside a name. */
const closedClass = (l: string): boolean => {
  if (NAME_PARTICLES.has(l) || NAME_CONNECTORS.has(l)) return false;
  const tags = lexiconTags(l);
  return tags.some((g) => CLOSED_CLASS.has(g)) && !tags.some(isNamedTag);
};

/**
 * "Theresa May", "George Will": a month or a closed-class word the parse reads as a person's, straight after a given
 * name, is the surname.
 */
const surnameHere = (cur: readonly Word[], w: Word): boolean => {
  const prev = cur[cur.length - 1];
  return (
    prev !== undefined &&
    hasAny(w.tags, PERSON_TAGS) &&
    givenName(prev) &&
    !prev.headline &&
    // ("Jesus Is Just Alright": a copula, a pronoun or a preposition is never a surname)
    !lexiconTags(low(w.text)).some((g) => NEVER_SURNAME.has(g))
  );
};
const NEVER_SURNAME = new Set(['Copula', 'Pronoun', 'Preposition', 'Determiner', 'Conjunction', 'QuestionWord']);

/** A title word, or a compound of them: "Attorney-General", "Secretary-General", "Lieutenant-Colonel". */
const isTitle = (raw: string): boolean => {
  const l = low(raw);
  return TITLE_WORDS.has(l) || (l.includes('-') && l.split('-').every((p) => TITLE_WORDS.has(p)));
};

/** A role before a name: a title word, a role's head ("Adviser", "Executive") or a role in capitals ("CEO", "DL"). */
const roleWord = (raw: string): boolean =>
  isTitle(raw) || ROLE_APPOSITIVE_HEADS.includes(low(raw)) || /^\p{Lu}{2,4}$/u.test(raw);

/** US party and state after a lawmaker's name: "(D-Calif.)", "R-Iowa". */
const PARTY_STATE_RE = /^[DRI]-\p{Lu}/u;

/** Bounds that keep the work linear on hostile input: no name has more words, or longer words. */
const MAX_NAME_WORDS = 12;
const MAX_WORD_CHARS = 60;

interface Word {
  start: number;
  /** End of the name part: before a possessive "'s". */
  end: number;
  text: string;
  possessive: boolean;
  initial: boolean;
  /** In a title-case line, where every word is capitalised. */
  headline: boolean;
  cap: boolean;
  tags: ReadonlySet<string>;
}

interface Mention {
  start: number;
  end: number;
  /** The name as written, without title or possessive. */
  name: string;
  /** Name words, lexKey'd and split (hyphens become separate tokens). */
  parts: string[];
  lex?: LexiconHit;
  /** Kind the form itself shows: a title, a head noun ("Agency", "Sea"). */
  kind?: ActorKind;
  titled: boolean;
  votes: Record<ActorKind, number>;
  /** The kind the noun of an apposition gives ("Addison, a village …"): actor.apposition. */
  apposition?: ActorKind;
  /** Followed by a comma and the region it lies in ("Elizabeth, N.J."): actor.in-region. */
  inRegion?: boolean;
  /** Followed by a noun only a body has ("Zarnex shareholders"): actor.body-noun. */
  bodyNoun?: boolean;
  /** Followed by ", which": a thing or a body, no person (actor.which). */
  which?: boolean;
  /** Opens with a given name ("LaDonna …"). */
  givenFirst?: boolean;
  /** The name fills a quotation of capitalised words: a title ("“Winter Solstice, Camelot Station”"). */
  quotedTitle?: boolean;
  /** The place of a capitals dateline ("NEW YORK (Reuters) -"): actor.dateline. */
  dateline?: boolean;
  /**
   * Place evidence beyond the tagger's guess: compromise's lexicon knows the name as a place, or the text
   * puts it after "in/at/near", after "the town of", or in a dateline.
   */
  placeContext?: boolean;
  /** compromise's lexicon knows the whole name as a place ("York", "Malaysia"), whatever the sentence says. */
  placeName?: boolean;
  /** After a noun that makes it a work ("the show Squawk Box"): actor.work. */
  work?: boolean;
}

const emptyVotes = (): Record<ActorKind, number> => ({ person: 0, organization: 0, place: 0, group: 0 });
const NO_TAGS: ReadonlySet<string> = new Set();
const hasAny = (tags: ReadonlySet<string>, list: readonly string[]) => list.some((t) => tags.has(t));
const low = (s: string) => s.toLowerCase().replace(/\.$/, '');

/** Whether the text before `at` starts a sentence, a heading, a quotation or a dateline body. */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  if (i < 0) return true;
  let c = text[i];
  // an opening quotation mark or bracket starts a sentence when what precedes it could end or break one
  // ("said: “Several ...", ", “We ..."), not inside a phrase (Mugabe's "Blue House")
  const straightOpening = (c === '"' || c === "'") && (i === 0 || /[\s(]/.test(text[i - 1]!));
  if (c === '\u201c' || c === '\u2018' || c === '(' || c === '[' || straightOpening) {
    let j = i - 1;
    while (j >= 0 && /[ \t\u00a0]/.test(text[j]!)) j--;
    return j < 0 || /[\n\r.!?:;,\u2014\u2013-]/.test(text[j]!);
  }
  while (i >= 0 && /["'\u201d\u2019)\]]/.test(text[i]!)) i--;
  if (i < 0) return true;
  c = text[i];
  // a numbered list: "5) Can Sanders ...", "2. The ..."
  if ((c !== undefined && /\d/.test(c)) || (c === '.' && /\d/.test(text[i - 1] ?? ''))) {
    let j = c === '.' ? i - 1 : i;
    const stop = Math.max(-1, j - 4);
    while (j > stop && /\d/.test(text[j]!)) j--;
    if (j < 0 || text[j] === '\n') return true;
  }
  if (c === '\n' || c === '\r' || c === '!' || c === '?' || c === ':' || c === ';' || c === '|' || c === '\u2022')
    return true;
  if ((c === '-' || c === '\u2013' || c === '\u2014') && (i === 0 || /\s/.test(text[i - 1]!))) return true;
  if (c === '.') {
    // "the U.S. Embassy", "Mr. Smith", "Donald J. Trump": an abbreviation's dot does not end a sentence
    let j = i - 1;
    const stop = Math.max(-1, i - 12);
    while (j > stop && /[\p{L}.]/u.test(text[j]!)) j--;
    const w = text.slice(j + 1, i);
    if (ABBREVIATIONS.has(w.toLowerCase()) || DOTTED_ABBREV_RE.test(w) || /^\p{Lu}$/u.test(w)) return false;
    return true;
  }
  return false;
}

/** Lines written in title case ("Indonesia Expands Search For Missing Jet"): their capitals prove nothing. */
function titleCaseLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    // headlines are short and do not end like a sentence
    if (line.length < 160) {
      let long = 0;
      let caps = 0;
      for (const m of line.matchAll(WORD_RE)) {
        if (m[0].length < 4 || HAS_DIGIT_RE.test(m[0])) continue;
        long++;
        if (UPPER_RE.test(m[0])) caps++;
      }
      if (long >= 3 && caps / long >= 0.8) out.push([lineStart, lineEnd]);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function scanWords(parsed: ParsedText): Word[] {
  const { text } = parsed;
  const tokens = parsed.sentences.flatMap((s) => s.tokens);
  const headlines = titleCaseLines(text);
  let h = 0;
  let t = 0;
  const words: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index ?? 0;
    let raw = m[0];
    if (raw.length > MAX_WORD_CHARS) continue; // no name is one 60-letter word; keeps the work below linear
    let end = start + raw.length;
    // keep the dot of "U.S.", "Mr.", "J." (an initial) inside the word
    if (
      text[end] === '.' &&
      (DOTTED_ABBREV_RE.test(raw) || ABBREVIATIONS.has(raw.toLowerCase()) || /^\p{Lu}$/u.test(raw))
    ) {
      end++;
      raw += '.';
    }
    let wordStart = start;
    // "London-based", "al-Qaeda-linked", "anti-Trump": the name is the capitalised part
    if (raw.includes('-')) {
      const parts = raw.split('-');
      let a = 0;
      let b = parts.length;
      while (
        a < b - 1 &&
        ((/^\p{Ll}/u.test(parts[a]!) && !NAME_PARTICLES.has(parts[a]!)) ||
          HYPHEN_PREFIXES.has(parts[a]!.toLowerCase())) &&
        /^\p{Lu}/u.test(parts[a + 1]!)
      )
        a++;
      // a lower-case tail that is an ordinary word ("based", "led", "backed") is not part of the name; one that
      // is not ("Lee Jae-myung", "Kim Yong-hyun") is
      while (
        b - 1 > a &&
        /^\p{Ll}+$/u.test(parts[b - 1]!) &&
        ordinaryTail(parts[b - 1]!) &&
        /\p{Lu}/u.test(parts.slice(a, b - 1).join(''))
      )
        b--;
      if (a > 0 || b < parts.length) {
        const head = parts.slice(0, a).join('-');
        wordStart = start + (a > 0 ? head.length + 1 : 0);
        raw = parts.slice(a, b).join('-');
        end = wordStart + raw.length;
      }
    }
    const possessive = POSSESSIVE_RE.test(raw) && UPPER_RE.test(raw);
    const nameEnd = possessive ? end - 2 : end;
    while (t < tokens.length && tokens[t]!.end <= start) t++;
    let tags: ReadonlySet<string> = NO_TAGS;
    if (t < tokens.length && tokens[t]!.start < end) {
      // one compromise token for most words: share its tag set; hyphenated words span several
      if (t + 1 >= tokens.length || tokens[t + 1]!.start >= end) tags = tokens[t]!.tags;
      else {
        const union = new Set<string>();
        for (let k = t; k < tokens.length && tokens[k]!.start < end; k++) for (const g of tokens[k]!.tags) union.add(g);
        tags = union;
      }
    }
    while (h < headlines.length && headlines[h]![1] < start) h++;
    const inHeadline = h < headlines.length && headlines[h]![0] <= start && start < headlines[h]![1];
    const first = raw.charCodeAt(2) === 45 ? raw.replace(/^(?:al|el)-/, '') : raw;
    const cap = UPPER_RE.test(first);
    words.push({
      start: wordStart,
      end: nameEnd,
      text: text.slice(wordStart, nameEnd),
      possessive,
      initial: cap && (inHeadline || startsSentence(text, wordStart)),
      headline: inHeadline,
      cap,
      tags,
    });
  }
  return words;
}

/** The separator between two words allows them in one name: a single space. */
const joined = (text: string, a: Word, b: Word) => {
  // "Riverside County Sheriff's Department", "U.S. Attorney's Office", "Prime Minister's Office": a role's
  // possessive before an organisation's head noun is inside the name (not "Netanyahu's Office": a person's)
  if (a.possessive) {
    const role = isTitle(a.text) || plainWord(a.text);
    if (!role || !b.cap || !ORG_HEADS.has(low(b.text)) || hasAny(a.tags, PERSON_TAGS) || givenName(a)) return false;
    return /^['\u2019]s[ \u00a0]$/.test(text.slice(a.end, b.start));
  }
  // "into the U.S. They will ...": the abbreviation's dot also ends the sentence
  if (a.text.endsWith('.') && b.cap) {
    const l = low(b.text);
    if (NON_NAME_WORDS.has(l) || l.endsWith('ly')) return false;
    const tags = lexiconTags(l);
    if (tags.length > 0 && !tags.some(isNamedTag)) return false;
  }
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '\u00a0';
};

/**
 * The lower-case tail of a hyphenated word that makes it an ordinary compound ("London-based", "Saudi-led"), not
 * a given name's second syllable: "Sang-min" and "Jae-in" end in an abbreviation and a preposition to compromise.
 */
const ordinaryTail = (raw: string): boolean =>
  COMPOUND_TAILS.has(raw) ||
  (plainWord(raw) && !lexiconTags(low(raw)).some((g) => g === 'Abbreviation' || g === 'Preposition'));

/** A word compromise's lexicon knows only as an ordinary word ("food", "drink"), not as a name. */
const plainWord = (raw: string): boolean => {
  const tags = lexiconTags(low(raw));
  return tags.length > 0 && !tags.some(isNamedTag);
};

/** "Hollis & Grant": two capitalised words around a spaced ampersand, at least one of them no ordinary word. */
const ampersandJoin = (text: string, a: Word, b: Word, c: Word | undefined): boolean =>
  !a.possessive &&
  a.cap &&
  b.cap &&
  !a.headline &&
  text.slice(a.end, b.start) === ' & ' &&
  !(plainWord(a.text) && plainWord(b.text)) &&
  // "Jim & Sarah Brady", "Rudy Giuliani & Sen. Jeff Sessions": a second person, not one firm
  !isTitle(b.text) &&
  !(givenName(b) && c?.cap && joined(text, b, c));
const givenName = (w: Word) => hasAny(w.tags, GIVEN_NAME_TAGS) || knownGivenName(low(w.text));

/** A name run that holds a spaced ampersand: one firm ("Procter & Gamble"). */
const isAmpersandName = (text: string, ws: Word[]): boolean =>
  ws.some((w, k) => k > 0 && text.slice(ws[k - 1]!.end, w.start) === ' & ');

/** Words after "and" that name something by themselves: a known name or place, or a given name opening them. */
const ownName = (ws: Word[], text: string): boolean =>
  !!lexLookup(ws, text) || knownPlace(ws) || (givenName(ws[0]!) && ws.length > 1);

/** Scans of the whole text for a name before "and" (standsAlone), at most: keeps hostile input linear. */
const MAX_ALONE_SCANS = 40;

/**
 * The name before "and" is written elsewhere in the text on its own ("Gannett" in "such as Gannett,"): mid-sentence
 * after a lower-case word or a comma, not followed by "and", "&" or another capitalised word.
 */
function standsAlone(run: Word[], text: string, scans: { n: number }): boolean {
  const from = run.findIndex((w) => !NON_NAME_WORDS.has(low(w.text)));
  if (from < 0 || scans.n >= MAX_ALONE_SCANS) return false;
  scans.n++;
  const name = text.slice(run[from]!.start, run[run.length - 1]!.end);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    `(?<=[\\p{Ll}\\p{N},;][ \u00a0]|\\()${escaped}(?![\\p{L}\\p{N}]|\\s+(?:and|&)\\s|\\s+\\p{Lu})`,
    'u',
  );
  return re.test(text);
}

/** Runs of capitalised words (with particles and connectors inside) that may be names. */
function chunks(text: string, words: Word[]): Word[][] {
  const out: Word[][] = [];
  const scans = { n: 0 };
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    const particleStart =
      !w.cap &&
      NAME_PARTICLES.has(w.text) &&
      i + 1 < words.length &&
      words[i + 1]!.cap &&
      joined(text, w, words[i + 1]!);
    if (!w.cap && !particleStart) {
      i++;
      continue;
    }
    const run: Word[] = [w];
    let j = i + 1;
    let inComplement = false;
    while (j < words.length && run.length < MAX_NAME_WORDS) {
      const x = words[j]!;
      if (!joined(text, run[run.length - 1]!, x)) {
        // "Hollis & Grant", "Johnson & Johnson": a firm's name; not "Food & Drink" (page sections)
        if (!ampersandJoin(text, run[run.length - 1]!, x, words[j + 1])) break;
        run.push(x);
        j++;
        continue;
      }
      if (x.cap) {
        run.push(x);
        j++;
        continue;
      }
      const lx = x.text.toLowerCase();
      // lower-case particle or connector followed by a capitalised word (possibly "of the X")
      let k = j;
      const between: Word[] = [];
      while (
        k < words.length &&
        !words[k]!.cap &&
        between.length < 2 &&
        joined(text, k === j ? run[run.length - 1]! : words[k - 1]!, words[k]!)
      ) {
        between.push(words[k]!);
        k++;
      }
      if (k >= words.length || !words[k]!.cap || !joined(text, words[k - 1]!, words[k]!)) break;
      if (NAME_PARTICLES.has(lx) && between.length === 1) {
        run.push(...between);
        j = k;
        continue;
      }
      if (!between.every((b) => NAME_CONNECTORS.has(b.text.toLowerCase()))) break;
      const left = run.map((r) => low(r.text));
      const ofLike = lx !== 'and';
      // "Bank of England", "Secretary of State", but not "Senator Elizabeth Warren of Massachusetts"
      const leftHasHead =
        left.some((l) => ORG_HEADS.has(l) || PLACE_HEADS.has(l)) || TITLE_WORDS.has(left[left.length - 1]!);
      let ok = false;
      if (ofLike) ok = leftHasHead;
      else {
        // "World Travel and Tourism Council", "Center for Health and Human Rights"
        let e = k;
        while (
          e + 1 < words.length &&
          e - k < MAX_NAME_WORDS &&
          words[e + 1]!.cap &&
          joined(text, words[e]!, words[e + 1]!)
        )
          e++;
        ok = inComplement || (ORG_HEADS.has(low(words[e]!.text)) && !ORG_HEADS.has(left[left.length - 1]!));
        // "Corps of Engineers and North Dakota", "Homeland Security and Alex Azar", "Gannett and GateHouse Media":
        // two names joined, when what follows "and" is a name of its own or what comes before stands alone elsewhere
        if (ok && (ownName(words.slice(k, e + 1), text) || standsAlone(run, text, scans))) ok = false;
      }
      if (!ok) break;
      if (ofLike) inComplement = true;
      run.push(...between);
      j = k;
    }
    out.push(run);
    i = j;
  }
  return out;
}

interface Context {
  text: string;
  words: Word[];
  capNonInitial: Set<string>;
  /** Two capitalised words in one name run, written so after the first word of a sentence ("Whole Foods"). */
  capPairs: Set<string>;
  /** Lower-cased forms of capitalised, not all-capitals words ("Jakarta" for "JAKARTA"). */
  capLower: Set<string>;
  lowerWords: Set<string>;
  /** Words that close a name opened by a given name ("Reed" in "Michael Reed"): a surname, not a common noun. */
  surnames: Set<string>;
}

/** Word classes that, in a line set in capitals, are the word itself and not an acronym ("WHO", "IS", "AT"). */
const SHOUTED_NOT_ACRONYM: ReadonlySet<string> = new Set([
  'QuestionWord',
  'Copula',
  'Modal',
  'Auxiliary',
  'Preposition',
  'Conjunction',
  'Determiner',
]);

/** Small words a title keeps in lower case ("Fire and Fury", "Sea of Thieves"). */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'at', 'for', 'to']);

/**
 * The name [start, end) lies in a quotation that holds nothing but capitalised words (and a title's small words
 * and commas): “Winter Solstice, Camelot Station”, “Wild Rose Country”. Eight words at most.
 */
function quotedTitle(text: string, start: number, end: number): boolean {
  const open = /[\u201C"]\s*$/.exec(text.slice(Math.max(0, start - 80), start));
  const close = /^\s*[,.]?[\u201D"]/.exec(text.slice(end, end + 80));
  let a = start;
  let b = end;
  if (!open || !close) {
    // the name may be one of several in the quotation: read out to the marks
    const left = text.lastIndexOf('\u201C', start);
    const right = text.indexOf('\u201D', end);
    if (left < 0 || right < 0 || start - left > 80 || right - end > 80) return false;
    a = left + 1;
    b = right;
  } else {
    a = start - open[0].length + 1;
    b = end + close[0].length - 1;
  }
  const inside = text.slice(a, b).replace(/[,.]$/, '');
  if (/[\u201C\u201D"\n]/.test(inside)) return false;
  const words = inside.split(/[\s,]+/).filter(Boolean);
  return (
    words.length >= 2 &&
    words.length <= 8 &&
    words.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w)) &&
    /^\p{Lu}/u.test(words[0]!)
  );
}

/**
 * "WHO IS THE FRONT-RUNNER?": in a line set in capitals (three words or more, four in five of them all capitals), a
 * word compromise knows as a question word, a verb or a function word is that word, not an acronym ("US" and "IT",
 * pronouns, stay readable as names); a question word only in a question ("WHO WARNS OF NEW VIRUS" is the
 * organisation). `w` is written in capitals; `lower` is its lower-case form.
 */
function shoutedFunctionWord(text: string, w: Word, lower: string): boolean {
  const tags = lexiconTags(lower);
  if (!tags.some((g) => SHOUTED_NOT_ACRONYM.has(g)) || tags.some(isNamedTag)) return false;
  const from = text.lastIndexOf('\n', w.start) + 1;
  const to = text.indexOf('\n', w.end);
  const line = text.slice(from, to < 0 ? text.length : to);
  const words = line.match(/\p{L}{2,}/gu) ?? [];
  const caps = words.filter((x) => x === x.toUpperCase()).length;
  if (words.length < 3 || caps < 0.8 * words.length) return false;
  return !tags.includes('QuestionWord') || /\?\s*$/.test(line);
}

/** The lexicon entry a stretch of text names; acronyms ("IS", "WHO") only when written in capitals. */
function lexWord(raw: string): LexiconHit | undefined {
  const key = lexKey(raw);
  if (ACRONYM_KEYS.has(key) && !ALL_CAPS_RE.test(raw)) return undefined;
  return LEXICON_INDEX.get(key);
}

const lexLookup = (ws: Word[], text: string): LexiconHit | undefined =>
  lexWord(text.slice(ws[0]!.start, ws[ws.length - 1]!.end));

const namedWord = (w: Word) => hasAny(w.tags, PERSON_TAGS) || hasAny(w.tags, PLACE_TAGS) || w.tags.has('Organization');
const isNamedTag = (g: string) => PERSON_TAGS.includes(g) || PLACE_TAGS.includes(g) || g === 'Organization';

/** Whether a word at a sentence start is still a name (it is known, or capitalised elsewhere mid-sentence). */
function nameEvidence(w: Word, ctx: Context): boolean {
  if (lexWord(w.text)) return true;
  if (ctx.capNonInitial.has(w.text)) return true;
  const known = lexiconTags(lexKey(w.text));
  if (known.some(isNamedTag)) return true;
  if (hasAny(w.tags, NON_NAME_TAGS)) return false;
  return hasAny(w.tags, PERSON_TAGS) || hasAny(w.tags, PLACE_TAGS) || w.tags.has('Organization');
}

/** Drop words that only look like names because of their position, and words that are never names. */
function trimChunk(run: Word[], ctx: Context): Word[][] {
  // split at months, weekdays and the like
  const pieces: Word[][] = [];
  let cur: Word[] = [];
  // "NEW YORK (Reuters) -": the words of a capitals dateline are one place, short or long, if one of them is no
  // ordinary word ("BREAKING NEWS —" is a heading)
  const datelineEnd = run.length > 1 ? capsDatelineEnd(ctx.text, run[0]!.start) : -1;
  if (datelineEnd >= 0) {
    const k = run.findIndex((w) => w.end > datelineEnd);
    const place = k < 0 ? run : run.slice(0, k);
    if (
      place.length > 1 &&
      place[place.length - 1]!.end === datelineEnd &&
      !place.some((w) => HAS_DIGIT_RE.test(w.text)) &&
      !place.every((w) => isDictionaryWord(w, ctx))
    )
      return k < 0 ? [place] : [place, ...trimChunk(run.slice(k), ctx)];
  }
  for (const w of run) {
    const l = low(w.text);
    // "Tue Dec 30": a short month or weekday before a number or another date word
    const after = ctx.text.slice(w.end, w.end + 5);
    const dateAbbrev = DATE_ABBREVIATIONS.has(l) && DATE_FOLLOWER_RE.test(after);
    // "STR/AFP", "DESMOND KWANDE/ AFP": an unknown code in a photo credit
    const creditCode = ctx.text[w.end] === '/' && w.text.length <= 4 && ALL_CAPS_RE.test(w.text) && !lexWord(w.text);
    const shoutedWord = ALL_CAPS_RE.test(w.text) && shoutedFunctionWord(ctx.text, w, l);
    // "RESIGNS After Vote The International ...": an all-capitals heading glued to a mixed-case name
    const prevWord = cur[cur.length - 1];
    const capsBreak = prevWord !== undefined && longCaps(prevWord) !== longCaps(w);
    if (capsBreak) {
      pieces.push(cur);
      cur = [];
    }
    if (
      (NOT_NAMES.has(l) && !surnameHere(cur, w)) ||
      shoutedWord ||
      CONTRACTION_RE.test(w.text) ||
      HAS_DIGIT_RE.test(w.text) ||
      dateAbbrev ||
      creditCode ||
      PARTY_STATE_RE.test(w.text) ||
      (cur.length > 0 && !ALL_CAPS_RE.test(w.text) && !lexWord(w.text) && closedClass(l) && !surnameHere(cur, w))
    ) {
      if (cur.length) pieces.push(cur);
      cur = [];
    } else cur.push(w);
  }
  if (cur.length) pieces.push(cur);
  const out: Word[][] = [];
  for (let p of pieces) {
    while (p.length > 0) {
      const w = p[0]!;
      const l = low(w.text);
      if (!w.cap || NAME_CONNECTORS.has(l)) {
        if (NAME_PARTICLES.has(l) && p.length > 1) break;
        p = p.slice(1);
        continue;
      }
      if (NON_NAME_WORDS.has(l) && !lexWord(w.text)) {
        p = p.slice(1);
        continue;
      }
      if (w.initial && !lexLookup(p, ctx.text)) {
        // "New York": compromise knows the pair as one name
        // "Whole Foods": the text writes the pair mid-sentence too, where its capitals do prove a name
        const pairNamed =
          p.length > 1 &&
          (lexiconTags(lexKey(`${w.text} ${p[1]!.text}`)).some(isNamedTag) ||
            ctx.capPairs.has(`${w.text} ${p[1]!.text}`));
        // "River town weighs ...": a lone head noun, capitalised elsewhere only inside a name ("Severn River")
        const loneHead = p.length === 1 && (ORG_HEADS.has(l) || PLACE_HEADS.has(l)) && !lexiconTags(l).some(isNamedTag);
        const known = !loneHead && (pairNamed || nameEvidence(w, ctx));
        // a word compromise's lexicon knows as something other than a name ("Later", "Under", "Despite")
        const commonWord = !pairNamed && !lexWord(w.text) && isDictionaryWord(w, ctx);
        if (commonWord || (!known && (p.length === 1 || hasAny(w.tags, NON_NAME_TAGS)))) {
          p = p.slice(1);
          continue;
        }
      }
      break;
    }
    // trailing connectors, and words compromise reads as verbs, pronouns, adverbs ("Donald Trump Is", "U.S. They")
    while (
      p.length > 0 &&
      (NAME_CONNECTORS.has(p[p.length - 1]!.text) || !p[p.length - 1]!.cap || notNameWord(p[p.length - 1]!))
    )
      p = p.slice(0, -1);
    // "Endorses Hillary Clinton" in a heading
    while (p.length > 1 && notNameWord(p[0]!)) p = p.slice(1);
    // "Malaysia Airlines Flight", "Hamas Spokesman": a role or vehicle word after a name is not part of it
    while (p.length > 1 && TRAILING_ROLES.has(low(p[p.length - 1]!.text))) p = p.slice(0, -1);
    // "a Virginia Republican", "Kent County Democrat": a party's member after a place is no part of its name
    while (
      p.length > 1 &&
      PARTY_MEMBER_NOUNS.has(low(p[p.length - 1]!.text)) &&
      (hasAny(p[p.length - 2]!.tags, PLACE_TAGS) ||
        Object.hasOwn(STATE_ABBREVIATIONS, low(p[p.length - 2]!.text)) ||
        low(p[p.length - 2]!.text) === 'county')
    )
      p = p.slice(0, -1);
    if (p.length > 0 && VEHICLE_PREFIXES.has(p[0]!.text)) continue;
    if (p.length > 1) {
      const lastWord = p[p.length - 1]!.text;
      const head = ROMAN_NUMERALS.has(lastWord) ? p[p.length - 2]!.text : lastWord;
      if (EVENT_HEADS.has(head.toLowerCase()) && !lexLookup(p, ctx.text)) continue;
    }
    // an all-capitals run ("FOUL PLAY SEEN") is a heading unless its words are known names
    if (p.length > 1 && p.every((w) => ALL_CAPS_RE.test(w.text)) && !lexLookup(p, ctx.text)) {
      const known = p.every(
        (w) =>
          w.text.length <= 3 ||
          hasAny(w.tags, PLACE_TAGS) ||
          hasAny(w.tags, PERSON_TAGS) ||
          ctx.capLower.has(w.text.toLowerCase()),
      );
      if (!known) continue;
    }
    if (p.length === 0) continue;
    if (p.some((w) => w.headline) && !lexLookup(p, ctx.text)) {
      // in a title-case line every word must vouch for itself
      let cur: Word[] = [];
      for (const w of p) {
        if (nameEvidence(w, ctx) && !NON_NAME_WORDS.has(low(w.text))) cur.push(w);
        else {
          if (cur.length) out.push(cur);
          cur = [];
        }
      }
      if (cur.length) out.push(cur);
      continue;
    }
    out.push(p);
  }
  return out;
}

function makeMention(ws: Word[], ctx: Context, extra: Partial<Mention>): Mention {
  const start = ws[0]!.start;
  const end = ws[ws.length - 1]!.end;
  const name = ctx.text.slice(start, end);
  return {
    start,
    end,
    name,
    parts: lexKey(name).split(' '),
    titled: false,
    votes: emptyVotes(),
    ...extra,
  };
}

const singular = (w: string) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : w);

const headKind = (ws: Word[]): ActorKind | undefined => {
  const lastRaw = low(ws[ws.length - 1]!.text);
  const last = ORG_HEADS.has(lastRaw) || PLACE_HEADS.has(lastRaw) ? lastRaw : singular(lastRaw);
  if (ws.length >= 2 && ORG_HEADS.has(last)) return 'organization';
  // "University of ...", "Bank of ..."
  for (let i = 0; i + 1 < ws.length; i++)
    if (ORG_HEADS.has(low(ws[i]!.text)) && NAME_CONNECTORS.has(ws[i + 1]!.text) && ws[i + 1]!.text !== 'and')
      return 'organization';
  // "Orange County Register", "Sacramento Bee", "San Diego Union-Tribune": a place's newspaper
  const before = ws.slice(0, -1);
  if (
    before.length > 0 &&
    NEWSPAPER_HEADS.has(lastRaw.split('-').pop()!) &&
    (knownPlace(before) || PLACE_HEADS.has(low(before[before.length - 1]!.text)))
  )
    return 'organization';
  if (ws.length >= 2 && PLACE_HEADS.has(last)) return 'place';
  // "District of Columbia", "Gulf of Mexico", "the Western District of New York": a place's head before "of"
  // (after a title the place is the title's complement, named apart: "Attorney for the Western District of …")
  for (let i = 0; i + 2 < ws.length && !isTitle(ws[i]!.text); i++)
    if (PLACE_HEADS.has(low(ws[i]!.text)) && ws[i + 1]!.text === 'of' && /^\p{Lu}/u.test(ws[i + 2]!.text))
      return 'place';
  return undefined;
};

/** A party's member or members ("Republican", "Democrats"), not the party's own name ("Iowa Republican Party"). */
const partyMember = (hit: LexiconHit, ws: Word[], text: string): boolean =>
  hit.kind === 'organization' &&
  / Party$/.test(hit.canonical) &&
  !/\bParty\b/i.test(text.slice(ws[0]!.start, ws[ws.length - 1]!.end));

/** Words that name a place by themselves, to the lexicon or to compromise ("Iowa", "New Hampshire"). */
const knownPlace = (ws: Word[]): boolean => {
  const raw = ws.map((w) => w.text).join(' ');
  return (
    lexWord(raw)?.kind === 'place' ||
    lexiconTags(lexKey(raw)).some((g) => PLACE_TAGS.includes(g)) ||
    ws.every((w) => hasAny(w.tags, PLACE_TAGS))
  );
};

/** Split one name run into mentions: lexicon entries, titled people, head-noun organisations and places. */
function segment(run: Word[], ctx: Context): Mention[] {
  const whole = lexLookup(run, ctx.text);
  if (whole) return [makeMention(run, ctx, { lex: whole, kind: whole.kind })];
  if (isAmpersandName(ctx.text, run)) return [makeMention(run, ctx, { kind: 'organization' })];
  // "African-American", "Israeli-Americans": a compound of group words is a group
  if (run.length === 1 && run[0]!.text.includes('-')) {
    const parts = run[0]!.text.split('-');
    if (parts.every((x) => lexWord(x)?.kind === 'group')) {
      const canonicalName = run[0]!.text.replace(/s$/, '');
      return [makeMention(run, ctx, { lex: { canonical: canonicalName, kind: 'group' }, kind: 'group' })];
    }
  }
  const hk = headKind(run);
  // a title in a name is a person's, unless it owns the head ("the Prime Minister's Office")
  const titleOwnsHead = run.slice(0, -1).some((w) => w.possessive);
  if (hk && (titleOwnsHead || !run.some((w) => STRONG_TITLES.has(low(w.text)))))
    return [makeMention(run, ctx, { kind: hk })];
  const out: Mention[] = [];
  let residue: Word[] = [];
  const flush = () => {
    if (residue.length === 0) return;
    let r = residue;
    residue = [];
    // "Zimbabwe President Robert Mugabe", "Harvard Professor ...": a title inside splits off what comes before
    for (let k = 1; k + 1 < r.length; k++) {
      const a = low(r[k]!.text);
      const b = low(r[k + 1]!.text);
      // "BART Police Chief Ed Alvarez", "Army Chief ...", "Morton County Sheriff Kyle Kirchmeier": a title after an
      // organisation's or a place's head noun
      const prevHead = low(r[k - 1]!.text);
      const afterBody = isTitle(a) && (ORG_HEADS.has(prevHead) || PLACE_HEADS.has(prevHead)) && k + 2 < r.length;
      // "Australian Federal Police Commissioner …": a head noun that closes a body's name before a title is the
      // body's, not the title's ("Police Commissioner" only when nothing before it names a body with it)
      const closesBody = ORG_HEADS.has(a) && headKind(r.slice(0, k + 1)) === 'organization' && k + 2 < r.length;
      if (STRONG_TITLES.has(a) || (TITLE_WORDS.has(a) && STRONG_TITLES.has(b) && !closesBody) || afterBody) {
        const before = r.slice(0, k);
        if (before.some((w, j) => isTitle(w.text) && !(j === k - 1 && headKind(before) === 'organization'))) break;
        // "FBI Director James Comey", "House Judiciary Committee Chairman ...": keep what comes before only if known
        const beforeKind = headKind(before);
        const known =
          beforeKind ||
          lexLookup(before, ctx.text) ||
          before.every((w) => ALL_CAPS_RE.test(w.text)) ||
          before.some((w) => namedWord(w));
        // (a lone head noun, "Police" in "Police Chief ...", names no body)
        const loneHead = before.length === 1 && ORG_HEADS.has(low(before[0]!.text));
        if (known && !loneHead) out.push(makeMention(before, ctx, { kind: beforeKind }));
        r = r.slice(k);
        break;
      }
    }
    // "National Security Adviser John Bolton", "Disney Chief Executive Bob Iger", "Browns DL Sheldon Richardson": a
    // role word (or a role's capitals) right before a given name that opens a full name ends what came before
    const roleEnd = r.findIndex(
      (w, k) => k >= 1 && k + 1 < r.length && givenName(w) && !givenName(r[k - 1]!) && roleWord(r[k - 1]!.text),
    );
    let roleTitled = false;
    if (roleEnd > 0) {
      const title = r.findIndex((w) => roleWord(w.text));
      const before = r.slice(0, title);
      if (before.length > 0) {
        const beforeKind = headKind(before);
        if (beforeKind || lexLookup(before, ctx.text) || before.some((w) => namedWord(w)))
          out.push(makeMention(before, ctx, { kind: beforeKind }));
      }
      r = r.slice(roleEnd);
      roleTitled = true;
    }
    let titled = roleTitled;
    while (r.length > 0 && isTitle(r[0]!.text)) {
      r = r.slice(1);
      titled = true;
    }
    const connected = r.length > 0 && NAME_CONNECTORS.has(r[0]!.text);
    while (r.length > 0 && NAME_CONNECTORS.has(r[0]!.text)) r = r.slice(1);
    // "the State of New Jersey", "Governor of Texas": a place after "of" is the place, not a titled person
    if (titled && connected && lexiconTags(lexKey(r.map((w) => w.text).join(' '))).some((g) => PLACE_TAGS.includes(g)))
      titled = false;
    // "the U.S. Attorney for the Western District of New York", "the Minister for Foreign Affairs", "Secretary of
    // Defense": a title's complement with no given name or name of a person in it names no person
    if (titled && connected && !r.some((w) => givenName(w) || hasAny(w.tags, PERSON_TAGS))) {
      const named = headKind(r) || knownPlace(r) || lexLookup(r, ctx.text);
      // (a portfolio, "Defense", "Foreign Affairs", is no actor; a body or a place keeps its name; three words or
      // more may hold a name the lists miss: "Speaker of the House Newt Gingrich")
      if (!named && r.length <= 2) return;
      if (named) titled = false;
    }
    if (titled) {
      // "Secretary of State John Kerry": drop the rest of the title
      while (r.length > 1 && (isTitle(r[0]!.text) || NAME_CONNECTORS.has(r[0]!.text))) r = r.slice(1);
      // "Director of Public Prosecution Eva-Marie Persson", "Governor of New Jersey Chris Christie": the title's
      // complement ends where a given name opens the person's name; a known place in it is named too
      const given = connected ? r.findIndex((w, k) => k > 0 && k + 1 < r.length && givenName(w)) : -1;
      if (given > 0) {
        if (knownPlace(r.slice(0, given))) out.push(makeMention(r.slice(0, given), ctx, {}));
        r = r.slice(given);
      }
    }
    if (r.length === 0) return;
    const hk2 = headKind(r);
    // "Full Article", "Jet Crash": ordinary dictionary words, capitalised as page furniture, are no name
    if (!hk2 && !titled && r.every((w) => isDictionaryWord(w, ctx))) return;
    if (hk2 && !titled) out.push(makeMention(r, ctx, { kind: hk2 }));
    else out.push(makeMention(r, ctx, { titled, kind: titled ? 'person' : undefined }));
  };
  let i = 0;
  while (i < run.length) {
    let hit: LexiconHit | undefined;
    let len = 0;
    const firstWord = lexKey(run[i]!.text).split(' ')[0]!;
    const maxWords = LEXICON_FIRST_WORDS.has(firstWord) ? Math.min(LEXICON_MAX_WORDS, run.length - i) : 0;
    for (let n = maxWords; n >= 1; n--) {
      const h = lexLookup(run.slice(i, i + n), ctx.text);
      if (h) {
        hit = h;
        len = n;
        break;
      }
    }
    // "Iowa Republican", "New Jersey Democrats": a party's member after a place is the place and the party
    if (hit && residue.length > 0 && partyMember(hit, run.slice(i, i + len), ctx.text) && knownPlace(residue)) {
      flush();
      out.push(makeMention(run.slice(i, i + len), ctx, { lex: hit, kind: hit.kind }));
      i += len;
      continue;
    }
    // a lexicon word inside a longer unknown name ("Washington" in "George Washington Carver") stays in the name,
    // unless it comes first ("Zimbabwe President ...", "Tunisian Prime Minister ...") or the rest is a title
    if (hit && (residue.length === 0 || residue.every((w) => isTitle(w.text)))) {
      const nextIsName = i + len < run.length;
      const opensName = hit.kind === 'place' || hit.kind === 'group';
      if (opensName && nextIsName && residue.length === 0 && !isTitle(run[i + len]!.text)) {
        // "Indonesia AirAsia", "Christian Science Monitor": a place or group word opening an unknown name is part of it
        const rest = run.slice(i + len);
        // (a person after a title is not inside the name: "American Federation of … Employees President J. Cox")
        const titleAt = rest.findIndex((w) => isTitle(w.text));
        const personAfter = (titleAt < 0 ? rest : rest.slice(0, titleAt)).some((w) => hasAny(w.tags, PERSON_TAGS));
        // ("West Chester", "North Charleston": a compass word opens a place's name whatever the rest looks like)
        const compass = len === 1 && DIRECTION_WORDS.has(low(run[i]!.text)) && rest.length === 1;
        if ((!personAfter || compass) && !lexLookup(rest, ctx.text) && !rest.every((w) => lexWord(w.text))) {
          residue.push(...run.slice(i, i + len));
          i += len;
          continue;
        }
      }
      flush();
      out.push(makeMention(run.slice(i, i + len), ctx, { lex: hit, kind: hit.kind }));
      i += len;
      continue;
    }
    residue.push(run[i]!);
    i++;
  }
  flush();
  return out;
}

/**
 * The phrase set off by a comma from word k on, closed by punctuation before any verb, names an occupation
 * ("research director of gaming at IDC", "a senior analyst"): compromise tags such nouns `Actor`.
 */
function occupationApposition(ctx: Context, k: number): boolean {
  let occupation = false;
  for (let j = k; j < ctx.words.length && j < k + 14; j++) {
    const w = ctx.words[j]!;
    if (j > k && /[,;:.()\u2014\u2013]|\s-\s/.test(ctx.text.slice(ctx.words[j - 1]!.end, w.start))) return occupation;
    if (j === k && /^(?:who|whose|which|that|where|when)$/i.test(w.text)) return false;
    // (an apposition opens with its noun phrase, not "as education secretary"; a list is no apposition:
    // "Medicare, Medicaid and caretakers")
    if ((j === k && w.tags.has('Preposition')) || w.tags.has('Conjunction')) return false;
    // (the occupation is the phrase's head, before any "of" or "at": not "Connecticut, home of … editor …")
    const inName = ctx.words[j - 1]?.cap === true && ctx.words[j + 1]?.cap === true; // "Department of Health"
    if (!occupation && j > k && w.tags.has('Preposition') && !inName) return false;
    // (a clause, not a phrase: "In a new report in BMJ Case Reports, the man had suffered …")
    // ("research director", "director of gaming": a bare form opening a compound or an -ing form after a
    // preposition is no verb of its own; "Passengers, fictional astronauts get put …" is a clause)
    const prev = j > k ? ctx.words[j - 1]! : undefined;
    const inPhrase =
      (hasAny(w.tags, ['Infinitive', 'Imperative']) && (!prev || hasAny(prev.tags, ['Determiner', 'Adjective']))) ||
      (w.tags.has('Gerund') && !!prev && prev.tags.has('Preposition'));
    if (w.tags.has('Verb') && !w.tags.has('Noun') && !inPhrase) return false;
    if (!w.cap && w.tags.has('Actor') && !w.tags.has('Organization')) occupation = true;
  }
  return false;
}

function vote(m: Mention, ctx: Context, index: Map<number, number>) {
  const wi = index.get(m.start);
  if (wi === undefined) return;
  const ws: Word[] = [];
  for (let k = wi; k < ctx.words.length && ctx.words[k]!.start < m.end; k++) ws.push(ctx.words[k]!);
  const last = ws[ws.length - 1]!;
  const prev = wi > 0 ? ctx.words[wi - 1] : undefined;
  const next = ctx.words[wi + ws.length];
  // compromise tags "Trump administration", "Netanyahu's office" as one organisation: the name is not one
  const orgSpillsOver = next && !next.cap && next.tags.has('Organization');
  // what compromise's lexicon says of the whole name ("egypt" -> Country), whatever the sentence made of it
  const known = lexiconTags(m.parts.join(' '));
  // (the lexicon speaks of the name, not of this use of it: "York said" after "Kate York" is still hers)
  if (known.some((g) => PLACE_TAGS.includes(g))) {
    m.votes.place += 3;
    m.placeName = true;
  }
  if (known.some((g) => PERSON_TAGS.includes(g))) m.votes.person += 1;
  if (known.includes('Organization')) m.votes.organization += 2;
  // "Gallup Korea", "Yahoo Japan": a country after a word that is no place is a company's national arm
  const lastKnown = ws.length === 2 && !ws[0]!.text.endsWith('.') ? lexiconTags(low(last.text)) : [];
  if (
    lastKnown.includes('Country') &&
    known.length === 0 &&
    !hasAny(ws[0]!.tags, [...PLACE_TAGS, 'Adjective']) &&
    !lexiconTags(low(ws[0]!.text)).some((g) => PLACE_TAGS.includes(g)) &&
    !DIRECTION_WORDS.has(low(ws[0]!.text))
  )
    m.votes.organization += 5;
  for (const w of ws) {
    if (hasAny(w.tags, PERSON_TAGS)) m.votes.person += 1;
    if (hasAny(w.tags, PLACE_TAGS)) m.votes.place += w.tags.has('Country') || w.tags.has('City') ? 2 : 1;
    if (w.tags.has('Organization') && !orgSpillsOver && !w.possessive) m.votes.organization += 1;
  }
  const gapBefore = prev ? ctx.text.slice(prev.end, m.start) : '';
  if (prev && /^\s+$/.test(gapBefore)) {
    const p = prev.text.toLowerCase();
    // "at Mugabe's compound": the preposition governs what the name owns, not the name
    if (PLACE_PREPOSITIONS.has(p) && !last.possessive) {
      m.votes.place += 2;
      // ("no comment from Assange": "from" also names a source, so it does not part a surname from its person)
      if (p !== 'from') m.placeContext = true;
    }
    // "the town of Marlow Bend", "the mayor of Tulsa", "residents of Gaza"
    const before = wi > 1 ? ctx.words[wi - 2] : undefined;
    if (
      p === 'of' &&
      !last.possessive &&
      !/['\u2019]/.test(ctx.text[last.end] ?? '') &&
      before &&
      OF_PLACE_NOUNS.has(before.text.toLowerCase()) &&
      /^\s+$/.test(ctx.text.slice(before.end, prev.start))
    ) {
      m.votes.place += 3;
      m.placeContext = true;
    }
    if (REPORT_VERBS.has(p)) m.votes.person += 1;
    // "the Italian newspaper La Stampa", "the group Zarnex": the article's own noun for the name, before it;
    // "the show Squawk Box", "the book Fire and Fury": a work, no actor
    const leadingNoun = !prev.cap && !prev.tags.has('Verb');
    if (leadingNoun && LEADING_ORG_NOUNS.has(p) && !givenName(ws[0]!)) m.votes.organization += 4;
    if (leadingNoun && WORK_NOUNS.has(p)) m.work = true;
  }
  // "a poem called “Winter Solstice, Camelot Station”": a quotation of nothing but a capitalised name is a title
  // (not a person's name quoted: "“Hillary Clinton,” he said")
  if (!m.lex && !hasAny(last.tags, PERSON_TAGS) && quotedTitle(ctx.text, m.start, m.end)) m.quotedTitle = true;
  if (next && !last.possessive) {
    const gap = ctx.text.slice(last.end, next.start);
    const n = next.text.toLowerCase();
    if (/^\s+$/.test(gap) && REPORT_VERBS.has(n)) m.votes.person += 1;
    if (/^\s+$/.test(gap) && ORG_FOLLOWERS.has(n)) m.votes.organization += 2;
    if (/^\s+$/.test(gap) && PERSON_FOLLOWERS.has(n)) m.votes.person += 2;
    if (/^\s+$/.test(gap) && PLACE_FOLLOWERS.has(next.text)) {
      m.votes.place += 6;
      m.placeContext = true;
    }
    if (/^\s*[,\u2014\u2013]\s*(?:who|whose)\b/.test(ctx.text.slice(last.end, last.end + 10))) m.votes.person += 2;
    // "Lewis Ward, research director of gaming at IDC, sees …": an apposition naming an occupation describes a person
    // (not a name after "of": "Lisa Song of InsideClimate, winners of …" describes the people)
    if (/^,\s+$/.test(gap) && low(prev?.text ?? '') !== 'of' && occupationApposition(ctx, wi + ws.length))
      m.votes.person += 3;
    if (/^,\s+which\b/.test(ctx.text.slice(last.end, last.end + 10))) m.which = true;
    // "Whole Foods stores", "Yahoo shareholders": not after a place's name ("Asian shares", "Texas customers")
    if (
      /^\s+$/.test(gap) &&
      BODY_NOUNS.has(n) &&
      !known.some((g) => PLACE_TAGS.includes(g)) &&
      !ws.some((w) => hasAny(w.tags, PLACE_TAGS) || knownPlaceName(w.text))
    )
      m.bodyNoun = true;
  }
  // "Dylann Roof", "Ana Ruiz": a run of capitalised words is a person's name when it opens with a word that is
  // not an ordinary word or a place ("New Jersey", "National Archive", "South Carolina Public Radio" are not)
  if (
    ws.length >= 2 &&
    ws.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) || NAME_PARTICLES.has(w.text)) &&
    !isDictionaryWord(ws[0]!, ctx) &&
    !hasAny(ws[0]!.tags, PLACE_TAGS)
  )
    m.votes.person += 1;
  // "Take-Two Interactive", "Kotak Institutional Equities", "Tequila Works": a name read as a person's only from
  // its shape, closed by a word the lexicon or the tagger reads as an adjective or a plural (or that ends like one:
  // -ive, -ies, -ics, -ous), with no given name, surname or nationality in it, is a body's
  const tail = ws[ws.length - 1]!;
  const tailTags = lexiconTags(low(tail.text));
  if (
    m.votes.person > 0 &&
    m.votes.place === 0 &&
    ws.length >= 2 &&
    !tail.possessive &&
    (hasAny(tail.tags, ['Adjective', 'Plural']) ||
      tailTags.some((g) => g === 'Adjective' || g === 'Plural') ||
      /(?:ive|ies|ics|ous)$/.test(low(tail.text))) &&
    !ws.some((w) => w.tags.has('Demonym') || /(?:ern|ans?)$/.test(low(w.text)) || /^\p{Lu}\.$/u.test(w.text)) &&
    !hasAny(tail.tags, PERSON_TAGS) &&
    !tailTags.some(isNamedTag) &&
    !ctx.surnames.has(tail.text) &&
    !hasAny(ws[0]!.tags, PERSON_TAGS)
  )
    m.votes.organization += 3;
  // "the Ann Arbor-based Center", "a London-based firm": the name before "-based" is a place
  if (/^-(?:based|headquartered)\b/.test(ctx.text.slice(m.end, m.end + 20))) {
    m.votes.place += 4;
    m.placeContext = true;
  }
  // a dateline: "JAKARTA (Reuters) -", "CAIRO —" at the start of a line
  const lineStart = m.start === 0 || ctx.text[m.start - 1] === '\n';
  if (lineStart && DATELINE_RE.test(ctx.text.slice(m.end, m.end + 40))) {
    m.votes.place += 4;
    m.placeContext = true;
  }
  m.givenFirst = givenName(ws[0]!);
  if (!last.possessive) m.inRegion = inRegion(ctx.text, m.end);
  // (not the tail of a name the run cut at a short lower-case particle: "Braunau am Inn, a town")
  if (!last.possessive && !/\p{Lu}\p{L}*\s\p{Ll}{1,3}\s$/u.test(ctx.text.slice(Math.max(0, m.start - 30), m.start)))
    m.apposition = appositionKind(ctx.text, m.end);
  if (capsDatelineEnd(ctx.text, m.start) === m.end) {
    m.dateline = true;
    m.placeContext = true;
  }
}

/** Nouns written after a name that only a company or body has: its shareholders, staff, stores. */
const BODY_NOUNS: ReadonlySet<string> = new Set(
  'shareholders stockholders employees staffers executives stores outlets subscribers customers shoppers'.split(' '),
);

/** ", N.J.", ", Calif.,", ", Texas,": a comma, one or two capitalised words and what may follow a place. */
const REGION_RE =
  /^,[ \u00a0](\p{Lu}[\p{L}.]*\.|\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)?)(?=[,;:)]|[ \u00a0]+(\p{Ll}+)\b|[ \u00a0]+\p{Lu}(?<=\.[ \u00a0]+\p{Lu})|\s*\n|\s*$)/u;

/**
 * "a train station in Elizabeth, N.J.", "Linden, Texas, where …": a name followed by a comma and a state or
 * country (a known place, initials with dots, a clipped word with a dot) names a place in it.
 */
function inRegion(text: string, end: number): boolean {
  const m = REGION_RE.exec(text.slice(end, end + 40));
  if (!m) return false;
  const region = m[1]!;
  if (isTitle(region)) return false;
  // "…, Tunisia country director": a noun after the place makes it a modifier of a role, not a region
  const next = m[2];
  if (next && !lexiconTags(next).some((g) => STOP_TAGS.includes(g) || g === 'Copula')) return false;
  if (/^(?:\p{Lu}\.){2,3}$/u.test(region) || /^\p{Lu}\p{Ll}{1,4}\.$/u.test(region)) return true;
  // "Charlotte, NC", "Irving, TX": a state's postal code
  if (/^\p{Lu}{2}$/u.test(region) && Object.hasOwn(STATE_ABBREVIATIONS, region.toLowerCase())) return true;
  return !region.endsWith('.') && knownPlaceName(region);
}

/** ", a Sugar Land-based provider of …": the article and what follows it, after a name. */
const APPOSITION_RE = /^,\s+(?:a|an|the)\s+([^\n]{0,60})/u;
const COMPASS_RE = /^(?:north|south|east|west)(?:east|west)?(?:ern)?$/;
const STOP_TAGS = ['Preposition', 'QuestionWord', 'Determiner', 'Conjunction', 'Adverb'];
/** Most words of an apposition before its head noun: "a Sugar Land-based provider". */
const MAX_APPOSITION_MODIFIERS = 3;

/**
 * "Addison, a village southwest of Ithaca", "InfoNation, a Sugar Land-based provider of data", "Kroger, the
 * grocery chain": the head noun of the apposition that follows a name gives its kind. The head ends the noun
 * phrase: punctuation, a preposition, "which" or a compass word follows, not another noun ("a village elder").
 */
function appositionKind(text: string, end: number): ActorKind | undefined {
  const m = APPOSITION_RE.exec(text.slice(end, end + 80));
  if (!m) return undefined;
  const tokens = m[1]!.match(/[\p{L}-]+|[^\s\p{L}-]/gu) ?? [];
  for (let k = 0; k <= MAX_APPOSITION_MODIFIERS && k < tokens.length; k++) {
    const noun = tokens[k]!;
    if (!/^[\p{L}-]+$/u.test(noun)) return undefined;
    const kind: ActorKind | undefined = APPOSITION_PLACE_NOUNS.has(noun)
      ? 'place'
      : APPOSITION_ORG_NOUNS.has(noun)
        ? 'organization'
        : undefined;
    if (!kind) continue;
    const after = tokens[k + 1];
    if (after === undefined || /^[,;.)\u2014\u2013]$/.test(after)) return kind;
    const l = after.toLowerCase();
    if (COMPASS_RE.test(l) || l === 'based' || l === 'that') return kind;
    return lexiconTags(l).some((g) => STOP_TAGS.includes(g)) ? kind : undefined;
  }
  return undefined;
}

interface Entity {
  mentions: Mention[];
  lex?: LexiconHit;
  kind?: ActorKind;
  /** The kind of the full name a short form of it joined (actor.short-form). */
  shortOf?: ActorKind;
}

/**
 * Of the people a short name may stand for ("Lee": Lee Jae-myung and Lee Sang-min), the one a reader takes at
 * `at`: the most mentioned so far, the later mentioned on a tie; before any of them is named, the first named.
 * A person named once in passing does not take over the name of one the article keeps mentioning.
 */
function salientAt(people: readonly Entity[], at: number): Entity {
  let best = people[0]!;
  let most = -1;
  let latest = -1;
  for (const e of people) {
    let n = 0;
    let last = -1;
    for (const x of e.mentions)
      if (x.start < at) {
        n++;
        last = Math.max(last, x.start);
      }
    if (n > most || (n === most && last > latest)) [best, most, latest] = [e, n, last];
  }
  return best;
}

/** Shortest form of a given name that may stand for a longer one: "Pat" for "Patrick", not "Al" for "Alan". */
const MIN_SHORT_GIVEN = 3;

/**
 * "Pat Carlineo" and "Patrick W. Carlineo": one person, named once by a short form of the given name. A person
 * whose given name opens another's of the same family name joins the other (both provisionally people).
 */
function mergeShortGivenNames(provisional: Map<Entity, ActorKind>) {
  const byFamily = new Map<string, Array<{ e: Entity; given: string }>>();
  for (const [e, kind] of provisional) {
    if (kind !== 'person' || e.mentions.some((x) => x.kind)) continue;
    const ps = personParts(e.mentions[0]!.parts);
    if (ps.length < 2) continue;
    const family = ps[ps.length - 1]!;
    const list = byFamily.get(family) ?? [];
    list.push({ e, given: ps[0]! });
    byFamily.set(family, list);
  }
  for (const list of byFamily.values()) {
    for (const a of list) {
      if (a.given.length < MIN_SHORT_GIVEN || a.e.mentions.length === 0) continue;
      const into = list.find((b) => b.given.length > a.given.length && b.given.startsWith(a.given));
      if (!into || into.e.mentions.length === 0) continue;
      into.e.mentions.push(...a.e.mentions);
      a.e.mentions = [];
    }
  }
}

/**
 * "Whole Foods" and "Whole Foods Market", "New Media" and "New Media Investment Group": a name of two words or more
 * that opens a longer one names the same body; the one mentioned less joins the other. Not a place the short
 * name is ("New York" and "New York University", "Orange County" and its newspaper), nor a person a body is named
 * after ("Dick Clark" and "Dick Clark Productions").
 */
function mergeNamePrefixes(provisional: Map<Entity, ActorKind>) {
  const byName = new Map<string, Entity>();
  for (const [e, kind] of provisional) {
    const m = e.mentions[0];
    if (!m || m.parts.length < 2 || kind === 'person' || m.kind === 'place') continue;
    if (lexiconTags(m.parts.join(' ')).some((g) => PLACE_TAGS.includes(g))) continue;
    if (e.mentions.every((x) => x.parts.join(' ') === m.parts.join(' '))) byName.set(m.parts.join(' '), e);
  }
  for (const [b, kind] of provisional) {
    if (b.mentions.length === 0 || (kind === 'person' && b.mentions.some((x) => x.titled))) continue;
    const x = b.mentions.reduce((l, y) => (y.parts.length > l.parts.length ? y : l));
    for (let k = x.parts.length - 1; k >= 2; k--) {
      const a = byName.get(x.parts.slice(0, k).join(' '));
      if (!a || a === b || a.mentions.length === 0) continue;
      const [from, into] = a.mentions.length > b.mentions.length ? [b, a] : [a, b];
      into.mentions.push(...from.mentions);
      from.mentions = [];
      break;
    }
  }
}

/** An actor's kind and the rule that decided it (lib/rules/actors.ts). */
function resolveKind(e: Entity): { kind: ActorKind; rule: string } {
  if (e.lex) return { kind: e.lex.kind, rule: 'actor.lexicon' };
  if (e.mentions.some((m) => m.titled)) return { kind: 'person', rule: 'actor.title' };
  // "the show Squawk Box", "the book Fire and Fury": a work is no actor (not a name opening with a given name:
  // "the book Hillary Clinton wrote")
  if (
    e.mentions.every((m) => m.quotedTitle) ||
    (e.mentions.some((m) => m.work) && !e.mentions.some((m) => m.givenFirst))
  )
    return { kind: 'organization', rule: 'actor.work' };
  if (e.shortOf) return { kind: e.shortOf, rule: 'actor.short-form' };
  const definite = e.mentions.find((m) => m.kind)?.kind;
  if (definite) return { kind: definite, rule: 'actor.name-shape' };
  // "Addison, a village southwest of Ithaca": the article's own noun for the name
  const apposed = e.mentions.find((m) => m.apposition)?.apposition;
  if (apposed) return { kind: apposed, rule: 'actor.apposition' };
  // "A Virginia voter", "the Georgia delegation": a US state's name standing alone is the state, even where it is
  // also a given name ("Virginia Foxx" has a surname)
  if (e.mentions.every((m) => m.parts.length === 1 && STATE_ABBREVIATIONS[low(m.name)] === low(m.name)))
    return { kind: 'place', rule: 'actor.state-name' };
  // "Elizabeth, N.J.": a name followed by the region it lies in (not a person's: "Elijah Cummings, Md.")
  if (e.mentions.some((m) => m.inRegion) && !e.mentions.some((m) => m.givenFirst && m.parts.length > 1))
    return { kind: 'place', rule: 'actor.in-region' };
  // "Yahoo shareholders", "Whole Foods stores": a noun only a body has, after the name
  if (e.mentions.some((m) => m.bodyNoun)) return { kind: 'organization', rule: 'actor.body-noun' };
  // "SAN FRANCISCO (AP) —": a dateline names where the story was filed
  if (e.mentions.some((m) => m.dateline)) return { kind: 'place', rule: 'actor.dateline' };
  const v = emptyVotes();
  for (const m of e.mentions) for (const k of Object.keys(v) as ActorKind[]) v[k] += m.votes[k];
  let best: ActorKind = 'person';
  for (const k of ['organization', 'place'] as ActorKind[]) if (v[k] > v[best]) best = k;
  // "Con Edison, which maintains …": a name the article refers to by "which" is no person's; a body unless the
  // contexts say place (not a name opening with a given name: "which" may refer past it)
  if (best === 'person' && e.mentions.some((m) => m.which) && !e.mentions.some((m) => m.givenFirst))
    return { kind: v.place > v.organization ? 'place' : 'organization', rule: 'actor.which' };
  // "BART", "CBP": initials in capitals are a body's, never a person's, and a place's only where the lexicon
  // knows them as one ("UK", "ROME" in a dateline); longer runs of capitals are words ("in SYDNEY")
  if (
    best !== 'organization' &&
    e.mentions.every((m) => /^\p{Lu}{2,4}$/u.test(m.name)) &&
    !lexiconTags(low(e.mentions[0]!.name)).some((g) => PLACE_TAGS.includes(g))
  )
    return { kind: 'organization', rule: 'actor.acronym' };
  // "National Socialism", "Islamic Extremism": a name ending in an abstract noun is an idea or an event, never a
  // person; a body or a place if its contexts say so ("Federal Aviation Administration" has a head noun anyway)
  if (
    best === 'person' &&
    e.mentions.every((m) => m.parts.length >= 2 && ABSTRACT_HEAD.test(m.name.split(/\s+/).at(-1)!))
  ) {
    const other: ActorKind = v.organization >= v.place ? 'organization' : 'place';
    return v[other] > 0 ? { kind: other, rule: 'actor.context-votes' } : { kind: best, rule: 'actor.abstract-head' };
  }
  return { kind: best, rule: v[best] > 0 ? 'actor.context-votes' : 'actor.default-person' };
}

/**
 * "Michael Bloomberg … Bloomberg said", "John M. Ford … Ford died in 2006": a lone word the lexicon knows as a
 * body ("Bloomberg", "Ford") that is the surname of one person the article named before it, by a name opening with a
 * given name, stands for that person.
 * Its mentions move to the person; the body's longer names ("Bloomberg News", "Ford Motor") stay the body's.
 */
function surnamesOverBodies(entities: Entity[], personShort: Map<string, Entity[]>): void {
  for (const e of entities) {
    if (e.lex?.kind !== 'organization' || e.mentions.length === 0) continue;
    const firstAt = Math.min(...e.mentions.map((m) => m.start));
    const lone = e.mentions.filter((m) => m.parts.length === 1);
    if (lone.length === 0) continue;
    const key = lone[0]!.parts[0]!;
    if (lone.some((m) => m.parts[0] !== key)) continue;
    const people = (personShort.get(key) ?? []).filter((p) =>
      p.mentions.some(
        (pm) => pm.givenFirst && pm.parts.length >= 2 && pm.parts[pm.parts.length - 1] === key && pm.start < firstAt,
      ),
    );
    if (people.length !== 1) continue;
    // (what the lexicon said of the word is the body's, not the person's)
    people[0]!.mentions.push(
      ...lone.map((m) => ({ ...m, lex: undefined, kind: undefined, votes: { ...m.votes, organization: 0 } })),
    );
    e.mentions = e.mentions.filter((m) => m.parts.length !== 1);
  }
}

/** A noun of an idea, a state or an act ("Socialism", "Awareness", "Revolution"), long enough to be no surname. */
const ABSTRACT_HEAD = /^\p{Lu}\p{Ll}{3,}(?:ism|ness|tion|sion)$/u;

/** Whether an entity no lexicon, title, head noun or context vouches for should be dropped as noise. */
function unsupported(e: Entity): boolean {
  if (e.lex || e.mentions.some((m) => m.kind || m.titled || m.apposition || m.bodyNoun || m.parts.length >= 2))
    return false;
  return !e.mentions.some((m) => m.votes.person + m.votes.place + m.votes.organization > 0);
}

/**
 * Whether a name nothing vouches for can still be a person's (actor.default-person): not written after "the"
 * ("the Great Recession") or a possessive ("The Post's Fact Checker"), no plural at its end ("U.S. Treasuries"), no abbreviation with
 * dots or digits among its words.
 */
function personShaped(text: string, e: Entity): boolean {
  return e.mentions.every((m) => {
    const last = m.name.split(/\s+/).pop() ?? '';
    return (
      !/(\bthe|['\u2019]s)\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) &&
      !/[^s]s$/.test(last) &&
      !/[.\d]/.test(m.name.replace(/\b[A-Z]\.\s/g, ''))
    );
  });
}

/**
 * Whether a mention of the entity opens with a given name (compromise's or the name lists'): "Dawn Addiego",
 * "Raven Klaasen". Nothing else vouching for it, a name without one is a product's, a firm's or a title's as often
 * as a person's ("Echo Dot", "Fusion GPS", "Deferred Action", "Live Science"), and is left out.
 */
function givenNameFirst(e: Entity): boolean {
  return e.mentions.some((m) => m.givenFirst || (m.parts.length > 1 && listedGivenName(low(m.parts[0]!))));
}

/** A person's name words without a generational suffix: "James P. Kennedy Jr." is also "Kennedy". */
const personParts = (parts: string[]): string[] =>
  parts.length > 2 && NAME_SUFFIXES.has(parts[parts.length - 1]!) ? parts.slice(0, -1) : parts;

function canonical(e: Entity, kind: ActorKind): string {
  if (e.lex) return e.lex.canonical;
  let best = e.mentions[0]!.name;
  let bestScore = -1;
  for (const m of e.mentions) {
    const caps = ALL_CAPS_RE.test(m.name.replace(/\s/g, '')) ? 0 : 1;
    const score = m.parts.length * 2 + caps;
    if (score > bestScore) {
      best = m.name;
      bestScore = score;
    }
  }
  return kind === 'group' ? best.replace(/s$/, '') : best;
}

/**
 * "Black Elk" for "Linda Black Elk", "Burnham-Snyder" for "Eben Burnham-Snyder": an entity of unvoted mentions
 * that all end a person's name in a family name of two words joins that person (the one most salient there).
 */
function mergeFamilyNames(
  multi: readonly Entity[],
  provisional: ReadonlyMap<Entity, ActorKind>,
  personSuffix: ReadonlyMap<string, Entity[]>,
  owner: Map<Mention, Entity>,
): void {
  for (const e of multi) {
    if (provisional.get(e) !== 'person' || e.mentions.some((x) => x.kind)) continue;
    const people = personSuffix.get(e.mentions[0]!.parts.join(' '))?.filter((p) => p !== e && p.mentions.length > 0);
    if (
      !people?.length ||
      !e.mentions.every((x) => personSuffix.get(x.parts.join(' '))?.some((p) => people.includes(p)))
    )
      continue;
    const target = salientAt(people, e.mentions[0]!.start);
    for (const x of e.mentions) owner.set(x, target);
    target.mentions.push(...e.mentions);
    e.mentions = [];
  }
}

/**
 * "at GateHouse" for "GateHouse Media": a preposition's vote alone does not make a body's short name a place.
 * Not where the lexicon knows the name as a place, nor where the article places it ("Linden, N.J.": `regionKeys`).
 */
function bodyShortName(full: Entity | undefined, key: string, regionKeys: ReadonlySet<string>): boolean {
  return (
    !!full &&
    full.mentions.some((x) => x.kind === 'organization') &&
    !regionKeys.has(key) &&
    !lexiconTags(key).some((g) => PLACE_TAGS.includes(g))
  );
}

/** "Air Force" for "Indonesian Air Force": an organisation named again without its country joins the longer name. */
function mergeOrganizationSuffixes(entities: readonly Entity[], orgSuffix: ReadonlyMap<string, Entity>): void {
  for (const e of entities) {
    if (e.lex || e.mentions.length === 0) continue;
    const m = e.mentions[0]!;
    if (m.kind !== 'organization' || m.parts.length < 2) continue;
    const into = orgSuffix.get(m.parts.join(' '));
    if (into && into !== e && into.mentions.length > 0) {
      into.mentions.push(...e.mentions);
      e.mentions = [];
    }
  }
}

const SHORT_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', '&']);

/**
 * The initials a name may be shortened to: of its capitalised words, with or without its connectors
 * ("Department of Energy": DE, DOE), and without a place opening it ("California Public Utilities Commission":
 * CPUC, PUC).
 */
function initialsOf(name: string): Set<string> {
  const out = new Set<string>();
  const words = name.split(/[\s-]+/).filter((w) => w.length > 0);
  if (words.length < 2) return out;
  const forms = (ws: string[]) => {
    if (ws.length < 2) return;
    const caps = ws.filter((w) => UPPER_RE.test(w));
    if (caps.length < 2 || ws.some((w) => !UPPER_RE.test(w) && !SHORT_CONNECTORS.has(w))) return;
    out.add(caps.map((w) => w[0]).join(''));
    out.add(
      ws
        .filter((w) => w !== '&' && w !== 'the')
        .map((w) => w[0]!.toUpperCase())
        .join(''),
    );
  };
  forms(words);
  for (let k = 1; k < words.length - 1; k++)
    if (UPPER_RE.test(words[k]!) && knownPlaceName(words.slice(0, k).join(' '))) forms(words.slice(k));
  return out;
}

const knownPlaceName = (raw: string): boolean =>
  lexWord(raw)?.kind === 'place' || lexiconTags(lexKey(raw)).some((g) => PLACE_TAGS.includes(g));

/** "Energy Department" for "Department of Energy": a body's head noun written first, with "of". */
function headFirst(name: string): string | undefined {
  const m = /^(\p{Lu}\p{L}+) of (\p{Lu}[\p{L} ]*)$/u.exec(name);
  if (!m || !ORG_HEADS.has(m[1]!.toLowerCase()) || /\b(?:of|and)\b/.test(m[2]!)) return undefined;
  return `${m[2]} ${m[1]}`;
}

/**
 * A short form of a name the article writes in full joins it and takes its kind (actor.short-form): initials in
 * capitals ("DOE", "F.B.I.", "PUC" for "California Public Utilities Commission"), the head noun written first
 * ("Energy Department" for "Department of Energy"), a word clipped before a dot ("Calif." for "California").
 * Only when exactly one full name fits.
 */
function mergeShortForms(entities: Entity[], text: string): void {
  const live = () => entities.filter((e) => e.mentions.length > 0);
  const fulls = new Map<string, Entity[]>();
  const note = (k: string, e: Entity) => {
    const list = fulls.get(k) ?? [];
    if (!list.includes(e)) list.push(e);
    fulls.set(k, list);
  };
  for (const e of live()) {
    if (e.lex && e.lex.kind !== 'organization') continue;
    const kind = resolveKind(e).kind;
    if (kind === 'person' && !e.mentions.some((m) => m.kind === 'organization')) continue;
    for (const m of e.mentions) {
      if (m.parts.length < 2) continue;
      for (const i of initialsOf(m.name)) note(`i:${i}`, e);
      const hf = headFirst(m.name);
      if (hf) note(`n:${hf}`, e);
    }
  }
  const places = live().filter((e) => resolveKind(e).kind === 'place' && e.mentions[0]!.parts.length === 1);
  const join = (from: Entity, into: Entity) => {
    const kind = resolveKind(into).kind;
    if (from.lex && !into.lex) {
      // a known acronym ("FBI") keeps its entry; the full name joins it
      from.mentions.push(...into.mentions);
      into.mentions = [];
      return;
    }
    into.mentions.push(...from.mentions);
    from.mentions = [];
    if (!into.lex) into.shortOf = kind;
  };
  for (const e of live()) {
    const names = new Set(e.mentions.map((m) => m.name));
    if (names.size !== 1) continue;
    const name = [...names][0]!;
    const bare = name.replace(/\./g, '');
    const clipped = name.replace(/\.$/, '');
    let into: Entity[] | undefined;
    if (/^\p{Lu}{2,6}$/u.test(bare) && (bare === name || DOTTED_ABBREV_RE.test(name.replace(/\.$/, ''))))
      into = fulls.get(`i:${bare}`);
    else if (e.mentions[0]!.parts.length >= 2) into = fulls.get(`n:${name}`);
    else if (
      /^\p{Lu}\p{Ll}{2,}$/u.test(clipped) &&
      e.mentions.every((m) => text[m.end] === '.' || m.name.endsWith('.')) &&
      resolveKind(e).kind !== 'person'
    ) {
      const long = places.filter(
        (p) =>
          p !== e &&
          p.mentions.length > 0 &&
          p.mentions[0]!.name.startsWith(clipped) &&
          p.mentions[0]!.name.length > clipped.length + 1,
      );
      if (long.length === 1) into = long;
    }
    const targets = into?.filter((x) => x !== e && x.mentions.length > 0);
    if (targets?.length === 1) join(e, targets[0]!);
  }
}

/** Rules that decide a kind from the name itself or the article's own words, not from votes. */
const FIRM_RULES = new Set([
  'actor.lexicon',
  'actor.name-shape',
  'actor.short-form',
  'actor.apposition',
  'actor.body-noun',
]);
/** What separates the items of a list: "A, B and C", "A, B, or C". */
const LIST_GAP_RE = /^(?:,[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)(?:the[ \u00a0]+)?$/;

/**
 * "the Chicago Tribune, New York Daily News, Baltimore Sun and Hartford Courant", "Walmart, Kroger and Costco": a
 * name whose kind only votes decided, listed with two or more names whose kind is firm and shared, is of their
 * kind (actor.list).
 */
function listKinds(text: string, resolved: Map<Entity, { kind: ActorKind; rule: string }>): void {
  const all: Array<{ m: Mention; e: Entity }> = [];
  for (const e of resolved.keys()) for (const m of e.mentions) all.push({ m, e });
  all.sort((a, b) => a.m.start - b.m.start);
  const linked = (a: Mention, b: Mention) => LIST_GAP_RE.test(text.slice(a.end, b.start));
  const changes = new Map<Entity, ActorKind>();
  for (let i = 0; i < all.length; i++) {
    const { e } = all[i]!;
    const r = resolved.get(e)!;
    if (r.rule !== 'actor.context-votes' && r.rule !== 'actor.default-person') continue;
    // (a full name opening with a given name is a person's: "… Security and Alex Azar, the … secretary")
    if (e.mentions.some((x) => x.givenFirst && x.parts.length > 1)) continue;
    const items: Entity[] = [];
    for (let j = i - 1; j >= 0 && linked(all[j]!.m, all[j + 1]!.m); j--) items.push(all[j]!.e);
    for (let j = i + 1; j < all.length && linked(all[j - 1]!.m, all[j]!.m); j++) items.push(all[j]!.e);
    const firm = items.filter((x) => x !== e).map((x) => resolved.get(x)!);
    if (firm.length < 2 || !firm.every((x) => FIRM_RULES.has(x.rule) && x.kind === firm[0]!.kind)) continue;
    if (firm[0]!.kind !== r.kind && firm[0]!.kind !== 'group') changes.set(e, firm[0]!.kind);
  }
  for (const [e, kind] of changes) resolved.set(e, { kind, rule: 'actor.list' });
}

/** The actors of a text; `trace` (lib/explain.ts) records the names set aside. */
export function findActors(parsed: ParsedText, trace?: TraceEvent[]): Actor[] {
  const { text } = parsed;
  const words = scanWords(parsed);
  const capNonInitial = new Set<string>();
  const lowerWords = new Set<string>();
  for (const w of words) {
    if (w.cap && !w.initial) capNonInitial.add(w.text);
    else if (!w.cap && /^\p{Ll}/u.test(w.text)) lowerWords.add(w.text);
  }
  const capPairs = new Set<string>();
  words.forEach((w, i) => {
    const n = words[i + 1];
    if (w.cap && !w.initial && !w.headline && n?.cap && joined(text, w, n)) capPairs.add(`${w.text} ${n.text}`);
  });
  const capLower = new Set<string>();
  for (const w of words) if (w.cap && !ALL_CAPS_RE.test(w.text)) capLower.add(w.text.toLowerCase());
  const surnames = new Set<string>();
  words.forEach((w, i) => {
    const n = words[i + 1];
    if (givenName(w) && hasAny(w.tags, PERSON_TAGS) && n?.cap && !ALL_CAPS_RE.test(n.text) && joined(text, w, n))
      surnames.add(n.text);
  });
  const ctx: Context = { text, words, capNonInitial, capPairs, capLower, lowerWords, surnames };
  const index = new Map<number, number>();
  words.forEach((w, i) => {
    index.set(w.start, i);
  });

  const mentions: Mention[] = [];
  const acronymOf = new Map<string, Mention>();
  for (const run of chunks(text, words)) {
    for (const piece of trimChunk(run, ctx)) {
      for (const m of segment(piece, ctx)) {
        if (m.parts.length === 0 || m.parts[0] === '') continue;
        vote(m, ctx, index);
        mentions.push(m);
        // "International Criminal Court (ICC)": the bracketed acronym names the same entity
        const after = /^ \(([\p{Lu}]{2,8})\)/u.exec(text.slice(m.end, m.end + 12));
        if (after && m.parts.length >= 2) acronymOf.set(after[1]!.toLowerCase(), m);
      }
    }
  }

  // entities: lexicon entries by canonical name, other names by their full form, short forms attached after
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const add = (key: string, m: Mention, lex?: LexiconHit) => {
    let e = byKey.get(key);
    if (!e) {
      e = { mentions: [], lex };
      byKey.set(key, e);
      entities.push(e);
    }
    e.mentions.push(m);
  };
  const singles: Mention[] = [];
  for (const m of mentions) {
    if (m.lex) add(`lex:${m.lex.kind}:${m.lex.canonical}`, m, m.lex);
    else if (m.parts.length >= 2 && !m.name.startsWith('al') && !NAME_PARTICLES.has(m.parts[0]!)) {
      // "Donald J. Trump" and "Donald Trump": same first and last word (not "Donald Trump Jr.", his son)
      const sig =
        m.kind === 'organization' || m.kind === 'place' ? m.parts.join(' ') : `${m.parts[0]} ${m.parts.at(-1)}`;
      add(`name:${sig}`, m);
    } else singles.push(m);
  }
  const provisional = new Map(entities.filter((e) => !e.lex).map((e) => [e, resolveKind(e).kind]));
  mergeShortGivenNames(provisional);
  mergeNamePrefixes(provisional);
  const multi = entities.filter((e) => !e.lex && e.mentions.length > 0);
  // indexes (first entity in text order wins): proper suffixes of organisations' names, proper prefixes of
  // organisations and places, and the entity of each mention; people by every proper suffix and prefix of their
  // names ("Clinton", "Hillary"; "Lee" for "Lee Jae-myung"), all who share one, in text order
  const personShort = new Map<string, Entity[]>();
  /** People by the proper suffixes of their names that are two words or more: "Black Elk", "Burnham-Snyder". */
  const personSuffix = new Map<string, Entity[]>();
  const orgSuffix = new Map<string, Entity>();
  const namePrefix = new Map<string, Entity>();
  const owner = new Map<Mention, Entity>();
  const first = <K, V>(map: Map<K, V>, k: K, v: V) => {
    if (!map.has(k)) map.set(k, v);
  };
  const short = (map: Map<string, Entity[]>, k: string, e: Entity) => {
    const people = map.get(k);
    if (!people) map.set(k, [e]);
    else if (!people.includes(e)) people.push(e);
  };
  for (const e of multi) {
    for (const x of e.mentions) {
      owner.set(x, e);
      if (provisional.get(e) === 'person') {
        const ps = personParts(x.parts);
        for (let k = 1; k < ps.length; k++) {
          short(personShort, ps.slice(k).join(' '), e);
          short(personShort, ps.slice(0, k).join(' '), e);
          if (ps.length - k >= 2) short(personSuffix, ps.slice(k).join(' '), e);
        }
      }
      for (let k = 1; k < x.parts.length; k++) {
        if (x.kind === 'organization') first(orgSuffix, x.parts.slice(k).join(' '), e);
        if (x.kind) first(namePrefix, x.parts.slice(0, k).join(' '), e);
      }
    }
  }
  mergeFamilyNames(multi, provisional, personSuffix, owner);
  // names the article places somewhere ("Linden, N.J."): never a body's short name, whatever else they are
  const regionKeys = new Set(singles.filter((m) => m.inRegion).map((m) => m.parts.join(' ')));
  for (const m of singles) {
    const key = m.parts.join(' ');
    const ac = acronymOf.get(key);
    let target = ac ? owner.get(ac) : undefined;
    // surname or "van Sebille", first name or family name first ("Hillary", "Lee"): part of a person's full name
    // ("Sudan" is not "South Sudan"); the tagger's guess alone ("Grisham," opening a sentence read as a place)
    // does not outweigh the article's own person
    const looksPlace = m.votes.place > m.votes.person && m.placeContext === true;
    const placeName = m.votes.place > m.votes.person && (m.placeContext === true || m.placeName === true);
    // "the Clintons": a family named by its surname
    const stem = m.parts.length === 1 && key.endsWith('s') ? key.slice(0, -1) : undefined;
    const people = (personShort.get(key) ?? (stem ? personShort.get(stem) : undefined))?.filter(
      (p) => p.mentions.length > 0,
    );
    // (a name the lexicon knows as a place joins only a person whose surname it is, and never as a country:
    // "Kate York … York said", not "China" for "China-sympathetic Western")
    const byName =
      m.placeName && !looksPlace
        ? people?.filter(
            (p) =>
              !lexiconTags(key).includes('Country') &&
              p.mentions.some((pm) => pm.parts.length >= 2 && pm.parts[pm.parts.length - 1] === key),
          )
        : people;
    if (!looksPlace && byName?.length) {
      target ??= salientAt(byName, m.start);
      // what the lexicon says of the word does not make the person a place
      if (target && m.placeName && !m.placeContext) m.votes.place = 0;
    }
    // "the Chronicle" for "San Francisco Chronicle", "the Committee" for "House Intelligence Committee": a body's
    // head noun after "the" names it again (not "Tribune", the company that owns the Chicago Tribune)
    const afterThe = /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start));
    if (!placeName && afterThe && (ORG_HEADS.has(key) || NEWSPAPER_HEADS.has(key))) target ??= orgSuffix.get(key);
    // "Harvard" for "Harvard University", "Bardo" for "Bardo National Museum" (but "Malaysia" is not "Malaysia Airlines")
    const prefixOf = namePrefix.get(key);
    if (!placeName || bodyShortName(prefixOf, key, regionKeys)) target ??= prefixOf;
    if (target) target.mentions.push(m);
    else add(`name:${key}`, m);
  }
  surnamesOverBodies(entities, personShort);
  mergeOrganizationSuffixes(entities, orgSuffix);
  mergeShortForms(entities, text);

  const out: Actor[] = [];
  const resolved = new Map<Entity, { kind: ActorKind; rule: string }>();
  for (const e of entities) if (e.mentions.length > 0) resolved.set(e, resolveKind(e));
  listKinds(text, resolved);
  for (const e of entities) {
    if (e.mentions.length === 0 || unsupported(e)) continue;
    const { kind, rule } = resolved.get(e)!;
    if (rule === 'actor.default-person' && !(personShaped(text, e) && givenNameFirst(e))) continue;
    if (rule === 'actor.abstract-head' || rule === 'actor.work') {
      const m = e.mentions[0]!;
      trace?.push({ rule, span: { start: m.start, end: m.end, text: text.slice(m.start, m.end) }, vetoed: true });
      continue;
    }
    const spans: Span[] = e.mentions
      .map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }))
      .sort((a, b) => a.start - b.start);
    out.push({ name: canonical(e, kind), kind, mentions: spans, rule });
  }
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
