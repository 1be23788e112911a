// Static checks that nothing can run code from elsewhere or talk to the network: over our own source
// (always) and over the built extension (.output/chrome-mv3 and firefox-mv3, when built; `npm test` runs
// this file again after the build as `npm run test:bundle`, where a missing build fails instead of skipping). Third-party code in the bundles is
// checked for what matters, not for strings: `Function.call.bind` in webextension-polyfill and a property
// named `eval` in its API table are not code evaluation; Vite's modulepreload polyfill fetches the popup's
// own chunks (same origin, and the CSP allows the extension itself only).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '..', '..');

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out;
}

/** Code evaluation and network APIs, as calls (not as property names or in comments of the grep itself). */
const EVAL =
  /(?<![\w$.])eval\s*\(|new\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*['"`]|setTimeout\s*\(\s*['"`]|setInterval\s*\(\s*['"`]/;
const NETWORK =
  /(?<![\w$.])fetch\s*\(|XMLHttpRequest|new\s+WebSocket|EventSource\s*\(|sendBeacon|importScripts\s*\(|RTCPeerConnection/;
/** A script loaded from the web: `import('http…')`, `src="http…"`, `.src = 'http…'`. */
const REMOTE_SCRIPT = /import\s*\(\s*['"`]https?:|src\s*=\s*['"`]https?:|\.src\s*=\s*['"`]https?:/;

describe('our source', () => {
  const sources = ['lib', 'entrypoints', 'components'].flatMap((d) => files(join(ROOT, d), /\.(ts|tsx|html)$/));

  test('there is source to check', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  test.each(sources.map((f) => [relative(ROOT, f), f]))('%s: no eval, no network, no remote script', (_, f) => {
    const text = readFileSync(f, 'utf8');
    expect(text).not.toMatch(EVAL);
    expect(text).not.toMatch(NETWORK);
    expect(text).not.toMatch(REMOTE_SCRIPT);
  });
});

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join(ROOT, '.output', target);
  const built = existsSync(join(dir, 'manifest.json'));
  if (process.env.SOURCELIGHT_REQUIRE_BUILD === '1')
    test(`the ${target} build exists (npm run build first)`, () => expect(built).toBe(true));
  describe.skipIf(!built)(`built extension (${target})`, () => {
    const manifest = built ? JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) : {};
    const bundles = files(dir, /\.js$/);

    test('manifest: only storage, activeTab, scripting and the menu (+ offscreen and sidePanel in Chrome), no host permissions, nothing exposed to pages', () => {
      // offscreen: Chrome's hidden page for the parse workers (docs/architecture.md, Permissions); Firefox needs none.
      // scripting: the popup runs the content script where the reader limited site access (components/popup.tsx)
      // contextMenus / menus: "Who said this?" on a selection; sidePanel: Chrome's side panel (Firefox's
      // sidebar_action needs no permission)
      const expected =
        target === 'chrome-mv3'
          ? ['activeTab', 'contextMenus', 'offscreen', 'scripting', 'sidePanel', 'storage']
          : ['activeTab', 'menus', 'scripting', 'storage'];
      expect([...(manifest.permissions ?? [])].sort()).toEqual(expected);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
      // Chrome: no stylesheet declared for the content script (it adopts its own): Chrome injects a declared one
      // at document start, and with site access "on click" the toolbar click then only offers a reload
      const css = (manifest.content_scripts ?? []).flatMap((c: { css?: string[] }) => c.css ?? []);
      expect(css).toEqual(target === 'chrome-mv3' ? [] : ['content-scripts/content.css']);
      expect(manifest.update_url).toBeUndefined();
    });

    test('manifest: every script is a file of the package', () => {
      const scripts = [
        manifest.background?.service_worker,
        ...(manifest.background?.scripts ?? []),
        ...(manifest.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? []),
      ].filter(Boolean);
      expect(scripts.length).toBeGreaterThan(0);
      for (const s of scripts) {
        expect(s).not.toMatch(/^[a-z]+:/i);
        expect(existsSync(join(dir, s))).toBe(true);
      }
    });

    test('manifest: a strict CSP for extension pages (own scripts, no eval, no connection to the web)', () => {
      const csp: string = manifest.content_security_policy?.extension_pages ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [name!, values]),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('connect-src')).toEqual(["'self'"]);
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    });

    test('HTML pages load only their own scripts', () => {
      for (const f of files(dir, /\.html$/)) {
        const html = readFileSync(f, 'utf8');
        for (const m of html.matchAll(/<script\b[^>]*>/g)) expect(m[0]).not.toMatch(/src\s*=\s*["']?(https?:)?\/\//);
        expect(html).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/); // no inline script
      }
    });

    test('the published content script draws with whatever the page supports: the test-only painter switch folds away', () => {
      // entrypoints/content/index.ts: only a `wxt build --mode marks` build forces the fallback painter
      const js = readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8');
      expect(js).toMatch(/painter:void 0/);
      expect(js).not.toMatch(/painter:"marks"/);
    });

    test.each(bundles.map((f) => [relative(dir, f), f]))('%s: no eval, no remote script, no network', (_, f) => {
      const js = readFileSync(f, 'utf8');
      expect(js).not.toMatch(EVAL);
      expect(js).not.toMatch(REMOTE_SCRIPT);
      // the only fetch allowed is Vite's modulepreload polyfill, which fetches <link rel=modulepreload> hrefs
      const fetches = [...js.matchAll(/(?<![\w$.])fetch\s*\(/g)].map((m) => m.index ?? 0);
      for (const at of fetches) expect(js.slice(Math.max(0, at - 600), at)).toMatch(/modulepreload/);
      const rest = js.replace(/(?<![\w$.])fetch\s*\(/g, '');
      expect(rest).not.toMatch(NETWORK);
    });
  });
}
