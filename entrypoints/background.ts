// Background: runs the analysis off the page's thread. Thin wiring; the work is lib/analyze.ts.
import { analyze } from '@/lib/analyze';
import { type AnalyzeResponse, isAnalyzeRequest } from '@/lib/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // only our own content scripts, never another extension or a web page
    if (sender.id !== browser.runtime.id || !isAnalyzeRequest(message)) return undefined;
    const t0 = performance.now();
    try {
      const analysis = analyze(message.text);
      return Promise.resolve<AnalyzeResponse>({ ok: true, analysis, ms: performance.now() - t0 });
    } catch (e) {
      return Promise.resolve<AnalyzeResponse>({ ok: false, error: String(e) });
    }
  });
});
