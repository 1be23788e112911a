// EXPERIMENT: training data for learned.ts. For every article of a PolNeAR split, each word the model would
// look at (outside the rules' spans and quotations), its features and whether it lies in a gold cue the
// rules missed. One JSON line per word.
// Usage: npx tsx scripts/experiments/learned-cues/dump.ts polnear-train > /tmp/train.jsonl
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findActors } from '../../../lib/actors.ts';
import { findAttributions } from '../../../lib/attributions.ts';
import { parse } from '../../../lib/nlp.ts';
import { eachCandidate } from './learned.ts';

const shared = resolve(process.env.SOURCELIGHT_SHARED ?? '../shared');
const set = process.argv[2] ?? 'polnear-train';
const dir = join(shared, 'corpus', set);
// score.mjs's placing of a gold item: its text inside its context, quotes and blanks folded one for one
const fold = (s: string) =>
  s
    .replace(/[\u2018\u2019\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F]/g, ' ');
const flexible = (s: string) =>
  new RegExp(
    fold(s)
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
  );
function place(text: string, item: { text: string; context: string }): [number, number] | undefined {
  const c = flexible(item.context).exec(text);
  if (!c) return undefined;
  const inner = flexible(item.text).exec(text.slice(c.index, c.index + c[0].length));
  return inner ? [c.index + inner.index, c.index + inner.index + inner[0].length] : undefined;
}
for (const d of readdirSync(dir).sort()) {
  const text = readFileSync(join(dir, d, 'article.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, d, 'gold.json'), 'utf8')) as {
    sourcing: { text: string; context: string; optional?: boolean }[];
  };
  const parsed = parse(text);
  const actors = findActors(parsed);
  const rules = findAttributions(parsed, actors).sourcing.map((s) => s.span);
  // gold cues the rules missed: the words the model is to find
  const folded = fold(text);
  const cues: [number, number][] = [];
  for (const g of gold.sourcing) {
    if (g.optional) continue;
    const at = place(folded, g);
    if (at && !rules.some((r) => r.start < at[1] && r.end > at[0])) cues.push(at);
  }
  eachCandidate(parsed, actors, rules, (t, f) => {
    const y = cues.some(([s, e]) => t.start < e && t.end > s) ? 1 : 0;
    process.stdout.write(`${JSON.stringify({ d, y, f })}\n`);
  });
}
