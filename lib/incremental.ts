// Incremental analysis for pages that grow or change (live blogs, "load more", an edited post): the text is cut
// into pieces at every safe break (nlp.ts splitChunks: a line break where compromise starts a new sentence
// whatever came before, so a piece parsed alone parses as it does inside the whole text), each piece's parse is
// kept by its text, and an analysis parses only the pieces it has not seen, then runs the rules once over the
// merged parse: exactly analyze(text) (tests/unit/incremental.test.ts), for the rules' cost plus the new pieces'
// parse. Pure: no browser APIs; the hosts keep one entry of a PieceCache per tab.
import { analyzeParsed, clampText, emptyAnalysis } from './analyze.ts';
import { parseSlice, type Sentence, splitChunks } from './nlp.ts';
import type { Analysis } from './types.ts';

/** The parses of one document's pieces, by the piece's text; sentences with offsets from the piece's start. */
export type PieceParses = Map<string, Sentence[]>;

/**
 * Characters of piece parses kept over all documents: a parse takes about 70 bytes per character of text
 * (measured in Node on 200,000 characters of PolNeAR dev), so about 28 MB at most; a 3,000-word article is
 * about 20,000 characters (1.4 MB).
 */
export const MAX_CACHED_CHARS = 400_000;
/** Documents (tab frames) kept at most; the least recently analysed goes first. */
export const MAX_CACHED_DOCS = 6;

/** Every piece of `text`: [start, end) cut at every safe break, covering the text with no gap. */
export function pieces(text: string): Array<[number, number]> {
  return splitChunks(text, text.length);
}

/** Characters of `text` whose pieces `known` holds no parse for. */
export function unparsedChars(text: string, known: PieceParses | undefined): number {
  let n = 0;
  for (const [s, e] of pieces(text)) if (!known?.has(text.slice(s, e))) n += e - s;
  return n;
}

/** Parse these [start, end) ranges of `text` somewhere (a worker pool), offsets in the whole text, in order. */
export type ParseRanges = (text: string, ranges: ReadonlyArray<[number, number]>) => Promise<Sentence[][]>;

export interface IncrementalStats {
  pieces: number;
  /** Pieces parsed for this analysis (the others came from `known`), and their characters. */
  reparsed: number;
  reparsedChars: number;
  /** Parse jobs sent elsewhere (0: parsed in this thread). */
  chunks: number;
  parseMs: number;
  rulesMs: number;
}

export interface IncrementalOptions {
  /** Piece parses kept from this document's earlier analyses. */
  known?: PieceParses;
  /** Parse the missing pieces elsewhere, in about `jobs` groups; by default in this thread. */
  parseOn?: { ranges: ParseRanges; jobs: number };
}

const shift = (sentences: readonly Sentence[], by: number): Sentence[] =>
  sentences.map((s) => ({
    ...s,
    start: s.start + by,
    end: s.end + by,
    tokens: s.tokens.map((t) => ({ ...t, start: t.start + by, end: t.end + by })),
  }));

/** Consecutive pieces grouped into about `jobs` ranges of similar length (cut only between pieces). */
function group(list: ReadonlyArray<[number, number]>, jobs: number): Array<Array<[number, number]>> {
  const total = list.reduce((n, [s, e]) => n + e - s, 0);
  const target = Math.max(1, total / Math.max(1, jobs));
  const out: Array<Array<[number, number]>> = [];
  let done = 0;
  let last = -1;
  for (const p of list) {
    // the job a piece goes to: where its middle falls
    const job = Math.min(jobs - 1, Math.floor((done + (p[1] - p[0]) / 2) / target));
    const cur = out[out.length - 1];
    if (cur && job === last && cur[cur.length - 1]![1] === p[0]) cur.push(p);
    else out.push([p]);
    last = job;
    done += p[1] - p[0];
  }
  return out;
}

/**
 * analyze(text), parsing only the pieces `known` lacks. Returns the analysis and the parses of exactly this
 * text's pieces (what to keep for the next analysis of the same document). Throws if `parseOn` fails.
 */
export async function analyzeIncremental(
  input: string,
  { known, parseOn }: IncrementalOptions = {},
): Promise<{ analysis: Analysis; stats: IncrementalStats; parses: PieceParses }> {
  const text = clampText(input);
  const stats: IncrementalStats = { pieces: 0, reparsed: 0, reparsedChars: 0, chunks: 0, parseMs: 0, rulesMs: 0 };
  if (text.trim() === '') return { analysis: emptyAnalysis(text), stats, parses: new Map() };
  const t0 = performance.now();
  const all = pieces(text);
  const parses: PieceParses = new Map();
  const missing: Array<[number, number]> = [];
  for (const [s, e] of all) {
    const part = text.slice(s, e);
    const kept = known?.get(part) ?? parses.get(part);
    if (kept) parses.set(part, kept);
    else if (!parses.has(part)) missing.push([s, e]);
  }
  stats.pieces = all.length;
  stats.reparsed = missing.length;
  stats.reparsedChars = missing.reduce((n, [s, e]) => n + e - s, 0);
  const groups = parseOn ? group(missing, parseOn.jobs) : [];
  if (parseOn && groups.length > 1) {
    // each group is one range of the text: its sentences go back to the pieces they start in
    const parsed = await parseOn.ranges(
      text,
      groups.map((g): [number, number] => [g[0]![0], g[g.length - 1]![1]]),
    );
    stats.chunks = groups.length;
    groups.forEach((g, i) => {
      const sentences = parsed[i] ?? [];
      let k = 0;
      for (const [s, e] of g) {
        const mine: Sentence[] = [];
        while (k < sentences.length && sentences[k]!.start < e) mine.push(sentences[k++]!);
        parses.set(text.slice(s, e), shift(mine, -s));
      }
    });
  } else {
    for (const [s, e] of missing) {
      const part = text.slice(s, e);
      if (!parses.has(part)) parses.set(part, parseSlice(part, 0));
    }
  }
  const sentences = all.flatMap(([s, e]) => shift(parses.get(text.slice(s, e)) ?? [], s));
  const t1 = performance.now();
  const analysis = analyzeParsed({ text, sentences });
  stats.parseMs = t1 - t0;
  stats.rulesMs = performance.now() - t1;
  return { analysis, stats, parses };
}

const sizeOf = (parses: PieceParses): number => {
  let n = 0;
  for (const k of parses.keys()) n += k.length;
  return n;
};

/**
 * Piece parses per document (a tab's frame), each the pieces of that document's last analysed text; bounded
 * in characters and documents, the least recently analysed dropped first. The host drops a tab's entries
 * when the tab closes.
 */
export class PieceCache {
  private docs = new Map<string, { parses: PieceParses; chars: number }>();
  private chars = 0;

  constructor(
    private readonly maxChars = MAX_CACHED_CHARS,
    private readonly maxDocs = MAX_CACHED_DOCS,
  ) {}

  get(key: string): PieceParses | undefined {
    return this.docs.get(key)?.parses;
  }

  set(key: string, parses: PieceParses): void {
    this.delete(key);
    const chars = sizeOf(parses);
    if (chars > this.maxChars) return;
    this.docs.set(key, { parses, chars });
    this.chars += chars;
    for (const [k] of this.docs) {
      if (this.chars <= this.maxChars && this.docs.size <= this.maxDocs) break;
      this.delete(k);
    }
  }

  delete(key: string): void {
    const d = this.docs.get(key);
    if (!d) return;
    this.docs.delete(key);
    this.chars -= d.chars;
  }

  /** Drop every document whose key starts with `prefix` (a closed tab's frames). */
  deletePrefix(prefix: string): void {
    for (const k of [...this.docs.keys()]) if (k.startsWith(prefix)) this.delete(k);
  }

  get size(): { docs: number; chars: number } {
    return { docs: this.docs.size, chars: this.chars };
  }
}
