// Background: runs the analysis off the page's thread. Thin wiring; the work is lib/analyze.ts, for a page
// analysed again lib/incremental.ts (only the pieces of text not parsed before are parsed: a live blog's new
// paragraph; the parses are kept per tab frame, bounded, and dropped when the tab closes), and for long texts
// lib/parallel.ts (the parse split over a pool of Web Workers: in Chrome's offscreen document, since an MV3
// service worker cannot start workers; in Firefox's background page directly).
import { analyze } from '@/lib/analyze';
import { analyzeIncremental, PieceCache, unparsedChars } from '@/lib/incremental';
import { type AnalyzeResponse, isAnalyzeRequest, type OffscreenRequest, type OffscreenResponse } from '@/lib/messages';
import { analyzeParallel, PARALLEL_MIN_CHARS, ParsePool, parallelTimeoutMs, poolSize } from '@/lib/parallel';
import { withTimeout } from '@/lib/timeout';
import type { Analysis, AnalysisEngine } from '@/lib/types';
import { annotateAllowedTabs, browserAllowedTabs } from '@/utils/content-script';
import { openLegendOnInstall } from '@/utils/first-run';
import { setupReaderActions } from '@/utils/reader-actions';

/** Where long texts go: analyse (rejects on any failure) and start the pool ahead of need. */
interface ParallelHost {
  /** `doc`: the tab frame the text comes from (its piece parses are kept where the rules run). */
  analyze(text: string, doc: string | undefined): Promise<{ analysis: Analysis; engine: AnalysisEngine }>;
  /** Drop the piece parses kept for a closed tab. */
  forget(prefix: string): void;
  warm(): void;
  /** Whether the pool is running with compromise loaded in every worker (false on any doubt). */
  ready(): Promise<boolean>;
}

/** The slice of Chrome's API for the offscreen document (the polyfill's types do not carry it). */
interface ChromeOffscreen {
  offscreen: {
    createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  };
  runtime: {
    getContexts(f: { contextTypes: string[] }): Promise<unknown[]>;
    sendMessage(m: OffscreenRequest): Promise<unknown>;
  };
}

/** Chrome: the pool runs in the offscreen document, which keeps the piece parses of the texts it analyses. */
function offscreenHost(chrome: ChromeOffscreen, cache: PieceCache): ParallelHost {
  let creating: Promise<void> | null = null;
  const ensure = async () => {
    const open = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    if (open.length > 0) return;
    creating ??= chrome.offscreen
      .createDocument({
        url: 'offscreen.html',
        reasons: ['WORKERS'],
        justification: 'Parse long articles on several threads (Web Workers) to highlight them sooner.',
      })
      .catch((e) => {
        // created meanwhile by another request: fine
        if (!/single offscreen|already/i.test(String(e))) throw e;
      })
      .finally(() => {
        creating = null;
      });
    await creating;
  };
  return {
    warm: () => {
      void ensure()
        .then(() => chrome.runtime.sendMessage({ type: 'sourcelight/offscreen-warm' }))
        .catch(() => undefined);
    },
    ready: async () => {
      const open = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
      if (open.length === 0) return false;
      const res = (await chrome.runtime.sendMessage({ type: 'sourcelight/offscreen-status' })) as
        | { ready?: unknown }
        | undefined;
      return res?.ready === true;
    },
    forget: (prefix) => {
      void chrome.runtime
        .getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })
        .then((open) =>
          open.length > 0 ? chrome.runtime.sendMessage({ type: 'sourcelight/offscreen-forget', prefix }) : undefined,
        )
        .catch(() => undefined);
    },
    analyze: async (text, doc) => {
      // this document's parses now live where its rules run
      if (doc) cache.delete(doc);
      await ensure();
      const res = (await chrome.runtime.sendMessage({ type: 'sourcelight/offscreen-analyze', text, doc })) as
        | OffscreenResponse
        | undefined;
      if (!res) throw new Error('no answer from the offscreen document');
      if (!res.ok) throw new Error(res.error);
      return res;
    },
  };
}

/** Firefox: the pool runs in this background page, which keeps the piece parses for both paths. */
function workerHost(cache: PieceCache): ParallelHost {
  const pool = new ParsePool(
    () => new Worker(browser.runtime.getURL('/parse-worker.js')) as never,
    poolSize(navigator.hardwareConcurrency),
  );
  return {
    warm: () => void pool.warm().catch(() => undefined),
    ready: async () => pool.ready,
    forget: () => {},
    analyze: async (text, doc) => {
      const { analysis, stats, parses } = await analyzeParallel(text, pool, doc ? cache.get(doc) : undefined);
      if (doc) cache.set(doc, parses);
      return { analysis, engine: { kind: 'parallel', host: 'background', workers: pool.size, ...stats } };
    },
  };
}

function parallelHost(cache: PieceCache): ParallelHost | null {
  const chrome = (globalThis as { chrome?: Partial<ChromeOffscreen> }).chrome;
  if (chrome?.offscreen?.createDocument && chrome.runtime?.getContexts)
    return offscreenHost(chrome as ChromeOffscreen, cache);
  if (typeof Worker === 'function') return workerHost(cache); // Firefox: the MV3 background is an event page
  return null;
}

export default defineBackground(() => {
  setupReaderActions();
  browser.runtime.onInstalled.addListener((details) => {
    openLegendOnInstall(details).catch(() => undefined);
  });
  browser.permissions.onAdded.addListener((added) => {
    // The reader allowed sites (from the popup's prompt, about:addons or the extensions menu): run the content
    // script in the page they are looking at. The background's job because the browser's prompt may close the
    // popup that asked.
    if ((added.origins ?? []).length > 0) annotateAllowedTabs(browserAllowedTabs).catch(() => undefined);
  });
  // piece parses of each tab frame's last analysed text (lib/incremental.ts), keyed `${tabId}:${frameId}`
  const cache = new PieceCache();
  const host = parallelHost(cache);
  browser.tabs.onRemoved.addListener((tabId) => {
    cache.deletePrefix(`${tabId}:`);
    host?.forget(`${tabId}:`);
  });
  /** In this thread, parsing only what `doc`'s last analysis did not (a rule that throws: analyze() reports it). */
  const single = async (text: string, doc: string | undefined, fallback?: string): Promise<Analysis> => {
    const base: AnalysisEngine = fallback ? { kind: 'single', fallback } : { kind: 'single' };
    try {
      const { analysis, stats, parses } = await analyzeIncremental(text, { known: doc ? cache.get(doc) : undefined });
      if (doc) cache.set(doc, parses);
      const { pieces, reparsed, reparsedChars, parseMs, rulesMs } = stats;
      return { ...analysis, engine: { ...base, pieces, reparsed, reparsedChars, parseMs, rulesMs } };
    } catch {
      if (doc) cache.delete(doc);
      return { ...analyze(text), engine: base };
    }
  };
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // only our own content scripts, never another extension or a web page
    if (sender.id !== browser.runtime.id || !isAnalyzeRequest(message)) return undefined;
    const t0 = performance.now();
    const { text } = message;
    const doc = sender.tab?.id === undefined ? undefined : `${sender.tab.id}:${sender.frameId ?? 0}`;
    // a long page's first pass: start the pool while this part is analysed and the page is still read
    // (with cores to spare only: on two, starting workers slows the analysis this thread is about to run)
    if (host && (navigator.hardwareConcurrency ?? 2) > 2 && (message.expectChars ?? 0) >= PARALLEL_MIN_CHARS)
      host.warm();
    const answer = (analysis: Analysis): AnalyzeResponse => ({ ok: true, analysis, ms: performance.now() - t0 });
    try {
      // long, and mostly not parsed here before (a live blog's next paragraph is parsed here, in one thread)
      if (
        host &&
        text.length >= PARALLEL_MIN_CHARS &&
        unparsedChars(text, doc ? cache.get(doc) : undefined) >= PARALLEL_MIN_CHARS
      ) {
        // A pool still starting loses to this thread (measured on 2 cores: 50k words cold 5.1 s vs 4.7 s in one
        // thread; warm 3.4 s): then analyse here and have the pool ready for the next long text.
        return withTimeout(host.ready(), 1_000)
          .catch(() => false)
          .then(async (ready) => {
            if (!ready) {
              host.warm();
              return answer(await single(text, doc, 'the worker pool was still starting'));
            }
            return withTimeout(host.analyze(text, doc), parallelTimeoutMs(text.length)).then(
              ({ analysis, engine }) => answer({ ...analysis, engine }),
              // whatever went wrong, the reader still gets the analysis: in this thread
              async (e) => answer(await single(text, doc, String((e as Error)?.message ?? e))),
            );
          });
      }
      return single(text, doc).then(answer);
    } catch (e) {
      return Promise.resolve<AnalyzeResponse>({ ok: false, error: String(e) });
    }
  });
});
