// CLI: npm run analyze -- [--json|--explain] [FILE|URL|-]...
// Text files, HTML files, http(s) URLs or stdin; no argument analyses the bundled sample article.
// --json prints one analysis document per input, one per line, in input order (what score.mjs reads); every
// annotation carries the id of the rule that made it (`rule`). --explain prints, sentence by sentence, which
// rule fired on what and which candidate cues a veto rule set aside (lib/explain.ts).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/analyze.ts';
import { articleFromHtml } from '../lib/dom/from-html.ts';
import { explainText } from '../lib/explain.ts';
import { formatSummary } from '../lib/summary.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const SAMPLE = resolve(here, '../tests/fixtures/sample/article.html');

class InputError extends Error {}

function looksBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 4096);
  let odd = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) odd++;
  }
  return head.length > 0 && odd / head.length > 0.1;
}

/** HTML by name, by content type, or by its first tags (comments and doctypes may come first). */
function isHtml(name: string, s: string, contentType = ''): boolean {
  if (/\.x?html?$/i.test(name) || /html/i.test(contentType)) return true;
  return /^\s*(<!--|<!doctype\s+html|<html|<head|<body|<meta|<article|<div|<p[\s>])/i.test(s.slice(0, 4000));
}

async function readInput(arg: string): Promise<string> {
  let raw: string;
  let contentType = '';
  if (/^https?:\/\//i.test(arg)) {
    let res: Response;
    try {
      res = await fetch(arg, { redirect: 'follow', signal: AbortSignal.timeout(15_000) });
    } catch (e) {
      throw new InputError(`cannot reach ${arg}: ${(e as Error).cause ?? (e as Error).message}`);
    }
    if (!res.ok) throw new InputError(`${arg}: HTTP ${res.status}`);
    contentType = res.headers.get('content-type') ?? '';
    const buf = Buffer.from(await res.arrayBuffer());
    if (looksBinary(buf)) throw new InputError(`${arg}: binary content, not an article`);
    raw = buf.toString('utf8');
  } else {
    let buf: Buffer;
    try {
      buf = arg === '-' ? readFileSync(0) : readFileSync(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' ? `${arg}: no such file` : `${arg}: cannot read (${code ?? e})`);
    }
    if (looksBinary(buf)) throw new InputError(`${arg}: binary file, not an article`);
    raw = buf.toString('utf8');
  }
  const text = isHtml(arg, raw, contentType) ? articleFromHtml(raw).text : raw;
  if (text.trim().length === 0) throw new InputError(`${arg}: no article text found`);
  return text;
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const explain = !json && argv.includes('--explain');
  const inputs = argv.filter((a) => a !== '--json' && a !== '--explain');
  if (inputs.length === 0) inputs.push(SAMPLE);
  const color = !json && process.stdout.isTTY && !process.env.NO_COLOR;
  let failed = 0;
  for (const arg of inputs) {
    try {
      const text = await readInput(arg);
      if (explain) {
        process.stdout.write(`${explainText(text)}\n`);
        continue;
      }
      const analysis = analyze(text);
      process.stdout.write(
        json ? `${JSON.stringify(analysis)}\n` : `${formatSummary(analysis, { color, title: arg })}\n`,
      );
    } catch (e) {
      failed++;
      process.stderr.write(`sourcelight: ${e instanceof InputError ? e.message : `${arg}: ${(e as Error).message}`}\n`);
      // score.mjs expects one line per input: keep the order with an empty-but-valid document
      if (json) process.stdout.write(`${JSON.stringify({ error: String((e as Error).message) })}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
