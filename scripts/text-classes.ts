// Time of analyze() on pathological text classes against ordinary prose of the same length (issue: every
// class within 3x of prose). Prose comes from ../shared/corpus/polnear-dev (read, never copied); each class
// is derived from that same prose, so only the shape of the text differs. A measurement, not a test:
//   npx tsx scripts/text-classes.ts [--chars N] [--runs N]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../lib/analyze.ts';

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const CHARS = arg('chars', 270_000);
const RUNS = arg('runs', 2);
const SHARED = resolve(process.env.SOURCELIGHT_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));

function prose(n: number): string {
  const dir = join(SHARED, 'corpus', 'polnear-dev');
  let out = '';
  for (const d of readdirSync(dir).sort()) {
    if (out.length >= n) break;
    out += `${readFileSync(join(dir, d, 'article.txt'), 'utf8').trim()}\n`;
  }
  return out.slice(0, n);
}

/** Every class keeps the prose's words; only quotes, sentence ends or punctuation change. */
const CLASSES: Record<string, (p: string) => string> = {
  prose: (p) => p,
  // every quotation opened, none closed
  'curly-quotes': (p) => p.replace(/["\u201D]/g, '\u201C').replace(/(^|\n)/g, '$1\u201C'),
  // no sentence end and no line break: one sentence of the whole length
  'one sentence': (p) => p.replace(/[.!?]+(?=\s|$)/g, '').replace(/\n+/g, ' '),
  // letters, digits and spaces only
  'no punctuation': (p) => p.replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\n+/g, ' '),
  // a short run of symbols after every few words (each run under lib/nlp.ts's MAX_SYMBOL_RUN)
  symbols: (p) => {
    let i = 0;
    return p.replace(/ /g, () => (++i % 4 === 0 ? ' ★→©§¶•✓ ' : ' '));
  },
};

const base = prose(CHARS);
// warm up (compromise's lexicon, the JIT) so the first class measured is not charged for it
analyze(base.slice(0, 20_000));
const rows: Array<{ name: string; chars: number; ms: number }> = [];
for (const [name, make] of Object.entries(CLASSES)) {
  // same length as the prose: cut or pad with the class's own text
  let text = make(base);
  while (text.length < CHARS) text += make(base).slice(0, CHARS - text.length);
  text = text.slice(0, CHARS);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    analyze(text);
    best = Math.min(best, performance.now() - t0);
  }
  rows.push({ name, chars: text.length, ms: best });
  const prosems = rows[0]!.ms;
  console.log(
    `${name.padEnd(16)} ${text.length} chars  ${(best / 1000).toFixed(2)} s  ${(best / prosems).toFixed(2)}x prose`,
  );
}
