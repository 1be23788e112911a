// Content script: thin wiring of lib/dom/annotator.ts to the extension (analysis in the background,
// settings, popup messages) and to WXT's ctx for clean-up. Never imports compromise or components/.
import './style.css';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Annotator } from '@/lib/dom/annotator';
import { type AnalyzeRequest, type AnalyzeResponse, isPopupRequest, type PageState } from '@/lib/messages';
import { sanitizeSettings } from '@/lib/settings';
import { loadSettings, watchSettings } from '@/lib/settings-store';
import type { Analysis } from '@/lib/types';
import { stylesheetDeclared } from '@/utils/stylesheet';
import { readerTools } from './reader-tools';
import styleText from './style.css?inline';

const quiet = (e: unknown) => /Extension context invalidated/i.test(String(e));

/**
 * Where the manifest declares no stylesheet for this script (the Chrome build), adopt it into the page: a
 * constructed stylesheet, which the page's Content-Security-Policy does not block as it would a <style>.
 */
function adoptStyle(): void {
  if (stylesheetDeclared()) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styleText);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = styleText;
    (document.head ?? document.documentElement).append(style);
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Chrome: the stylesheet is not declared in the manifest but adopted by the script (adoptStyle): Chrome injects
  // a declared one at document start, so with site access "on click" the toolbar click would only offer to reload
  // the page; without it the click runs the script at once (docs/firefox.md, "Limited site access"). The
  // background cannot insert it instead: Chrome gives a content script's sites no host permission for
  // scripting.insertCSS. Firefox keeps the declaration.
  cssInjectionMode: { chrome: 'manual', firefox: 'manifest' },
  // WXT would also announce the script to the page by window.postMessage, telling it the extension's id
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // One copy per page: where the reader limited site access the popup or the background runs this script
    // (utils/content-script.ts), and a copy may be there already. The flag lives in the extension's isolated
    // world, which no page script can reach.
    const world = globalThis as { __sourcelightRunning?: boolean };
    if (world.__sourcelightRunning) return;
    world.__sourcelightRunning = true;
    ctx.onInvalidated(() => {
      world.__sourcelightRunning = false;
    });
    performance.mark('sourcelight:start');
    adoptStyle();
    // WXT stops an older copy of this script when a newer one starts, by a CustomEvent on `document` named
    // from the public extension id: any page could forge it and switch us off. The manifest injects us once
    // per document, so while our context is valid no newer copy exists: stop the event before WXT's listener
    // (window capture runs first). An orphaned copy after an update has no runtime id and lets it through.
    const shield = (e: Event) => {
      if (browser.runtime?.id) e.stopImmediatePropagation();
    };
    // (the name is WXT's own, private in its types; tests/e2e/privacy.test.mjs forges it)
    const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
      .SCRIPT_STARTED_MESSAGE_TYPE;
    window.addEventListener(started, shield, {
      capture: true,
      signal: ctx.signal,
    });
    const annotator = new Annotator({
      doc: document,
      signal: ctx.signal,
      analyze: async (text: string, hint?: { expectChars: number }): Promise<Analysis> => {
        const request: AnalyzeRequest = { type: 'sourcelight/analyze', text, ...hint };
        const res = (await browser.runtime.sendMessage(request)) as AnalyzeResponse | undefined;
        if (!res) throw new Error('no answer from the background');
        if (!res.ok) throw new Error(res.error);
        return res.analysis;
      },
      // plain timers: the annotator holds at most one of each kind and clears them all when the context goes
      // (WXT's ctx.setTimeout adds an abort listener per call that is never removed: one per mouse move)
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (id) => window.clearTimeout(id),
      listen: (target, type, fn, opts) => ctx.addEventListener(target, type, fn, opts),
      mark: (name) => {
        performance.mark(name);
        // the badge follows every finished drawing: a first run, or a live page brought up to date
        if (name === 'sourcelight:done' || name === 'sourcelight:updated') tellStatus();
      },
      report: (where, e) => {
        if (!quiet(e)) console.debug(`[sourcelight] ${where}:`, e);
      },
      // A build made with `wxt build --mode marks` draws with <sourcelight-mark> elements everywhere, so that the
      // fallback painter runs end to end in a real browser (tests/e2e/marks.test.mjs). The mode is a constant of
      // the build: the published one is 'production' and this line folds away.
      painter: import.meta.env.MODE === 'marks' ? 'marks' : undefined,
    });

    const tools = readerTools(annotator, document);
    ctx.onInvalidated(() => tools.destroy());
    // the badge (background) and an open side panel hear when the page's status changes
    function tellStatus() {
      browser.runtime.sendMessage(tools.note()).catch(() => undefined);
    }

    // the popup (and the e2e tests, from the service worker) ask the page's state; only our own extension
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isPopupRequest(message)) return undefined;
      switch (message.type) {
        case 'sourcelight/get-state':
          return Promise.resolve<PageState>(annotator.state());
        case 'sourcelight/annotate-anyway':
          annotator.annotateAnyway();
          return Promise.resolve<PageState>(annotator.state());
        case 'sourcelight/reveal':
          tools.revealed(message.start, message.end);
          return Promise.resolve({ ok: annotator.reveal(message.start, message.end) });
        case 'sourcelight/apply-settings':
          annotator.applySettings(sanitizeSettings(message.settings));
          tellStatus();
          return Promise.resolve<PageState>(annotator.state());
        case 'sourcelight/step-claim':
          return Promise.resolve(tools.step(message.direction));
        case 'sourcelight/who-said':
          return Promise.resolve(tools.whoSaid(message.text));
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // the extension context is gone already
      }
    });

    try {
      const unwatch = watchSettings((s) => {
        annotator.applySettings(s);
        tellStatus();
      });
      ctx.onInvalidated(() => {
        try {
          unwatch();
        } catch {
          // as above
        }
      });
      annotator.applySettings(await loadSettings());
      tellStatus();
    } catch (e) {
      if (!quiet(e)) console.debug('[sourcelight] settings:', e);
    }
  },
});
