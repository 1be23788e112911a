// Article extraction over the public benchmark's pages, in-process: quality with the benchmark's metric
// (../shared/eval/extraction-score.mjs's pageScore) and extraction time per page (median, p95).
//   npx tsx bench/extraction.ts [--worst N] [--page HASH] [--json]
//   npx tsx bench/extraction.ts --html FILE   (explain one saved page: root, what was left out and why, text)
//   npx tsx bench/extraction.ts --pages     (coverage and precision on ../shared/corpus/pages, as the e2e suite)
// `npm run eval` scores the same pages through the CLI; this is the fast loop for working on extraction.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractSync } from '../lib/dom/extract.ts';
import { articleFromHtml } from '../lib/dom/from-html.ts';
import { coverage, outside } from '../tests/e2e/text-overlap.mjs';

const shared = resolve(process.env.SOURCELIGHT_SHARED ?? '../shared');
const corpus = join(shared, 'corpus', 'extraction');
const { pageScore, summarize } = await import(pathToFileURL(join(shared, 'eval', 'extraction-score.mjs')).href);

const argv = process.argv.slice(2);
const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const only = opt('--page');
const worst = Number(opt('--worst') ?? 15);

if (opt('--html')) {
  // --html FILE: explain the extraction of any saved page
  explain(readFileSync(opt('--html')!, 'utf8'));
  process.exit(0);
}

if (argv.includes('--pages')) {
  // the saved news pages with a human body (../shared/corpus/pages): what the e2e suite checks in Chromium
  const dir = join(shared, 'corpus', 'pages');
  let covered = 0;
  let clean = 0;
  let n = 0;
  for (const slug of readdirSync(dir).sort()) {
    const p = join(dir, slug);
    let expected: string | null = null;
    if (existsSync(join(p, 'expected-text.txt'))) expected = readFileSync(join(p, 'expected-text.txt'), 'utf8');
    else if (existsSync(join(p, 'expected.html')))
      expected = parseHTML(readFileSync(join(p, 'expected.html'), 'utf8')).document.documentElement.textContent ?? '';
    if (expected === null) continue;
    const { text } = articleFromHtml(readFileSync(join(p, 'source.html'), 'utf8'));
    const cov = coverage(expected, text);
    const out = outside(expected, text);
    n++;
    if (cov >= 0.9) covered++;
    if (out <= 0.1) clean++;
    console.log(
      `${slug.padEnd(44)} coverage ${(cov * 100).toFixed(1).padStart(5)}%  outside ${(out * 100).toFixed(1).padStart(5)}%`,
    );
  }
  console.log(`coverage >= 90% on ${covered}/${n}; words outside <= 10% on ${clean}/${n}`);
  process.exit(0);
}

const names = readdirSync(corpus)
  .filter((d) => !only || d.startsWith(only))
  .filter((d) => existsSync(join(corpus, d, 'expected.txt')))
  .sort();

const rows = [];
const times: number[] = [];
for (const n of names) {
  const html = gunzipSync(readFileSync(join(corpus, n, 'source.html.gz'))).toString('utf8');
  const expected = readFileSync(join(corpus, n, 'expected.txt'), 'utf8');
  const url = JSON.parse(readFileSync(join(corpus, n, 'meta.json'), 'utf8')).url as string;
  const t0 = performance.now();
  const { text } = articleFromHtml(html);
  times.push(performance.now() - t0);
  const s = pageScore(expected, text);
  const f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
  rows.push({ page: n, url, ...s, f1, text });
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
const sum = summarize(rows);
const f = (x: number) => x.toFixed(3);
if (argv.includes('--json')) {
  console.log(JSON.stringify({ ...sum, medianMs: pct(0.5), p95Ms: pct(0.95), rows: rows.map(({ text, ...r }) => r) }));
} else {
  console.log(`F1 ${f(sum.f1)}  P ${f(sum.precision)}  R ${f(sum.recall)}  (${rows.length} pages)`);
  console.log(`extraction time per page: median ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms`);
  console.log(
    `pages below 0.5: ${rows.filter((r) => r.f1 < 0.5).length}; below 0.8: ${rows.filter((r) => r.f1 < 0.8).length}`,
  );
  for (const r of [...rows].sort((a, b) => a.f1 - b.f1).slice(0, worst))
    console.log(`  ${r.page} ${f(r.f1)} P ${f(r.precision)} R ${f(r.recall)}  ${r.url}`);
  if (only && rows[0]) explain(gunzipSync(readFileSync(join(corpus, rows[0].page, 'source.html.gz'))).toString('utf8'));
}

/** Which root was chosen and what inside it was left out (with the reason), then the text. */
function explain(html: string): void {
  const { document } = parseHTML(html);
  const choice = extractSync(document as unknown as Document);
  const path = (el: Element) => {
    const p: string[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const cls = e.getAttribute('class')?.trim().split(/\s+/).join('.');
      p.unshift(e.localName + (e.id ? `#${e.id}` : '') + (cls ? `.${cls}` : ''));
    }
    return p.join(' > ');
  };
  console.log(`\nroot (${choice.how}): ${path(choice.root)}`);
  if (choice.best && choice.best !== choice.root) console.log(`climbed from: ${path(choice.best)}`);
  for (const [el, why] of choice.plan.skip) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').slice(0, 70);
    console.log(`  ${why.padEnd(10)} ${path(el).slice(-90)}  ${JSON.stringify(text)}`);
  }
  console.log(`\n----\n${choice.map.text}`);
}
