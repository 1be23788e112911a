// The analysis a browser's result must equal: analyze(text) in Node, one thread, through the CLI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

/** analyze(text) in Node, one thread: the CLI's JSON output for a text file. */
export function singleThread(text) {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-reference-'));
  try {
    const file = join(dir, 'article.txt');
    writeFileSync(file, text);
    const out = execFileSync('npx', ['tsx', 'scripts/analyze.ts', '--json', file], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 2 ** 20,
    });
    return JSON.parse(out.trim().split('\n')[0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * An analysis without the note on how it was computed (which thread or pool), as JSON has it, for comparing
 * results (Firefox's messages keep `undefined` members, Chromium's and the CLI's JSON drop them).
 */
export const stripEngine = ({ engine: _engine, ...rest }) => JSON.parse(JSON.stringify(rest));
