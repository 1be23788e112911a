// A parse worker of the pool in lib/parallel.ts: compromise's parse of one chunk, offsets in the whole text.
// Started by the offscreen document (Chrome) or the background page (Firefox) from the extension's own
// files (/parse-worker.js); it has no extension API and talks only to the page that started it.

import { parseSlice } from '@/lib/nlp';
import type { WorkerJob, WorkerReply } from '@/lib/parallel';

export default defineUnlistedScript(() => {
  const scope = self as unknown as {
    postMessage: (m: WorkerReply) => void;
    onmessage: ((e: MessageEvent<WorkerJob>) => void) | null;
  };
  scope.onmessage = ({ data }) => {
    if (data?.type !== 'parse' || typeof data.part !== 'string') return;
    try {
      scope.postMessage({ type: 'parsed', id: data.id, sentences: parseSlice(data.part, data.base) });
    } catch (e) {
      scope.postMessage({ type: 'failed', id: data.id, error: String(e) });
    }
  };
  // load the lexicon and warm the tagger before the first real chunk arrives
  parseSlice('Officials said on Monday that 12 people had been hurt.', 0);
  scope.postMessage({ type: 'ready' });
});
