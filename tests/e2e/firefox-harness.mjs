// End-to-end harness for Firefox: stock Firefox (Debian's firefox-esr) driven headless over WebDriver BiDi by
// puppeteer-core, no geckodriver; the build in .output/firefox-mv3 installed as a temporary add-on. Firefox has
// no handle on an extension's background, so the tests reach the extension's APIs through one of its own pages
// (`ext.control`, popup.html aimed at no tab): `chrome.tabs.sendMessage` and `chrome.storage` work there as in
// Chromium's service worker, so ./harness.mjs's pageState/waitForState and ./checks.mjs serve both browsers.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT, sleep } from './harness.mjs';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv3');

export function firefoxPath() {
  const candidates = [
    process.env.FIREFOX_PATH,
    '/usr/lib/firefox-esr/firefox-esr',
    '/usr/lib/firefox/firefox',
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
  ].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Firefox not found. Install it with `apt-get install -y firefox-esr` (Debian) or set FIREFOX_PATH to the binary.',
    );
  }
  return found;
}

/**
 * A proxy that takes every connection and drops it: pointed at by the proxy prefs, a saved page's requests to
 * its CDNs fail at once instead of waiting on a network that is not there. Each request's first line
 * ("CONNECT host:443 …", "GET http://host/ …") is kept, so a test can see what left the browser.
 */
async function sinkProxy() {
  const seen = [];
  const server = createServer((socket) => {
    socket.once('data', (d) => {
      seen.push(d.toString('latin1').split('\r\n')[0]);
      socket.destroy();
    });
    socket.on('error', () => {});
    socket.setTimeout(2_000, () => socket.destroy());
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { port: server.address().port, seen, close: () => new Promise((ok) => server.close(ok)) };
}

/** Open an extension page and wait until it has run (a `goto` on moz-extension: pages may never settle). */
export async function openExtensionPage(browser, url, { window = false } = {}) {
  const page = await browser.newPage(window ? { type: 'window' } : undefined);
  page.goto(url).catch(() => {});
  const t0 = Date.now();
  for (;;) {
    const ready = await page
      .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')
      .catch(() => false);
    if (ready) return page;
    if (Date.now() - t0 > 15_000) throw new Error(`extension page ${url} did not load`);
    await sleep(100);
  }
}

/**
 * Launch headless Firefox with the extension installed. Returns { browser, uuid, control, version, proxied,
 * close }: `control` is an extension page for reaching the extension's APIs, `proxied` the first line of every
 * request that tried to leave 127.0.0.1.
 */
export async function launchFirefox({ extensionDir = FIREFOX_EXTENSION_DIR, prefs = {} } = {}) {
  const manifestFile = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`no built extension at ${extensionDir}: run \`npm run build\` first`);
  const geckoId = JSON.parse(readFileSync(manifestFile, 'utf8')).browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const proxy = await sinkProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Firefox 153 lets WebDriver navigate only to http(s), file, blob and about:blank unless the remote agent may
    // reach system pages: the extension's own moz-extension: pages need it
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // the extension's pages get a known address: moz-extension://<uuid>/popup.html
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.allow_hijacking_localhost': false,
      // Firefox's own traffic would go through the proxy too: its captive-portal and connectivity checks, and
      // remote settings (blocklists and the like; a release build honours the server pref only with
      // MOZ_REMOTE_SETTINGS_DEVTOOLS set, below)
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'services.settings.server': 'http://127.0.0.1:9/',
      ...prefs,
    },
  });
  try {
    await browser.installExtension(extensionDir);
    const control = await openExtensionPage(browser, `moz-extension://${uuid}/popup.html?tabId=0`);
    const version = await browser.version();
    const close = async () => {
      await browser.close().catch(() => {});
      await proxy.close();
    };
    return { browser, uuid, control, version, proxied: proxy.seen, close };
  } catch (e) {
    await browser.close().catch(() => {});
    await proxy.close();
    throw e;
  }
}

/**
 * Navigate and wait for the document to be parsed. Not through WebDriver BiDi's navigate command: with a saved
 * page's outside requests failing, Firefox's remote agent may reject it ("Address rejected") or never report
 * the load, although the page is there. The page navigates itself instead, and is polled.
 */
export async function goto(page, url, { timeout = 20_000 } = {}) {
  await page.evaluate((u) => {
    location.href = u;
  }, url);
  const t0 = Date.now();
  while (Date.now() - t0 < timeout) {
    const ok = await page
      .evaluate((u) => location.href === u && document.readyState !== 'loading', url)
      .catch(() => false);
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`${url} did not load`);
}

/** The extension's id of the tab showing `url` (Firefox gives the extension the URLs of pages it may read). */
export async function tabIdFor(ext, url) {
  for (let i = 0; i < 50; i++) {
    const id = await ext.control.evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null,
      url,
    );
    if (id !== null) return id;
    await sleep(100);
  }
  throw new Error(`no tab shows ${url}`);
}

/** The popup for a tab, in a window of its own (a background tab is hidden, and scrolling a hidden tab does nothing). */
export const openPopup = (ext, tabId) =>
  openExtensionPage(ext.browser, `moz-extension://${ext.uuid}/popup.html?tabId=${tabId}`, {
    window: true,
  });
