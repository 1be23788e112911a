// Node-side entry to article extraction: parse an HTML string with linkedom (a small, fast DOM for Node)
// and run the same extraction code the content script runs on the live page (lib/dom/extract.ts).
// linkedom has no layout, so hidden elements are recognised by their attributes only.
import { parseHTML } from 'linkedom';
import { extractSync } from './extract.ts';

export interface ExtractedArticle {
  title: string;
  text: string;
}

/** linkedom builds a document only from a whole page: a fragment ("<body>…", "<p>…") is wrapped first. */
const wholePage = (html: string): string => (/<html[\s>]/i.test(html) ? html : `<!doctype html><html>${html}</html>`);

export function articleFromHtml(html: string): ExtractedArticle {
  const { document } = parseHTML(wholePage(html));
  const title = document.querySelector('h1')?.textContent?.trim() || document.title || '';
  const { map } = extractSync(document as unknown as Document);
  return { title, text: map.text };
}
