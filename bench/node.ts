// Node side of `npm run bench`: analyze() throughput against compromise's bare parse of the same texts,
// measured in the same run, and cold start (import + first analysis) in fresh processes.
// Imported by scripts/bench.mjs; also runnable alone: npx tsx bench/node.ts
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyze } from '../lib/analyze.ts';
import { type Stat, stat } from './stats.ts';

export interface NodeBench {
  corpus: { docs: number; words: number };
  bareParse: Stat; // words/s
  analyze: Stat; // words/s
  ratio: Stat; // analyze time / parse time, per run
  coldBare: Stat; // ms
  coldAnalyze: Stat; // ms
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function loadTexts(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .map((d) => readFileSync(join(dir, d, 'article.txt'), 'utf8'));
}

function timeAll(fn: (t: string) => unknown, texts: string[]): number {
  const t0 = performance.now();
  for (const t of texts) fn(t);
  return performance.now() - t0;
}

export function benchNode(corpusDir: string, runs = 5): NodeBench {
  const texts = loadTexts(corpusDir);
  const total = texts.reduce((n, t) => n + words(t), 0);
  // warm both paths (JIT, lexicon) before measuring; interleave so machine noise hits both alike
  timeAll((t) => nlp(t), texts.slice(0, 5));
  timeAll((t) => analyze(t), texts.slice(0, 5));
  const parse: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < runs; i++) {
    parse.push(timeAll((t) => nlp(t), texts));
    full.push(timeAll((t) => analyze(t), texts));
  }
  const sample = texts[0] ?? '';
  const cold = (code: string) => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      encoding: 'utf8',
      env: { ...process.env, SAMPLE: sample },
    });
    return Number(out.trim());
  };
  const coldBare: number[] = [];
  const coldAnalyze: number[] = [];
  const analyzeUrl = new URL('../lib/analyze.ts', import.meta.url).href;
  for (let i = 0; i < runs; i++) {
    coldBare.push(
      cold(
        `const t0=performance.now(); const {default: nlp}=await import('compromise'); nlp(process.env.SAMPLE).json(); console.log(performance.now()-t0)`,
      ),
    );
    coldAnalyze.push(
      cold(
        `const t0=performance.now(); const {analyze}=await import(${JSON.stringify(analyzeUrl)}); analyze(process.env.SAMPLE); console.log(performance.now()-t0)`,
      ),
    );
  }
  return {
    corpus: { docs: texts.length, words: total },
    bareParse: stat(parse.map((ms) => (total / ms) * 1000)),
    analyze: stat(full.map((ms) => (total / ms) * 1000)),
    ratio: stat(full.map((ms, i) => ms / (parse[i] ?? ms))),
    coldBare: stat(coldBare),
    coldAnalyze: stat(coldAnalyze),
  };
}
