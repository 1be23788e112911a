// npm run eval -- --rules [SET...]: per rule, how often it fires and how often what it made matches gold, on
// PolNeAR train and the dev set by default (../shared/corpus/<set>), so a weak rule shows itself.
// Cue rules are scored on sourcing gold, content and statement rules on attribution gold, claim detectors on
// claim gold, actor rules on typed actor gold (score.mjs's own matching: a prediction it leaves unmatched is a
// false positive). A veto is wrong where the gold marks the token it set aside as sourcing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { traceText } from '../lib/explain.ts';
import { RULES } from '../lib/rules/index.ts';
import { goldSourcing, inputOf } from './corpus.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.SOURCELIGHT_SHARED ?? join(root, '..', 'shared'));

interface Count {
  fired: number;
  wrong: number;
}
interface Predicted {
  rule?: string;
  reasons?: { rule?: string }[];
  speaker?: string;
  span?: { start: number };
  content?: { start: number };
  parts?: { start: number }[];
}
type Scored = { extra: Predicted[] } | null;

const { score } = (await import(pathToFileURL(join(shared, 'eval', 'score.mjs')).href)) as {
  score: (gold: unknown, analysis: unknown) => Record<string, Scored>;
};

function statsFor(set: string): Map<string, Count> {
  const counts = new Map<string, Count>();
  const bump = (rule: string | undefined, key: keyof Count) => {
    if (!rule) return;
    const c = counts.get(rule) ?? { fired: 0, wrong: 0 };
    c[key]++;
    counts.set(rule, c);
  };
  const dir = join(shared, 'corpus', set);
  for (const doc of readdirSync(dir).sort()) {
    const goldFile = join(dir, doc, 'gold.json');
    if (!existsSync(goldFile)) continue;
    const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
    const { analysis, events } = traceText(inputOf(join(dir, doc), gold));
    const result = score(gold, analysis);
    const judged = (category: string) => result[category] !== null && result[category] !== undefined;
    if (judged('actors')) for (const a of analysis.actors) bump(a.rule, 'fired');
    if (judged('sourcing')) for (const s of analysis.sourcing) bump(s.rule, 'fired');
    if (judged('attributions')) for (const a of analysis.attributions) if (a.act !== 'decline') bump(a.rule, 'fired');
    if (judged('claims')) for (const c of analysis.claims) for (const r of c.reasons) bump(r.rule, 'fired');
    for (const category of ['actors', 'sourcing', 'attributions']) {
      // a quotation scored per part appears once per part: count each prediction once
      const seen = new Set<string>();
      for (const x of result[category]?.extra ?? []) {
        const key = `${x.rule}|${x.speaker}|${(x.parts?.[0] ?? x.content ?? x.span)?.start}`;
        if (!seen.has(key)) bump(x.rule, 'wrong');
        seen.add(key);
      }
    }
    for (const c of result.claims?.extra ?? []) for (const r of c.reasons ?? []) bump(r.rule, 'wrong');
    if (judged('sourcing')) {
      const marked = goldSourcing(analysis.text, gold);
      for (const e of events.filter((x) => x.vetoed)) {
        bump(e.rule, 'fired');
        if (marked.some(([s, t]) => e.span.start < t && s < e.span.end)) bump(e.rule, 'wrong');
      }
    }
  }
  return counts;
}

const sets = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const chosen = sets.length > 0 ? sets : ['polnear-train', 'dev'];
const results = chosen.map((set) => [set, statsFor(set)] as const);
const pct = (c: Count | undefined) =>
  !c || c.fired === 0 ? '      -' : `${((100 * (c.fired - c.wrong)) / c.fired).toFixed(1).padStart(6)}%`;
const head = chosen.map((s) => `${s.slice(0, 14).padStart(14)} fired  prec`).join('  ');
console.log(`${'rule'.padEnd(34)}${head}`);
for (const r of RULES) {
  const cols = results.map(([, m]) => `${String(m.get(r.id)?.fired ?? 0).padStart(20)} ${pct(m.get(r.id))}`);
  console.log(`${r.id.padEnd(34)}${cols.join('  ')}`);
}
console.log(
  '\nprec: share of what the rule made that gold confirms (for a veto: share of set-aside words gold does not mark).',
);
console.log('Wrong for a content rule counts a wrong speaker or a content out of bounds; unjudged categories show -.');
