#!/usr/bin/env -S npx tsx
// npx tsx scripts/measure-density.mjs [--json] [--pages DIR]
// Marks per 100 words on the saved news pages, with everything drawn ('all') and with the default ('quiet'):
// the extension's own extraction (lib/dom/from-html.ts, the code the content script runs, over linkedom) and
// analysis, then lib/density.ts's selection, counted as the painter would be handed them. Node only: the
// browser's extraction also sees layout (hidden text), which tests/e2e/readability.test.mjs checks on a page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../lib/analyze.ts';
import { CATEGORY_IDS } from '../lib/categories.ts';
import { marksPer100Words, selectDrawn } from '../lib/density.ts';
import { articleFromHtml } from '../lib/dom/from-html.ts';
import { explainAll } from '../lib/dom/marks.ts';
import { CORPUS_PAGES } from '../tests/e2e/harness.mjs';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const dirArg = argv.indexOf('--pages');
const dir = dirArg >= 0 ? argv[dirArg + 1] : CORPUS_PAGES;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => Math.round(x * 100) / 100;

const rows = [];
for (const page of readdirSync(dir).sort()) {
  const html = readFileSync(join(dir, page, 'source.html'), 'utf8');
  const { text } = articleFromHtml(html);
  const analysis = analyze(text);
  const all = explainAll(analysis);
  const quiet = selectDrawn(all, analysis, 'quiet');
  const words = text.match(/\S+/g)?.length ?? 0;
  const byCategory = (marks) =>
    Object.fromEntries(CATEGORY_IDS.map((c) => [c, marks.filter((m) => m.category === c).length]));
  // paragraphs with at least one mark, of those with any text
  const paragraphs = (marks) => {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    const marked = new Set(marks.map((m) => starts.findLastIndex((s) => s <= m.start)));
    return marked.size;
  };
  rows.push({
    page,
    words,
    paragraphs: text.split('\n').filter((p) => p.trim()).length,
    all: {
      marks: all.length,
      per100: round(marksPer100Words(all.length, text)),
      markedParagraphs: paragraphs(all),
      byCategory: byCategory(all),
    },
    quiet: {
      marks: quiet.length,
      per100: round(marksPer100Words(quiet.length, text)),
      markedParagraphs: paragraphs(quiet),
      byCategory: byCategory(quiet),
    },
  });
}

const summary = (key) => {
  const xs = rows.map((r) => r[key].per100);
  const max = rows.reduce((a, r) => (r[key].per100 > a[key].per100 ? r : a));
  return { median: round(median(xs)), max: max[key].per100, maxPage: max.page };
};
const report = { pages: rows.length, quiet: summary('quiet'), all: summary('all'), rows };

if (json) console.log(JSON.stringify(report, null, 2));
else {
  const pad = (s, n) => String(s).padStart(n);
  console.log(
    `${'page'.padEnd(40)} ${pad('words', 6)} ${pad('all/100', 8)} ${pad('quiet/100', 9)}  marked paragraphs (all -> quiet)`,
  );
  for (const r of rows)
    console.log(
      `${r.page.padEnd(40)} ${pad(r.words, 6)} ${pad(r.all.per100.toFixed(1), 8)} ${pad(r.quiet.per100.toFixed(1), 9)}  ${r.all.markedParagraphs} -> ${r.quiet.markedParagraphs} of ${r.paragraphs}`,
    );
  console.log(`\n${rows.length} pages, marks per 100 words`);
  for (const k of ['quiet', 'all'])
    console.log(
      `  ${k.padEnd(6)} median ${report[k].median.toFixed(2)}  max ${report[k].max.toFixed(2)} (${report[k].maxPage})`,
    );
}
