// The cheap gate: is this page an article? Decided before anything expensive runs, from structured data
// (JSON-LD Article types, og:type) and readability's isProbablyReaderable paragraph test. Reads the DOM only.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/** schema.org types that mean "this page is one article". */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'report',
  'scholarlyarticle',
]);

/** Largest JSON-LD block parsed (characters): bigger ones are catalogues, not article metadata. */
const MAX_JSON_LD_CHARS = 200_000;

export type GateReason = 'json-ld' | 'og:type' | 'readerable' | 'no';

export interface GateResult {
  article: boolean;
  reason: GateReason;
}

function typesOf(x: unknown, out: string[], depth = 0): void {
  if (depth > 6 || x === null || typeof x !== 'object') return;
  if (Array.isArray(x)) {
    for (const y of x) typesOf(y, out, depth + 1);
    return;
  }
  const o = x as Record<string, unknown>;
  const t = o['@type'];
  if (typeof t === 'string') out.push(t);
  else if (Array.isArray(t)) for (const s of t) if (typeof s === 'string') out.push(s);
  if (o['@graph']) typesOf(o['@graph'], out, depth + 1);
  if (o.mainEntity) typesOf(o.mainEntity, out, depth + 1);
}

/** schema.org types declared in the page's JSON-LD blocks (lower-cased, prefix stripped). */
export function jsonLdTypes(doc: Document): string[] {
  const out: string[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = s.textContent ?? '';
    if (raw.length > MAX_JSON_LD_CHARS) continue;
    try {
      typesOf(JSON.parse(raw), out);
    } catch {
      // broken JSON-LD is common; it just does not count
    }
  }
  return out.map((t) => t.replace(/^.*[/:]/, '').toLowerCase());
}

export function isArticlePage(doc: Document): GateResult {
  if (jsonLdTypes(doc).some((t) => ARTICLE_TYPES.has(t))) return { article: true, reason: 'json-ld' };
  const og = doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content');
  if (og && og.trim().toLowerCase() === 'article') return { article: true, reason: 'og:type' };
  try {
    if (isProbablyReaderable(doc)) return { article: true, reason: 'readerable' };
  } catch {
    // a hostile or odd DOM must not break the page
  }
  return { article: false, reason: 'no' };
}
