// EXPERIMENT: PolNeAR dev sourcing with the rules alone and with the learned cues added, scored by
// ../shared/eval/score.mjs. Usage: npx tsx scripts/experiments/learned-cues/evaluate.ts /tmp/model.json
// (the model may mark words the rules rejected: see README.md)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findActors } from '../../../lib/actors.ts';
import { analyze } from '../../../lib/analyze.ts';
import { parse } from '../../../lib/nlp.ts';
import type { Analysis } from '../../../lib/types.ts';
import { type LearnedModel, learnedCues } from './learned.ts';

const shared = resolve(process.env.SOURCELIGHT_SHARED ?? '../shared');
const { score } = (await import(join(shared, 'eval', 'score.mjs'))) as {
  score: (gold: unknown, a: Analysis) => { sourcing: { tp: number; fp: number; fn: number } };
};
const raw = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as {
  bias: number;
  threshold: number;
  weights: [string, number][];
};
const model: LearnedModel = { ...raw, weights: new Map(raw.weights) };
const dir = join(shared, 'corpus', 'polnear-dev');
const total = { rules: { tp: 0, fp: 0, fn: 0 }, learned: { tp: 0, fp: 0, fn: 0 } };
for (const d of readdirSync(dir).sort()) {
  const text = readFileSync(join(dir, d, 'article.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, d, 'gold.json'), 'utf8'));
  const a = analyze(text);
  const parsed = parse(text);
  const added = learnedCues(
    model,
    parsed,
    findActors(parsed),
    a.sourcing.map((s) => s.span),
  );
  const b: Analysis = { ...a, sourcing: [...a.sourcing, ...added.map((span) => ({ kind: 'cue' as const, span }))] };
  for (const [k, x] of [
    ['rules', a],
    ['learned', b],
  ] as const) {
    const r = score(gold, x).sourcing;
    total[k].tp += r.tp;
    total[k].fp += r.fp;
    total[k].fn += r.fn;
  }
}
for (const [k, v] of Object.entries(total)) {
  const p = v.tp / (v.tp + v.fp);
  const r = v.tp / (v.tp + v.fn);
  console.log(
    `${k}: tp ${v.tp} fp ${v.fp} fn ${v.fn}  P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(4)}`,
  );
}
