// Node-side entry to article extraction: parse an HTML string with linkedom (a small, fast DOM for Node)
// and run the same extraction code the content script runs on the live page.
// INTERIM: plain paragraph text until lib/dom/extract.ts lands.
import { parseHTML } from 'linkedom';

export interface ExtractedArticle {
  title: string;
  text: string;
}

export function articleFromHtml(html: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const title = document.querySelector('h1')?.textContent?.trim() || document.title || '';
  const paras = [...document.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
  return { title, text: paras.filter((p) => p.length > 0).join('\n') };
}
