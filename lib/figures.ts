// Figures: counts, vague counts, percentages, money, measures, ages, dates, years and durations.
// A small scanner over the text's own tokens (digits, letter runs, symbols): linear, no re-parse; a throw is recorded by the pipeline (lib/pipeline.ts).
// Digits that belong to a name ("G7", "Covid-19", "Boeing 737", "F-16") are not figures.
import {
  AMBIGUOUS_MONTHS,
  AREA_PREFIX,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DATE_PREPOSITIONS,
  DAY_PARTS,
  DIALLING_WORDS,
  DIGIT_SUFFIXES,
  EMERGENCY_NUMBERS,
  MEASURE_UNITS,
  MODIFIERS_1,
  MODIFIERS_2,
  MONTH_ABBR,
  MONTH_NAMES,
  ONE_NEXT_SKIP,
  ONE_PREV_SKIP,
  PERCENT_WORDS,
  SCALES,
  SHORT_SCALES,
  TENS,
  TIME_UNITS,
  UNITS_0_19,
  VAGUE,
  WEEKDAYS,
} from './lexicon/figure-words.ts';
import type { ParsedText } from './nlp.ts';
import type { Figure, FigureKind } from './types.ts';

/** Digits with inner separators ("1,000", "3.5", "10:30"), letter runs, or one other character. Linear. */
const TOKEN_RE = /\d+(?:[.,:]\d+)*|[\p{L}\p{M}]+|\S/gu;

interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** No white space between this token and the one before. */
  glued: boolean;
  digits: boolean;
  cap: boolean;
}

const MONTHS = new Map<string, number>(MONTH_NAMES.map((m, i) => [m, i]));

/** Characters glued to digits in URLs, paths and code: such digits are not figures. */
const URLISH = new Set(['/', '=', '_', '#', '@', '&', '?', '\\', '|', '<', '>']);

const isNumberWord = (l: string) => UNITS_0_19.has(l) || TENS.has(l) || SCALES.has(l);
/** Denominators a number word takes with a hyphen: "two-thirds", "three-quarters", "one-half". */
const FRACTIONS: ReadonlySet<string> = new Set([
  ...['half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'sixth', 'sixths'],
  ...['eighth', 'eighths', 'tenth', 'tenths'],
]);

class Scanner {
  readonly toks: Tok[];
  readonly out: Figure[] = [];
  /** Scans text[from, to); offsets stay those of the whole text. */
  constructor(
    readonly text: string,
    from = 0,
    to = text.length,
  ) {
    this.toks = [];
    let prevEnd = -1;
    for (const m of text.slice(from, to).matchAll(TOKEN_RE)) {
      const start = from + (m.index ?? 0);
      const t = m[0];
      const c = t.charCodeAt(0);
      // (signs and digits have no case: no lower-casing, no Unicode test for them)
      const cased = c >= 128 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      this.toks.push({
        start,
        end: start + t.length,
        text: t,
        lower: cased ? t.toLowerCase() : t,
        glued: start === prevEnd,
        digits: c >= 48 && c <= 57,
        cap: cased && /^\p{Lu}/u.test(t),
      });
      prevEnd = start + t.length;
    }
  }

  tok(i: number): Tok | undefined {
    return i >= 0 && i < this.toks.length ? this.toks[i] : undefined;
  }
  low(i: number): string {
    return this.tok(i)?.lower ?? '';
  }
  /** Token i is a separate word: not glued to the token before. */
  spaced(i: number): boolean {
    const t = this.tok(i);
    return !!t && !t.glued;
  }

  emit(a: number, b: number, kind: FigureKind) {
    const s = this.toks[a]!;
    const e = this.toks[b - 1]!;
    this.out.push({ kind, span: { start: s.start, end: e.end, text: this.text.slice(s.start, e.end) } });
  }

  /** Whether token i begins a sentence (or a heading line): its capital proves nothing. */
  initial(i: number): boolean {
    const t = this.tok(i);
    if (!t) return false;
    let j = t.start - 1;
    while (j >= 0 && /[ \t\u00a0"'\u201c\u2018(]/.test(this.text[j]!)) j--;
    return j < 0 || /[\n\r.!?:;\u2014\u2013-]/.test(this.text[j]!);
  }

  /** Digits (or a number word) at i are part of a name: "G7", "Covid-19", "Boeing 737", "No. 10". */
  inName(i: number): boolean {
    const t = this.toks[i]!;
    const prev = this.tok(i - 1);
    if (prev && t.glued) {
      if (/^[\p{L}]/u.test(prev.text)) return true;
      if (URLISH.has(prev.text) || prev.text === '.') return true;
      if (prev.text === '-') {
        const pp = this.tok(i - 2);
        if (pp && prev.glued && (pp.digits || /^\p{Lu}/u.test(pp.text) || /\d/.test(pp.text))) return true;
      }
    }
    const next = this.tok(i + 1);
    if (
      next?.glued &&
      (URLISH.has(next.text) || (next.text === '.' && this.tok(i + 2)?.glued && /^\p{L}/u.test(this.low(i + 2))))
    )
      return true;
    if (next?.glued && /^\p{L}/u.test(next.text) && !DIGIT_SUFFIXES.has(next.lower) && !SCALES.has(next.lower))
      return true;
    // "Chile 3-0", "Rublev 6-4": a score after a name is a figure ("Boeing 737-800" is a model: longer numbers)
    const dash = this.tok(i + 1);
    const other = this.tok(i + 2);
    const score =
      dash?.text === '-' && dash.glued && other?.glued && /^\d{1,2}$/.test(t.text) && /^\d{1,2}$/.test(other.text);
    // "Boeing 737", "Flight 370", "Article 5": a capitalised word (not a month, not at a sentence start) before
    if (prev && !t.glued && !score && prev.cap && /^\p{L}+$/u.test(prev.text) && !this.initial(i - 1)) {
      const l = prev.lower;
      if (!MONTHS.has(l) && !MONTH_ABBR.has(l) && !WEEKDAYS.has(l) && !MODIFIERS_1.has(l) && l !== 'between')
        return true;
    }
    if (prev?.text === '.' && this.low(i - 2) === 'no') return true;
    return false;
  }

  /** End (exclusive) of a run of number words from i ("Fifty-nine", "two hundred and fifty"), or -1. */
  numberWords(i: number): number {
    if (!isNumberWord(this.low(i))) return -1;
    let j = i + 1;
    for (;;) {
      const t = this.tok(j);
      if (!t) break;
      if (t.text === '-' && t.glued && isNumberWord(this.low(j + 1)) && this.tok(j + 1)?.glued) {
        j += 2;
        continue;
      }
      if (!t.glued && isNumberWord(t.lower)) {
        j++;
        continue;
      }
      if (t.lower === 'and' && SCALES.has(this.low(j - 1)) && isNumberWord(this.low(j + 1))) {
        j += 2;
        continue;
      }
      // "two-thirds", "three-quarters": a fraction's denominator joined to its numerator
      if (t.text === '-' && t.glued && FRACTIONS.has(this.low(j + 1)) && this.tok(j + 1)?.glued) {
        j += 2;
        continue;
      }
      // "five-and-a-half years": and a half, joined
      if (
        t.text === '-' &&
        t.glued &&
        this.low(j + 1) === 'and' &&
        this.low(j + 3) === 'a' &&
        /^(half|quarter)$/.test(this.low(j + 5)) &&
        [1, 2, 3, 4, 5].every((k) => this.tok(j + k)?.glued)
      ) {
        j += 6;
        continue;
      }
      break;
    }
    return j;
  }

  /** End of a numeral at i ("1,000", "3.5", "11 million", "5bn"), or -1. */
  numeral(i: number): number {
    const t = this.tok(i);
    if (!t?.digits) return -1;
    let j = i + 1;
    const n = this.tok(j);
    // "5bn", and "$1million" as some feeds print it
    if (n?.glued && (SHORT_SCALES.has(n.lower) || SCALES.has(n.lower))) j++;
    else if (n && !n.glued && (SCALES.has(n.lower) || (SHORT_SCALES.has(n.lower) && n.lower !== 'm'))) j++;
    return j;
  }

  /** A number (digits or words) at i: returns its end, or -1. */
  number(i: number): number {
    const d = this.numeral(i);
    if (d > 0) return d;
    const l = this.low(i);
    if ((l === 'a' || l === 'an') && SCALES.has(this.low(i + 1))) return i + 2;
    if (l === 'half' && (this.low(i + 1) === 'a' || this.low(i + 1) === 'an') && SCALES.has(this.low(i + 2)))
      return i + 3;
    return this.numberWords(i);
  }

  /** After a number ending at j: units, percent, age, range. Returns [end, kind]. */
  tail(j: number, kind: FigureKind): [number, FigureKind] {
    const t = this.tok(j);
    const l = this.low(j);
    // "21-year-old", "93 year-old", "52 years old", "six-month", "10-day"
    if (t?.text === '-' && t.glued && TIME_UNITS.has(this.low(j + 1))) {
      if (this.tok(j + 2)?.text === '-' && this.low(j + 3) === 'old') return [j + 4, 'age'];
      return [j + 2, 'duration'];
    }
    if (t?.text === '-' && t.glued && MEASURE_UNITS.has(this.low(j + 1)) && this.low(j + 1) !== 'people')
      return [j + 2, 'measure'];
    if (TIME_UNITS.has(l)) {
      if (this.tok(j + 1)?.text === '-' && this.low(j + 2) === 'old') return [j + 3, 'age'];
      if (this.low(j + 1) === 'old' && (l === 'years' || l === 'year')) return [j + 2, 'age'];
      if (this.low(j + 1) === 'ago') return [j + 2, 'date'];
      return [j + 1, 'duration'];
    }
    if (l === '%') return [j + 1, 'percent'];
    if (PERCENT_WORDS.has(l)) return [j + 1, 'percent'];
    if (l === 'per' && this.low(j + 1) === 'cent') return [j + 2, 'percent'];
    if (l === 'percentage' && /^points?$/.test(this.low(j + 1))) return [j + 2, 'percent'];
    if (CURRENCY_WORDS.has(l)) return [j + 1, 'money'];
    if (AREA_PREFIX.has(l) && MEASURE_UNITS.has(this.low(j + 1))) {
      const k = AREA_PREFIX.has(this.low(j + 1)) ? j + 2 : j + 1;
      if (MEASURE_UNITS.has(this.low(k))) return [this.conversion(k + 1), 'measure'];
      return [k + 1, 'measure'];
    }
    if (AREA_PREFIX.has(l) && AREA_PREFIX.has(this.low(j + 1)) && MEASURE_UNITS.has(this.low(j + 2)))
      return [this.conversion(j + 3), 'measure'];
    if (MEASURE_UNITS.has(l) && l !== 'people') return [this.conversion(j + 1), 'measure'];
    // glued unit: "50km"
    return [j, kind];
  }

  /** "50 km (31 miles)": a bracketed conversion after a measure belongs to it. */
  conversion(j: number): number {
    if (this.tok(j)?.text !== '(') return j;
    const k = this.number(j + 1);
    if (k < 0) return j;
    let e = k;
    if (AREA_PREFIX.has(this.low(e))) e++;
    if (AREA_PREFIX.has(this.low(e))) e++;
    if (MEASURE_UNITS.has(this.low(e))) e++;
    return this.tok(e)?.text === ')' ? e + 1 : j;
  }

  /** Modifiers before a number ("about", "more than", "at least") widen the span to the left. */
  widen(i: number): number {
    const p1 = this.low(i - 1);
    const p2 = `${this.low(i - 2)} ${p1}`;
    if (MODIFIERS_2.has(p2)) return i - 2;
    if (MODIFIERS_1.has(p1) && this.spaced(i)) return i - 1;
    return i;
  }

  /** A date starting at a month name at i: "March 8", "December 29, 2014", "Nov. 6", "January". */
  monthDate(i: number): number {
    const t = this.toks[i]!;
    const l = t.lower;
    const full = MONTHS.has(l);
    if (!t.cap || (!full && !MONTH_ABBR.has(l))) return -1;
    let j = i + 1;
    if (!full && this.tok(j)?.text === '.' && this.tok(j)?.glued) j++;
    const day = this.tok(j);
    const isDay = !!day?.digits && /^\d{1,2}$/.test(day.text) && Number(day.text) <= 31;
    const isYear = !!day?.digits && /^\d{4}$/.test(day.text);
    if (isDay) {
      j++;
      if (this.tok(j)?.glued && /^(?:st|nd|rd|th)$/.test(this.low(j))) j++;
      if (this.tok(j)?.text === ',' && /^\d{4}$/.test(this.tok(j + 1)?.text ?? '')) j += 2;
      else if (/^\d{4}$/.test(this.tok(j)?.text ?? '')) j++;
      return j;
    }
    if (isYear) return j + 1;
    if (!full) return -1;
    if (AMBIGUOUS_MONTHS.has(l)) {
      const p = this.tok(i - 1);
      const datey = p && (DATE_PREPOSITIONS.has(p.lower) || (p.text === '-' && this.low(i - 2) === 'mid'));
      if (!datey) return -1;
      // "in May said", "Theresa May": a capitalised word after it makes it a name
      if (this.tok(i + 1)?.cap) return -1;
    } else if (this.tok(i + 1)?.cap && !this.tok(i + 1)?.glued && /^\p{Lu}\p{Ll}+$/u.test(this.tok(i + 1)!.text)) {
      // "April Ryan", "June Carter": a month followed by a capitalised word is a name... unless a sentence starts there
      const gap = this.text.slice(t.end, this.tok(i + 1)!.start);
      if (gap === ' ') return -1;
    }
    return i + 1;
  }

  run(): Figure[] {
    const n = this.toks.length;
    let i = 0;
    while (i < n) {
      const j = this.at(i);
      i = j > i ? j : i + 1;
    }
    return this.out;
  }

  /** Try every figure shape at token i; emit one and return its end, or return i. */
  at(i: number): number {
    const t = this.toks[i]!;
    const l = t.lower;
    if (!t.digits && !/^\p{L}/u.test(t.text) && !CURRENCY_SYMBOLS.has(t.text)) return i;

    // "mid-November", "early 1990s", "late 2014"
    if ((l === 'mid' || l === 'early' || l === 'late') && this.tok(i + 1)) {
      const k = this.tok(i + 1)?.text === '-' && this.tok(i + 1)?.glued ? i + 2 : i + 1;
      const m = this.tok(k);
      if (m && (MONTHS.has(m.lower) || /^\d{4}$/.test(m.text))) {
        let e = MONTHS.has(m.lower) ? Math.max(this.monthDate(k), k + 1) : k + 1;
        if (this.tok(e)?.lower === 's' && this.tok(e)?.glued) e++;
        if (!MONTHS.has(m.lower) || m.cap) {
          this.emit(i, e, 'date');
          return e;
        }
      }
    }
    // weekdays (optional in gold, but a reader's anchor): "Tuesday", "Sunday morning"
    if (WEEKDAYS.has(l) && t.cap) {
      const e = DAY_PARTS.has(this.low(i + 1)) && this.spaced(i + 1) ? i + 2 : i + 1;
      this.emit(i, e, 'date');
      return e;
    }
    if (MONTHS.has(l) || MONTH_ABBR.has(l)) {
      const e = this.monthDate(i);
      if (e > i) {
        this.emit(i, e, 'date');
        return e;
      }
      return i;
    }
    // money with a symbol: "$5", "US$1.5 billion", "£20m"
    if (
      CURRENCY_SYMBOLS.has(t.text) ||
      (/^(?:us|a|c|hk|nz)$/.test(l) && CURRENCY_SYMBOLS.has(this.tok(i + 1)?.text ?? '') && this.tok(i + 1)?.glued)
    ) {
      const s = CURRENCY_SYMBOLS.has(t.text) ? i + 1 : i + 2;
      if (!this.tok(s)?.digits || !this.tok(s)?.glued) return i;
      const e = this.numeral(s);
      this.emit(this.widen(i), e, 'money');
      return e;
    }
    if (t.digits) return this.digitsAt(i);
    // vague counts: "hundreds", "tens of thousands", "dozens"
    if (VAGUE.has(l)) {
      if (l === 'tens' && this.low(i + 1) !== 'of') return i;
      let e = i + 1;
      if (this.low(i + 1) === 'of' && VAGUE.has(this.low(i + 2)) && this.low(i + 2) !== 'tens') e = i + 3;
      this.emit(this.widen(i), e, 'vague');
      return e;
    }
    // "a year", "a decade" after "more than", "less than", "nearly"; "a week ago"
    if ((l === 'a' || l === 'an') && TIME_UNITS.has(this.low(i + 1))) {
      const w = this.widen(i);
      if (w < i || this.low(i + 2) === 'ago') {
        const e = this.low(i + 2) === 'ago' ? i + 3 : i + 2;
        this.emit(w, e, w < i ? 'duration' : 'date');
        return e;
      }
      return i;
    }
    const e0 = this.number(i);
    if (e0 < 0) return i;
    // "on Ninety Mile Beach", "near Three Mile Island": a capitalised number word mid-sentence opens a name
    const prev = this.tok(i - 1);
    if (t.cap && prev && /^\p{Ll}+$/u.test(prev.text) && this.tok(e0)?.cap && this.spaced(e0)) return e0;
    if (l === 'one' && e0 === i + 1) {
      const next = this.low(i + 1);
      if (ONE_NEXT_SKIP.has(next) || ONE_PREV_SKIP.has(this.low(i - 1)) || !/^\p{L}/u.test(next)) return e0;
    }
    if (this.inName(i)) return e0;
    const [e, kind] = this.range(i, e0);
    this.emit(this.widen(i), e, kind);
    return e;
  }

  /** A number, then "to"/"-" and another number ("50 to 100", "150-300 feet"), then its unit. */
  range(i: number, e0: number): [number, FigureKind] {
    let e = e0;
    const sep = this.tok(e);
    if (sep && (sep.lower === 'to' || ((sep.text === '-' || sep.text === '\u2013') && sep.glued))) {
      const e2 = this.number(e + 1);
      if (e2 > 0 && !/^\d{4}$/.test(this.toks[i]!.text)) e = e2;
    }
    let [end, kind] = this.tail(e, 'count');
    // "50 to 100 (150 to 300 feet) metres": a bracketed conversion between the number and its unit
    if (end === e && this.tok(e)?.text === '(') {
      const c = this.conversion(e);
      const inner = this.number(e + 1);
      if (c > e) [end, kind] = this.tail(c, 'measure');
      else if (inner > 0) {
        let k = this.range(e + 1, inner)[0];
        if (this.tok(k)?.text === ')') {
          k++;
          const [end2, kind2] = this.tail(k, 'count');
          if (end2 > k) [end, kind] = [end2, kind2];
        }
      }
    }
    return [end, kind];
  }

  digitsAt(i: number): number {
    const t = this.toks[i]!;
    // phone numbers and codes: "800-273-8255"
    if (
      this.tok(i + 1)?.text === '-' &&
      this.tok(i + 1)?.glued &&
      this.tok(i + 2)?.digits &&
      this.tok(i + 2)?.glued &&
      this.tok(i + 3)?.text === '-' &&
      this.tok(i + 3)?.glued &&
      this.tok(i + 4)?.digits &&
      this.tok(i + 4)?.glued
    ) {
      let e = i + 5;
      while (this.tok(e)?.glued && (this.tok(e)?.text === '-' || this.tok(e)?.digits)) e++;
      return e;
    }
    // "called 911", "911 calls": a telephone number
    if (EMERGENCY_NUMBERS.has(t.text) && (DIALLING_WORDS.has(this.low(i - 1)) || DIALLING_WORDS.has(this.low(i + 1))))
      return i + 1;
    // a gallery's counter: "Image 1 of / 9", "1 / 9"
    const slash = this.low(i + 1) === 'of' ? i + 2 : i + 1;
    if (this.tok(slash)?.text === '/' && this.spaced(slash) && this.tok(slash + 1)?.digits && this.spaced(slash + 1))
      return slash + 2;
    // a list marker: "5) Can Sanders ...", "2. The ..." at the start of a line
    const marker = this.tok(i + 1);
    if (
      marker?.glued &&
      (marker.text === ')' || marker.text === '.') &&
      (t.start === 0 || this.text[t.start - 1] === '\n') &&
      /^[ \t]/.test(this.text[marker.end] ?? '')
    )
      return i + 2;
    if (this.inName(i)) {
      // skip the rest of the name: "A320-200", "737-800"
      let e = i + 1;
      while (
        this.tok(e)?.glued &&
        this.tok(e + 1)?.glued &&
        /^[-/.]$/.test(this.tok(e)!.text) &&
        /^[\p{L}\d]/u.test(this.tok(e + 1)!.text)
      )
        e += 2;
      return e;
    }
    // "7 October", "19 January 2025"
    const next = this.tok(i + 1);
    if (/^\d{1,2}$/.test(t.text) && next && !next.glued && next.cap && MONTHS.has(next.lower)) {
      let e = i + 2;
      if (/^\d{4}$/.test(this.tok(e)?.text ?? '')) e++;
      this.emit(i, e, 'date');
      return e;
    }
    // times: "10:30", "9 a.m.", "3pm"
    if (
      /^\d{1,2}:\d{2}$/.test(t.text) ||
      (/^\d{1,2}$/.test(t.text) &&
        /^(?:am|pm|a|p)$/.test(this.low(i + 1)) &&
        (this.low(i + 1).length === 2 || this.tok(i + 2)?.text === '.'))
    ) {
      let e = i + 1;
      if (/^(?:am|pm)$/.test(this.low(e))) e++;
      else if (/^[ap]$/.test(this.low(e)) && this.tok(e + 1)?.text === '.' && this.low(e + 2) === 'm')
        e += this.tok(e + 3)?.text === '.' ? 4 : 3;
      this.emit(i, e, 'date');
      return e;
    }
    // years and decades: "1997", "1990s", "2011-13"
    if (/^\d{4}$/.test(t.text)) {
      const y = Number(t.text);
      const after = this.low(i + 1);
      if (
        y >= 1000 &&
        y <= 2100 &&
        !MEASURE_UNITS.has(after) &&
        !CURRENCY_WORDS.has(after) &&
        after !== '%' &&
        !PERCENT_WORDS.has(after) &&
        !TIME_UNITS.has(after) &&
        !SCALES.has(after)
      ) {
        let e = i + 1;
        let kind: FigureKind = 'year';
        if (this.tok(e)?.glued && this.low(e) === 's') {
          e++;
          kind = 'date';
        } else if (this.tok(e)?.glued && this.tok(e)?.text === '-' && /^\d{2}$/.test(this.tok(e + 1)?.text ?? ''))
          e += 2;
        this.emit(i, e, kind);
        return e;
      }
    }
    const e0 = this.number(i);
    const [e, kind] = this.range(i, e0);
    this.emit(this.widen(i), e, kind);
    return e;
  }
}

/** Characters scanned at a time. One token object per word or sign, and a long text's hundreds of thousands
 * of them alive at once made the garbage collector's work grow faster than the text: a run of 300,000
 * quotation marks took 14-19x the time of one eight times shorter. Windows of a paragraph or so keep it linear. */
const WINDOW = 4_000;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/** Where the window that starts at `from` ends: at a line break, else after a sentence, else at `size`.
 * (looks at most size / 2 characters past `size`, so a text without line breaks stays linear) */
export function windowEnd(text: string, from: number, size = WINDOW): number {
  const limit = from + size * 1.5;
  if (text.length <= limit) return text.length;
  for (let i = from + size; i < limit; i++) if (text.charCodeAt(i) === 10) return i + 1;
  for (let i = from + size; i < limit; i++) {
    if (!/[.!?]/.test(text[i]!)) continue;
    let j = i + 1;
    if (/["'\u201D\u2019)]/.test(text[j] ?? '')) j++;
    if (isSpace(text.charCodeAt(j))) return j + 1;
  }
  return from + size;
}

/** Errors are not caught here: the pipeline (lib/pipeline.ts) records a pass that throws. */
export function findFigures(parsed: ParsedText): Figure[] {
  const { text } = parsed;
  const out: Figure[] = [];
  for (let from = 0; from < text.length; ) {
    const to = windowEnd(text, from);
    out.push(...new Scanner(text, from, to).run());
    from = to;
  }
  return out;
}
