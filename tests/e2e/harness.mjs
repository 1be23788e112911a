// End-to-end harness: serve pages from 127.0.0.1 and drive real headless Chromium with the built
// extension loaded (flags from ../shared/TOOLCHAIN.md). Shared by the e2e tests, `npm start` and the bench.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SHARED = resolve(process.env.SOURCELIGHT_SHARED ?? join(ROOT, '..', 'shared'));
export const CORPUS_PAGES = join(SHARED, 'corpus', 'pages');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it with `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH to the binary.',
    );
  }
  return found;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Serve files and generated pages on 127.0.0.1 (port 0). `routes` maps a path to
 * `{ body, type?, headers? }` or to an absolute file path; anything else 404s (no other host is reachable).
 */
export async function serve(routes = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let route = routes[path];
    if (typeof route === 'function') route = route(req);
    if (typeof route === 'string' && existsSync(route) && statSync(route).isFile()) {
      res.writeHead(200, { 'content-type': TYPES[extname(route)] ?? 'application/octet-stream' });
      res.end(readFileSync(route));
      return;
    }
    if (route && typeof route === 'object') {
      res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...(route.headers ?? {}) });
      res.end(route.body);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)), server };
}

/** Routes for every corpus page: /pages/<slug>/ -> its source.html. */
export function corpusRoutes() {
  const routes = {};
  for (const slug of corpusSlugs()) routes[`/pages/${slug}/`] = join(CORPUS_PAGES, slug, 'source.html');
  return routes;
}

export function corpusSlugs() {
  if (!existsSync(CORPUS_PAGES)) throw new Error(`corpus pages not found at ${CORPUS_PAGES}`);
  return readdirSync(CORPUS_PAGES)
    .sort()
    .filter((d) => existsSync(join(CORPUS_PAGES, d, 'source.html')));
}

/** The page the extension opens by itself when installed (utils/first-run.ts). */
export const FIRST_RUN_PAGE = '/legend.html';

/**
 * Wait for the first-run page the extension opens on install (up to `timeout` ms) and return it, or null. The
 * tests close it unless they test it: a tab opened by the extension can be the "active tab" tabIdFor() finds.
 */
export async function firstRunPage(context, timeout = 5_000) {
  const t0 = Date.now();
  for (;;) {
    const page = context.pages().find((p) => p.url().endsWith(FIRST_RUN_PAGE));
    if (page || Date.now() - t0 > timeout) return page ?? null;
    await sleep(50);
  }
}

/**
 * Launch headless Chromium. With `extension: false`, the same browser without Sourcelight (the baseline).
 * `firstRun: true` keeps the page the extension opens on install; by default it is closed.
 * Returns { context, extensionId, worker, close, profile }.
 */
export async function launch({
  extension = true,
  headless = true,
  extensionDir = EXTENSION_DIR,
  extraArgs = [],
  firstRun = false,
} = {}) {
  if (extension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionDir}: run \`npm run build\` first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ];
  if (extension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  args.push(...extraArgs);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    args,
    // Playwright turns the back/forward cache off by default; readers have it on, so the tests do too
    ignoreDefaultArgs: extension
      ? ['--disable-extensions', '--disable-back-forward-cache']
      : ['--disable-back-forward-cache'],
    viewport: { width: 1280, height: 900 },
  });
  let worker;
  let extensionId;
  if (extension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
    if (!firstRun) await (await firstRunPage(context))?.close();
  }
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  return { context, extensionId, worker, close, profile };
}

/**
 * The extension's tab id for a Playwright page. Without the "tabs" permission the service worker cannot
 * read tab URLs, so bring the page to the front and ask for the active tab.
 */
export async function tabIdFor(worker, page) {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
}

/**
 * Ask the content script in a tab for its PageState (see lib/messages.ts), from the service worker (or, in
 * Firefox, an extension page). As JSON: WebDriver BiDi hands an object met twice back as a reference that
 * Puppeteer reads as undefined, and analyses share span objects.
 */
export async function pageState(worker, tabId) {
  return worker
    .evaluate(
      (id) =>
        chrome.tabs
          .sendMessage(id, { type: 'sourcelight/get-state' })
          .then((s) => (s === undefined ? s : JSON.parse(JSON.stringify(s)))),
      tabId,
    )
    .catch((e) => ({ status: 'no-answer', error: String(e.message ?? e) }));
}

/** Poll pageState until the content script reports a final state (or time runs out). */
export async function waitForState(
  worker,
  tabId,
  { timeout = 15_000, final = ['ready', 'empty', 'not-article', 'error', 'paused'] } = {},
) {
  const t0 = Date.now();
  let state = null;
  while (Date.now() - t0 < timeout) {
    state = await pageState(worker, tabId);
    if (state && final.includes(state.status)) return state;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return state;
}

/** Open the popup UI for a tab in a tab of its own (the toolbar popup cannot be driven): popup.html?tabId=N. */
export async function openPopup(context, extensionId, tabId, { colorScheme } = {}) {
  const popup = await context.newPage();
  if (colorScheme) await popup.emulateMedia({ colorScheme });
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Sizes of the CSS highlights drawn in a page, by name (visible from the main world). */
export async function highlightSizes(page) {
  return page.evaluate(() => {
    const out = {};
    if (!('highlights' in CSS)) return out;
    for (const [name, h] of CSS.highlights) if (name.startsWith('sourcelight-')) out[name] = h.size;
    return out;
  });
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const countWords = (s) => s.split(/\s+/).filter(Boolean).length;

/**
 * A live-blog page of about `target` words from PolNeAR dev texts (each entry one article); used by the bench and
 * tests/e2e/parallel.test.mjs. Nothing is copied into the repo.
 */
export function assemblePage(target, title) {
  const dir = join(SHARED, 'corpus', 'polnear-dev');
  const entries = [];
  let words = 0;
  for (const d of readdirSync(dir).sort()) {
    if (words >= target) break;
    const text = readFileSync(join(dir, d, 'article.txt'), 'utf8').trim();
    const paras = text.split(/\n+/).filter((p) => p.trim());
    words += countWords(text);
    entries.push(
      `<section class="entry"><h2>Update ${entries.length + 1}</h2>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}</section>`,
    );
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${esc(title)}"}</script>
</head><body><header><nav><a href="#">Home</a> <a href="#">Politics</a></nav></header>
<main><article><h1>${esc(title)}</h1>${entries.join('\n')}</article></main><footer>Bench page</footer></body></html>`;
  return { html, words };
}

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Poll `fn` until it returns something truthy, or `timeout` ms pass (then its last value). */
export async function until(fn, timeout = 5000) {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - t0 > timeout) return v;
    await sleep(50);
  }
}

/** Paragraphs written for the tests: names, numbers, "said", anonymous sources and hedges in every one. */
export const ARTICLE_PARAS = [
  'President Maria Lopez said on Monday that 1,200 families had been evacuated from the coastal town of Portmere.',
  'The Ministry of Health reported 37 deaths and 412 injuries, according to a statement released in Lisbon.',
  'Officials, who spoke on condition of anonymity, said the damage could exceed $2.5 billion.',
  'John Carter, a spokesman for the Red Cross, told Reuters that 85 percent of the shelters were full on Tuesday.',
  'It was not immediately clear whether the evacuation order would be extended, Mayor Ana Ruiz said.',
  'Critics in Madrid allegedly warned in 2023 that the levees were too weak, but the claim could not be verified.',
  'Engineers from the European Commission said repairs would take at least 18 months and cost 300 million euros.',
  'Lopez told reporters in Portmere that the government would double its aid to 40,000 people by Friday.',
];
