#!/usr/bin/env node
// npm start: build the extension, serve the bundled sample article on 127.0.0.1 and open Chromium with
// Sourcelight loaded on it. Without a display (no $DISPLAY) or with --headless: run headless, save
// screenshots of the highlighted article and the popup, and print the who-said-what summary that the
// extension itself produced (never a stand-in).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatSummary } from '../lib/summary.ts';
import { highlightSizes, launch, openPopup, ROOT, serve, tabIdFor, waitForState } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const SAMPLE = join(ROOT, 'tests/fixtures/sample/article.html');
const WAIT_MS = 15_000;

function step(msg) {
  process.stdout.write(`\x1b[2m›\x1b[0m ${msg}\n`);
}

if (!args.includes('--no-build')) {
  step('building the extension (wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    console.error('sourcelight start: the build failed (see above)');
    process.exit(1);
  }
}

const server = await serve({ '/': SAMPLE, '/article/': SAMPLE });
const url = `${server.origin}/article/`;
let browser;
try {
  browser = await launch({ headless });
} catch (e) {
  console.error(`sourcelight start: ${e.message}`);
  await server.close();
  process.exit(1);
}
const { context, extensionId, worker } = browser;
step(`Sourcelight ${extensionId} loaded in Chromium (${headless ? 'headless' : 'windowed'})`);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
step(`sample article at ${url}`);

// Wait for the extension to finish with the page: highlights drawn or a final state reported.
const tabId = await tabIdFor(worker, page);
const state = await waitForState(worker, tabId, { timeout: WAIT_MS });

if (!headless) {
  step('the browser stays open; close it (or press Ctrl+C) to stop');
  await new Promise((ok) => context.on('close', ok));
  await server.close();
  process.exit(0);
}

const out = join(ROOT, 'artifacts', `start-${new Date().toISOString().replace(/[:.]/g, '-')}`);
mkdirSync(out, { recursive: true });
await page.screenshot({ path: join(out, 'article.png'), fullPage: true });
const sizes = await highlightSizes(page);
const popup = await openPopup(context, extensionId, tabId);
await popup.waitForTimeout(800);
await popup.screenshot({ path: join(out, 'popup.png'), fullPage: true });

console.log('');
if (state?.analysis) {
  console.log(formatSummary(state.analysis, { color: process.stdout.isTTY, title: state.title || 'Sample article' }));
} else {
  console.log(
    `The extension reported no analysis for the sample page (${state?.status ?? state?.error ?? 'no answer'}).`,
  );
}
console.log('');
console.log(
  `Highlights drawn: ${
    Object.entries(sizes)
      .map(([k, v]) => `${k.replace('sourcelight-', '')} ${v}`)
      .join(', ') || 'none'
  }`,
);
console.log(`Screenshots: ${join(out, 'article.png')}\n             ${join(out, 'popup.png')}`);
await browser.close();
await server.close();
