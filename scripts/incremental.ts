// Incremental analysis on a live blog, in Node: work per added paragraph against a full analysis of the same
// text, measured in the same run (the machine is shared: only ratios mean something). A page of real paragraphs
// (../shared/corpus/polnear-dev, read, never copied) gains paragraphs one at a time, at the top (newest
// first) or at the bottom; each step is analysed both ways and checked equal. A measurement, not a test:
//   npx tsx scripts/incremental.ts [--paragraphs 200] [--added 16]

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../lib/analyze.ts';
import { analyzeIncremental, type PieceParses } from '../lib/incremental.ts';

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const PARAGRAPHS = arg('paragraphs', 200);
const ADDED = arg('added', 16);
const SHARED = resolve(process.env.SOURCELIGHT_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));

const dir = join(SHARED, 'corpus', 'polnear-dev');
const pool = readdirSync(dir)
  .sort()
  .flatMap((d) =>
    readFileSync(join(dir, d, 'article.txt'), 'utf8')
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean),
  );
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

for (const where of ['bottom', 'top'] as const) {
  const paras = pool.slice(0, PARAGRAPHS);
  let known: PieceParses | undefined = (await analyzeIncremental(paras.join('\n'))).parses;
  const ratios: number[] = [];
  const reparsed: number[] = [];
  const rules: number[] = [];
  let chars = 0;
  for (let i = 0; i < ADDED; i++) {
    const p = pool[PARAGRAPHS + i]!;
    if (where === 'top') paras.unshift(p);
    else paras.push(p);
    const text = paras.join('\n');
    chars = text.length;
    const t0 = performance.now();
    const inc = await analyzeIncremental(text, { known });
    const t1 = performance.now();
    const full = analyze(text);
    const t2 = performance.now();
    if (!isDeepStrictEqual(inc.analysis, full)) throw new Error(`step ${i}: not equal to analyze()`);
    known = inc.parses;
    ratios.push((t1 - t0) / (t2 - t1));
    reparsed.push(inc.stats.reparsedChars / text.length);
    rules.push(inc.stats.rulesMs / (t1 - t0));
  }
  console.log(
    JSON.stringify({
      added: where,
      paragraphs: `${PARAGRAPHS} + ${ADDED}`,
      chars,
      workPerAddedParagraphVsFull: +median(ratios).toFixed(3),
      range: [+Math.min(...ratios).toFixed(3), +Math.max(...ratios).toFixed(3)],
      reparsedShare: +median(reparsed).toFixed(4),
      rulesShareOfIncremental: +median(rules).toFixed(2),
    }),
  );
}
