#!/usr/bin/env node
// npm run eval: score the analysis against gold with ../shared/eval/score.mjs, on the dev set and on
// PolNeAR dev, then article extraction with ../shared/eval/extraction-score.mjs on the extraction benchmark's
// pages (beside the published extractors). Sets can be named (`npm run eval -- dev polnear-train extraction`);
// other arguments go to the scorers (e.g. --json). Exit code: the first failing scorer's.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const shared = resolve(process.env.SOURCELIGHT_SHARED ?? '../shared');
const score = resolve(shared, 'eval/score.mjs');
const extraction = resolve(shared, 'eval/extraction-score.mjs');
if (!existsSync(score)) {
  console.error(`sourcelight eval: ${score} not found (set SOURCELIGHT_SHARED to the shared folder)`);
  process.exit(2);
}
const sets = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
let status = 0;
for (const set of sets.length ? sets : ['dev', 'polnear-dev', 'extraction']) {
  console.log(`\n== ${set}`);
  const scorer = set === 'extraction' ? extraction : score;
  const r = spawnSync(process.execPath, [scorer, '--corpus', resolve(shared, 'corpus', set), ...flags], {
    stdio: 'inherit',
  });
  status ||= r.status ?? 1;
}
process.exit(status);
