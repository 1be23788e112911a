#!/usr/bin/env node
// npm run eval: score the analysis against gold with ../shared/eval/score.mjs, then article extraction with
// ../shared/eval/extraction-score.mjs (the extraction benchmark's pages, beside the published extractors).
//
// Sets: `dev` and `polnear-dev` (../shared/corpus), `pages` (the project's own gold over saved news pages,
// tests/gold/<slug>/gold.json; the pages stay in ../shared/corpus/pages), `all` (dev and pages as one corpus of
// 20 articles), `extraction`; by default dev, pages, polnear-dev and extraction.
// Name sets to run only those (`npm run eval -- dev polnear-train`); other arguments go to the scorers
// (e.g. --json). Exit code: the first failing scorer's.
// `npm run eval -- --rules [SET...]`: per-rule firing counts and precision instead (scripts/rule-stats.ts;
// PolNeAR train and dev by default).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.SOURCELIGHT_SHARED ?? join(root, '..', 'shared'));
const score = resolve(shared, 'eval/score.mjs');
const extraction = resolve(shared, 'eval/extraction-score.mjs');
const GOLD = join(root, 'tests', 'gold');
if (!existsSync(score)) {
  console.error(`sourcelight eval: ${score} not found (set SOURCELIGHT_SHARED to the shared folder)`);
  process.exit(2);
}

/**
 * The project's gold over saved pages, laid out as score.mjs reads a corpus: each gold file's `page` names
 * a folder of ../shared/corpus/pages, whose source.html becomes the gold's input (an absolute path, so the
 * shared folder may live anywhere).
 */
function pagesCorpus(withDev = false) {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-gold-'));
  if (withDev) {
    // `all`: the dev set's articles beside the saved pages, scored as one corpus (counts summed over all 20)
    const dev = resolve(shared, 'corpus', 'dev');
    for (const doc of readdirSync(dev).sort())
      if (existsSync(join(dev, doc, 'gold.json'))) symlinkSync(join(dev, doc), join(dir, `dev-${doc}`), 'dir');
  }
  for (const slug of readdirSync(GOLD).sort()) {
    const file = join(GOLD, slug, 'gold.json');
    if (!existsSync(file)) continue;
    const gold = JSON.parse(readFileSync(file, 'utf8'));
    const page = join(shared, 'corpus', 'pages', gold.page ?? slug, 'source.html');
    if (!existsSync(page)) throw new Error(`${file}: page ${page} not found`);
    mkdirSync(join(dir, slug));
    writeFileSync(join(dir, slug, 'gold.json'), JSON.stringify({ ...gold, input: page }));
  }
  return dir;
}

const sets = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
if (flags.includes('--rules')) {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const r = spawnSync(tsx, [join(root, 'scripts', 'rule-stats.ts'), ...sets], { stdio: 'inherit', cwd: root });
  process.exit(r.status ?? 1);
}
const defaults = ['dev', ...(existsSync(GOLD) ? ['pages'] : []), 'polnear-dev', 'extraction'];
let status = 0;
for (const set of sets.length ? sets : defaults) {
  console.log(`\n== ${set}`);
  const scorer = set === 'extraction' ? extraction : score;
  const corpus = set === 'pages' || set === 'all' ? pagesCorpus(set === 'all') : resolve(shared, 'corpus', set);
  try {
    const r = spawnSync(process.execPath, [scorer, '--corpus', corpus, ...flags], { stdio: 'inherit', cwd: root });
    status ||= r.status ?? 1;
  } finally {
    if (set === 'pages' || set === 'all') rmSync(corpus, { recursive: true, force: true });
  }
}
process.exit(status);
