// Incremental analysis (lib/incremental.ts): after random edits of a growing text (append, insert in the middle,
// edit, delete), parsing only the pieces not seen before and running the rules over the merged parse gives
// exactly analyze(text). Real texts from ../shared/corpus, read at run time (never copied here).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze.ts';
import { analyzeIncremental, PieceCache, type PieceParses, pieces, unparsedChars } from '../../lib/incremental.ts';
import { parseSlice } from '../../lib/nlp.ts';

const SHARED = resolve(process.env.SOURCELIGHT_SHARED ?? join(__dirname, '..', '..', '..', 'shared'));
const DIR = join(SHARED, 'corpus', 'polnear-dev');
/** Paragraphs of the corpus articles, in order, trimmed. */
const paragraphs = (): string[] =>
  existsSync(DIR)
    ? readdirSync(DIR)
        .sort()
        .filter((d) => existsSync(join(DIR, d, 'article.txt')))
        .flatMap((d) =>
          readFileSync(join(DIR, d, 'article.txt'), 'utf8')
            .split(/\n+/)
            .map((p) => p.trim())
            .filter(Boolean),
        )
    : [];

/** A small deterministic random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Edit = 'append' | 'insert' | 'edit' | 'delete' | 'prepend';
const EDITS: Edit[] = ['append', 'append', 'prepend', 'insert', 'edit', 'delete'];

describe('analyzeIncremental', () => {
  const pool = paragraphs();
  it('has the corpus', () => expect(pool.length).toBeGreaterThan(1000));

  it.each([
    [1, '\n'],
    [2, '\n'],
    [3, '\n\n'],
  ])(
    'equals analyze(text) after every one of 25 random edits (seed %i, blocks joined by %j)',
    async (seed, joiner) => {
      const rand = random(seed);
      const pick = () => pool[Math.floor(rand() * pool.length)]!;
      // a live blog of about 60 paragraphs to start with
      const start = Math.floor(rand() * (pool.length - 60));
      const paras = pool.slice(start, start + 60);
      let known: PieceParses | undefined;
      const seen = new Set<Edit>();
      for (let step = 0; step <= 25; step++) {
        const edit = EDITS[Math.floor(rand() * EDITS.length)]!;
        const at = Math.floor(rand() * paras.length);
        if (step > 0) {
          seen.add(edit);
          if (edit === 'append') paras.push(pick());
          else if (edit === 'prepend') paras.unshift(pick());
          else if (edit === 'insert') paras.splice(at, 0, pick());
          else if (edit === 'delete' && paras.length > 1) paras.splice(at, 1);
          else {
            // an edit inside a paragraph: a word swapped, a quotation opened, a sentence added
            const p = paras[at]!;
            const cut = p.indexOf(' ', Math.floor(rand() * p.length));
            const insert = [' \u201CWe will see,', ' (according to officials)', ' Mr. Lopez said.', ' 1,200'][
              Math.floor(rand() * 4)
            ]!;
            paras[at] = cut < 0 ? p + insert : p.slice(0, cut) + insert + p.slice(cut);
          }
        }
        const text = paras.join(joiner);
        const before = unparsedChars(text, known);
        const { analysis, stats, parses } = await analyzeIncremental(text, { known });
        expect(analysis, `seed ${seed} step ${step} (${edit})`).toEqual(analyze(text));
        expect(stats.reparsedChars).toBe(before);
        if (step > 0) expect(stats.reparsedChars, 'only the changed pieces are parsed').toBeLessThan(text.length / 3);
        expect([...parses.keys()].sort()).toEqual([...new Set(pieces(text).map(([s, e]) => text.slice(s, e)))].sort());
        known = parses;
      }
      expect(seen.size).toBeGreaterThanOrEqual(4);
    },
    300_000,
  );

  it('parses missing pieces on a pool in groups, and gives the same analysis', async () => {
    const text = pool.slice(0, 80).join('\n');
    const jobs: Array<[number, number]> = [];
    const ranges = async (t: string, rs: ReadonlyArray<[number, number]>) =>
      rs.map(([s, e]) => {
        jobs.push([s, e]);
        return structuredClone(parseSlice(t.slice(s, e), s));
      });
    const first = await analyzeIncremental(text, { parseOn: { ranges, jobs: 3 } });
    expect(first.stats.chunks).toBe(3);
    expect(first.analysis).toEqual(analyze(text));
    // a paragraph in the middle and one at the end: two separate runs of missing pieces
    const paras = pool.slice(0, 80);
    paras.splice(40, 0, pool[500]!);
    paras.push(pool[501]!);
    const next = paras.join('\n');
    jobs.length = 0;
    const again = await analyzeIncremental(next, { known: first.parses, parseOn: { ranges, jobs: 3 } });
    expect(again.analysis).toEqual(analyze(next));
    expect(again.stats.reparsed).toBeLessThanOrEqual(2);
    expect(again.stats.reparsedChars).toBeLessThan(next.length / 2);
  }, 60_000);
});

describe('PieceCache', () => {
  const parses = (...texts: string[]): PieceParses => new Map(texts.map((t) => [t, []]));
  it('keeps a document per key, drops the least recently set beyond its bounds, and a closed tab', () => {
    const cache = new PieceCache(20, 2);
    cache.set('1:0', parses('aaaa', 'bbbb'));
    cache.set('2:0', parses('cccc'));
    expect(cache.size).toEqual({ docs: 2, chars: 12 });
    cache.set('3:0', parses('dd'));
    expect(cache.get('1:0')).toBeUndefined(); // too many documents
    cache.set('2:0', parses('eeeeeeeeeeeeeeee'));
    expect(cache.size).toEqual({ docs: 2, chars: 18 });
    cache.set('5:0', parses('ggg'));
    expect(cache.size).toEqual({ docs: 2, chars: 19 }); // too many characters: the least recent ('3:0') goes
    expect(cache.get('3:0')).toBeUndefined();
    cache.set('2:1', parses('ff'));
    cache.deletePrefix('2:');
    expect(cache.size).toEqual({ docs: 1, chars: 3 });
    expect(cache.get('5:0')).toBeDefined();
    cache.set('4:0', parses('x'.repeat(21)));
    expect(cache.get('4:0')).toBeUndefined(); // larger than the whole cache
  });
});
