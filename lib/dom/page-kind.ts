// What kind of page this is, for honest limits: is the article English (the page's `lang` and a cheap check
// of its text, lib/language.ts), and is it news, opinion or analysis where the page says so (schema.org type,
// section metadata, URL path, a label by the headline). Reads the DOM only; changes nothing.
import { decideLanguage } from '../language.ts';
import type { PageKind } from '../messages.ts';
import { jsonLdTypes } from './gate.ts';

type Genre = PageKind['genre'];

/** schema.org types that say the genre. */
const SCHEMA_GENRE: Readonly<Record<string, Genre>> = {
  opinionnewsarticle: 'opinion',
  analysisnewsarticle: 'analysis',
};

/** Section names, URL path segments and visible labels, as publishers write them (lower case). */
export const GENRE_WORDS: Readonly<Record<Exclude<Genre, 'news'>, readonly string[]>> = {
  opinion: [
    'opinion',
    'opinions',
    'commentary',
    'comment',
    'commentisfree',
    'editorial',
    'editorials',
    'op-ed',
    'oped',
    'op-eds',
    'column',
    'columns',
    'columnists',
    'perspective',
    'perspectives',
    'viewpoint',
    'viewpoints',
  ],
  analysis: ['analysis', 'news analysis'],
};

/** Section metadata publishers use. */
const SECTION_META =
  'meta[property="article:section"], meta[name="article:section"], meta[name="section"], meta[name="parsely-section"], meta[name="sailthru.section"], meta[property="og:article:section"]';
/** Labels longer than this are headlines or prose, not a genre label (characters). */
const MAX_LABEL_CHARS = 24;
/** How far up from the headline a label is looked for (ancestor levels: its block and the one around it). */
const LABEL_LEVELS = 2;
/** Where a genre word is a link to a section or another story, not this article's label. */
const NOT_A_LABEL =
  'nav, ul, ol, menu, footer, aside, h2, h3, h4, h5, h6, [role="navigation"], [role="menu"], [role="menubar"]';
/** Node.DOCUMENT_POSITION_FOLLOWING (no `Node` global in Node for the tests). */
const FOLLOWING = 4;

function genreOfWord(raw: string): Exclude<Genre, 'news'> | null {
  const w = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const [g, words] of Object.entries(GENRE_WORDS) as [Exclude<Genre, 'news'>, readonly string[]][])
    if (words.includes(w)) return g;
  return null;
}

/** The genre and the evidence for it, first source that speaks wins. */
export function pageGenre(doc: Document): { genre: Genre; why?: string } {
  for (const t of jsonLdTypes(doc)) {
    const g = SCHEMA_GENRE[t];
    if (g) return { genre: g, why: `schema.org ${t}` };
  }
  for (const m of doc.querySelectorAll(SECTION_META)) {
    const v = m.getAttribute('content') ?? '';
    const g = genreOfWord(v);
    if (g) return { genre: g, why: `section "${v.trim()}"` };
  }
  const path = doc.location?.pathname ?? '';
  for (const seg of path.split('/')) {
    const g = seg ? genreOfWord(decodeURIComponent(seg).replace(/[-_]/g, (c) => (seg === 'op-ed' ? c : ' '))) : null;
    if (g) return { genre: g, why: `URL /${seg}/` };
  }
  const label = labelNearHeadline(doc);
  if (label) return label;
  return { genre: 'news' };
}

/**
 * A short "Opinion" / "Analysis" label just above the headline (a kicker), in the headline's own block. Site
 * menus, tag lists and related stories also say "Opinion" near a headline: lists, navigation, other headings
 * and what comes after the headline do not count.
 */
function labelNearHeadline(doc: Document): { genre: Genre; why: string } | null {
  const h1 = doc.querySelector('h1');
  if (!h1) return null;
  let scope: Element | null = h1.parentElement;
  for (let level = 0; scope && level < LABEL_LEVELS; level++, scope = scope.parentElement) {
    for (const el of scope.querySelectorAll('*')) {
      if (el === h1 || el.contains(h1) || h1.contains(el)) continue;
      // before the headline only
      if (!(el.compareDocumentPosition(h1) & FOLLOWING)) continue;
      const text = el.textContent ?? '';
      if (text.length > MAX_LABEL_CHARS) continue;
      const g = genreOfWord(text);
      if (!g || el.closest(NOT_A_LABEL)) continue;
      return { genre: g, why: `label "${text.trim()}" above the headline` };
    }
  }
  return null;
}

/** Language and genre of the page whose article text (or a sample of it) is `text`. */
export function pageKind(doc: Document, text: string, root?: Element | null): PageKind {
  const langAttr = root?.closest('[lang]')?.getAttribute('lang') ?? doc.documentElement?.getAttribute('lang');
  const language = decideLanguage(langAttr, text);
  const genre = pageGenre(doc);
  const why = [language.why, genre.why].filter(Boolean).join('; ');
  return {
    english: language.english,
    ...(language.lang ? { lang: language.lang } : {}),
    genre: genre.genre,
    ...(why ? { why } : {}),
  };
}
