#!/usr/bin/env node
// npm run bench [-- --json] [--runs N] [--node-only|--browser-only]
// Node: analyze() throughput over ../shared/corpus/polnear-dev against compromise's bare parse of the same
// texts, and cold start. Browser: the built extension in headless Chromium against the same browser without
// it, on ~1.5k-, ~10k- and ~50k-word pages. Baseline and candidate are measured in the same run (this
// machine is shared and noisy: ratios, medians, min and max; no single-run figures).
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchNode } from '../bench/node.ts';
import { fmt, fmtStat, stat } from '../bench/stats.ts';
import { ROOT, SHARED } from '../tests/e2e/harness.mjs';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const runsArg = argv.indexOf('--runs');
const runs = Math.max(5, runsArg >= 0 ? Number(argv[runsArg + 1]) || 5 : 5);
const log = (m) => process.stderr.write(`\x1b[2m› ${m}\x1b[0m\n`);

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const report = { machine, date: new Date().toISOString(), runs };

if (!argv.includes('--browser-only')) {
  log('node: analyze() vs bare compromise parse over polnear-dev…');
  report.node = benchNode(join(SHARED, 'corpus', 'polnear-dev'), runs);
}

if (!argv.includes('--node-only')) {
  log('building the extension…');
  const b = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) {
    console.error('bench: build failed');
    process.exit(1);
  }
  const { benchBrowser } = await import('../bench/browser.mjs');
  const raw = await benchBrowser({ runs, log });
  report.bundle = raw.bundle;
  report.swIdleHeap = raw.swIdleHeap;
  report.browser = {};
  for (const [id, p] of Object.entries(raw.pages)) {
    const pick = (rows, k) => stat(rows.map((r) => r[k]).filter((x) => x != null));
    report.browser[id] = {
      words: p.words,
      longTasks: { with: pick(p.with, 'longTasks'), without: pick(p.without, 'longTasks') },
      longest: { with: pick(p.with, 'longest'), without: pick(p.without, 'longest') },
      firstHighlightMs: pick(p.with, 'firstMs'),
      allHighlightsMs: pick(p.with, 'doneMs'),
      pageHeap: { with: pick(p.with, 'heap'), without: pick(p.without, 'heap') },
      workerHeap: pick(p.with, 'swHeap'),
    };
  }
  // cost vs length: slope of log(time to all highlights) over log(words) across the three pages
  const pts = Object.values(report.browser)
    .filter((p) => Number.isFinite(p.allHighlightsMs.median) && p.allHighlightsMs.median > 0)
    .map((p) => [Math.log(p.words), Math.log(p.allHighlightsMs.median)]);
  if (pts.length >= 2) {
    const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
    const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
    const num = pts.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0);
    const den = pts.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
    report.lengthExponent = num / den;
  }
}

if (json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const out = [`Sourcelight bench — ${report.date}`, `machine: ${machine}; ${runs} runs each, median (min–max)`, ''];
  if (report.node) {
    const n = report.node;
    out.push(
      `Node, polnear-dev (${n.corpus.docs} articles, ${fmt(n.corpus.words)} words)`,
      `| measure | compromise bare parse (baseline) | analyze() | ratio |`,
      `|---|---|---|---|`,
      `| throughput, words/s | ${fmtStat(n.bareParse)} | ${fmtStat(n.analyze)} | ${fmtStat(n.ratio, 2, '×')} time |`,
      `| cold start (import + first article), ms | ${fmtStat(n.coldBare)} | ${fmtStat(n.coldAnalyze)} | ${fmt(n.coldAnalyze.median / n.coldBare.median, 2)}× |`,
      '',
    );
  }
  if (report.browser) {
    const kb = (b) => `${fmt(b / 1024, 1)} KB`;
    const mb = (s) => `${fmt(s.median / 2 ** 20, 1)} MB`;
    out.push(
      `Browser (headless Chromium); content script ${kb(report.bundle.content)}, background ${kb(report.bundle.background)}`,
      `| page | words | long tasks without / with | longest without / with, ms | first highlight, ms | all highlights, ms | page heap without / with | worker heap |`,
      `|---|---|---|---|---|---|---|---|`,
    );
    for (const [id, p] of Object.entries(report.browser)) {
      out.push(
        `| ${id} | ${fmt(p.words)} | ${fmtStat(p.longTasks.without)} / ${fmtStat(p.longTasks.with)} | ${fmtStat(p.longest.without)} / ${fmtStat(p.longest.with)} | ${fmtStat(p.firstHighlightMs)} | ${fmtStat(p.allHighlightsMs)} | ${mb(p.pageHeap.without)} / ${mb(p.pageHeap.with)} (+${fmt((p.pageHeap.with.median - p.pageHeap.without.median) / 2 ** 20, 1)}) | ${Number.isFinite(p.workerHeap.median) ? mb(p.workerHeap) : '–'} |`,
      );
    }
    if (report.lengthExponent != null)
      out.push('', `time to all highlights ∝ words^${fmt(report.lengthExponent, 2)} over the three pages`);
  }
  console.log(out.join('\n'));
}
