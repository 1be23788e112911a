// "Take it away": copy the summary as Markdown, open a printable report (the extension's report page), download
// the analysis as JSON (the analysis schema, with the page's title and address added). Output goes through the
// injected copy/save functions; nothing leaves the browser.
import { useState } from 'preact/hooks';
import { analysisFileName, toMarkdown } from '@/lib/summary';
import type { Analysis } from '@/lib/types';

export interface ExportActionsProps {
  analysis: Analysis;
  title: string;
  url?: string;
  copyText: (text: string) => Promise<void>;
  saveFile: (name: string, text: string, type: string) => void;
  /** The printable report for this tab (report.html?tabId=N); omitted: no link. */
  reportUrl?: string;
}

/** The analysis document as downloaded: page title and address first, then the analysis itself. */
export function exportJson(analysis: Analysis, meta: { title: string; url?: string }): string {
  return `${JSON.stringify({ title: meta.title, url: meta.url, ...analysis }, null, 2)}\n`;
}

/** Copy and download buttons with a spoken confirmation. */
export function ExportActions({ analysis, title, url, copyText, saveFile, reportUrl }: ExportActionsProps) {
  const [note, setNote] = useState('');
  const copy = async () => {
    try {
      await copyText(toMarkdown(analysis, { title, url }));
      setNote('Summary copied as Markdown.');
    } catch {
      setNote('Couldn’t copy: the browser refused access to the clipboard. Try again.');
    }
  };
  const save = () => {
    try {
      saveFile(analysisFileName(title), exportJson(analysis, { title, url }), 'application/json');
      setNote('Analysis downloaded as JSON.');
    } catch {
      setNote('Couldn’t start the download.');
    }
  };
  return (
    <section class="section export" aria-label="Export">
      <div class="button-row">
        <button type="button" class="button" onClick={copy}>
          Copy summary
        </button>
        {reportUrl && (
          <a class="button" href={reportUrl} target="_blank" rel="noopener">
            Printable report
          </a>
        )}
        <button type="button" class="button" onClick={save}>
          Download JSON
        </button>
      </div>
      <p class="export-note muted" role="status">
        {note}
      </p>
    </section>
  );
}
