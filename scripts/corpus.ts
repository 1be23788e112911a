// Reading a scored corpus set (../shared/corpus/<set>): an article's text and where its gold sourcing sits.
// Shared by scripts/rule-stats.ts and scripts/lexicon-evidence.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleFromHtml } from '../lib/dom/from-html.ts';

/** An article's text as the extension reads it: the gold's input file, HTML reduced to its article. */
export function inputOf(dir: string, gold: { input?: string }): string {
  const file = gold.input ?? (existsSync(join(dir, 'article.html')) ? 'article.html' : 'article.txt');
  const raw = readFileSync(resolve(dir, file), 'utf8');
  return /\.x?html?$/i.test(file) ? articleFromHtml(raw).text : raw;
}

/** Gold spans, located by their context as score.mjs does (plain search: enough to judge a word). */
export function goldSpans(text: string, marks: readonly { text: string; context?: string }[]): [number, number][] {
  const out: [number, number][] = [];
  for (const g of marks) {
    const at = text.indexOf(g.context ?? g.text);
    const inner = at >= 0 ? text.indexOf(g.text, at) : -1;
    if (inner >= 0) out.push([inner, inner + g.text.length]);
  }
  return out;
}

/** Gold sourcing spans (the cues). */
export function goldSourcing(
  text: string,
  gold: { sourcing?: { text: string; context?: string }[] },
): [number, number][] {
  return goldSpans(text, gold.sourcing ?? []);
}
