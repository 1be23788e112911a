// Chrome's offscreen document (reason WORKERS): an MV3 service worker cannot start Web Workers, this page
// can. It keeps the parse pool of lib/parallel.ts and answers the background's requests; never shown,
// no DOM work, only the background may talk to it.
import { PieceCache } from '@/lib/incremental';
import { isOffscreenRequest, type OffscreenResponse } from '@/lib/messages';
import { analyzeParallel, ParsePool, poolSize } from '@/lib/parallel';

const pool = new ParsePool(
  () => new Worker(browser.runtime.getURL('/parse-worker.js')) as never,
  poolSize(navigator.hardwareConcurrency),
);

/** Piece parses of the texts analysed here, per tab frame (lib/incremental.ts): a page analysed again parses only what changed. */
const cache = new PieceCache();

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  // the background only: same extension, not a tab (content scripts carry sender.tab)
  if (sender.id !== browser.runtime.id || sender.tab || !isOffscreenRequest(message)) return undefined;
  if (message.type === 'sourcelight/offscreen-status') return Promise.resolve({ ok: true, ready: pool.ready });
  if (message.type === 'sourcelight/offscreen-warm') {
    void pool.warm().catch(() => undefined);
    return Promise.resolve({ ok: true });
  }
  if (message.type === 'sourcelight/offscreen-forget') {
    cache.deletePrefix(message.prefix);
    return Promise.resolve({ ok: true });
  }
  const { doc } = message;
  return analyzeParallel(message.text, pool, doc ? cache.get(doc) : undefined).then(
    ({ analysis, stats, parses }): OffscreenResponse => {
      if (doc) cache.set(doc, parses);
      return {
        ok: true,
        analysis,
        engine: { kind: 'parallel', host: 'offscreen', workers: pool.size, ...stats },
      };
    },
    (e): OffscreenResponse => ({ ok: false, error: String(e) }),
  );
});
