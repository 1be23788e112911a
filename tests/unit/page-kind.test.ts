// What kind of page: English or not, news, opinion or analysis where the page says so (lib/dom/page-kind.ts).
// Small pages written for the tests, then the saved corpus pages: every English page read as English news,
// every non-English page of the extraction corpus recognised (read from ../shared, never copied here).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { articleFromHtml } from '../../lib/dom/from-html.ts';
import { pageGenre, pageKind } from '../../lib/dom/page-kind.ts';

const SHARED = resolve(process.env.SOURCELIGHT_SHARED ?? join(__dirname, '..', '..', '..', 'shared'));
const FIXTURES = join(__dirname, '..', 'fixtures', 'languages');

/** A document from HTML, at a URL (for the path check). */
function doc(html: string, url = 'https://news.example/2026/story'): Document {
  const { document } = parseHTML(html);
  Object.defineProperty(document, 'location', { value: new URL(url) });
  return document as unknown as Document;
}
const kindOf = (html: string, url?: string) => pageKind(doc(html, url), articleFromHtml(html).text);
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const prose =
  '<p>The mayor said on Tuesday that the flood defences would be repaired before the winter, and residents who were evacuated told reporters they had heard the same promise last year.</p>'.repeat(
    3,
  );
const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}${prose}</body></html>`;
const ld = (type: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': type })}</script>`;

describe('language', () => {
  test.each([
    ['fr.html', 'fr'],
    ['de.html', 'de'],
  ])('%s is recognised as not English', (name, lang) => {
    expect(kindOf(fixture(name))).toMatchObject({ english: false, lang, genre: 'news' });
  });

  test('an English opinion page is English', () => {
    expect(kindOf(fixture('opinion-en.html'))).toMatchObject({ english: true, lang: 'en', genre: 'opinion' });
  });
});

describe('genre', () => {
  test.each([
    ['schema.org OpinionNewsArticle', page(ld('OpinionNewsArticle'), '<h1>A headline</h1>'), undefined, 'opinion'],
    ['schema.org AnalysisNewsArticle', page(ld('AnalysisNewsArticle'), '<h1>A headline</h1>'), undefined, 'analysis'],
    [
      'article:section Opinion',
      page('<meta property="article:section" content="Opinion">', '<h1>H</h1>'),
      undefined,
      'opinion',
    ],
    ['section Commentary', page('<meta name="section" content=" Commentary ">', '<h1>H</h1>'), undefined, 'opinion'],
    ['URL /opinion/', page('', '<h1>H</h1>'), 'https://news.example/opinion/2026/x', 'opinion'],
    ['URL /commentisfree/', page('', '<h1>H</h1>'), 'https://news.example/commentisfree/2026/x', 'opinion'],
    ['URL /analysis/', page('', '<h1>H</h1>'), 'https://news.example/world/analysis/x', 'analysis'],
    [
      'a kicker above the headline',
      page('', '<header><span>Analysis</span><h1>H</h1></header>'),
      undefined,
      'analysis',
    ],
    [
      'a kicker link above the headline',
      page('', '<div><a href="/opinion/">Opinion</a><h1>H</h1></div>'),
      undefined,
      'opinion',
    ],
  ])('%s', (_, html, url, genre) => {
    const got = pageGenre(doc(html, url));
    expect(got.genre).toBe(genre);
    expect(got.why).toBeTruthy();
  });

  test.each([
    ['a plain news page', page(ld('NewsArticle'), '<h1>H</h1>')],
    ['section News', page('<meta property="article:section" content="News">', '<h1>H</h1>')],
    [
      '"Opinion" in the site menu',
      page('', '<div><nav><ul><li><a href="/opinion">Opinion</a></li></ul></nav><h1>H</h1></div>'),
    ],
    ['"Opinion" in a list of sections', page('', '<div><ul><li>Opinion</li></ul><h1>H</h1></div>')],
    [
      '"Editorial" on a related story',
      page('', '<div><h4><strong>Editorial</strong> Another story</h4><h1>H</h1></div>'),
    ],
    ['"Analysis" after the headline', page('', '<div><h1>H</h1><p>Analysis</p></div>')],
    ['a headline that says opinion', page('', '<div><h1>Opinion</h1></div>')],
    ['a URL word inside a slug', page('', '<h1>H</h1>'), 'https://news.example/news/opinion-polls-tighten'],
  ])('%s stays news', (_, html, url?: string) => {
    expect(pageGenre(doc(html, url)).genre).toBe('news');
  });
});

/** Pages whose text is not the language they declare (checked by reading them). */
const TEXT_OVERRULES: Record<string, string> = {
  ba07d1e64775: 'de', // a German blog post (blog.comwrap.com) served as lang="en"
};

const pagesDir = join(SHARED, 'corpus', 'pages');
const extractionDir = join(SHARED, 'corpus', 'extraction');

describe.skipIf(!existsSync(pagesDir))('the saved corpus pages', () => {
  test('every English news page reads as English news', () => {
    const wrong: string[] = [];
    const dirs = readdirSync(pagesDir);
    for (const d of dirs) {
      const html = readFileSync(join(pagesDir, d, 'source.html'), 'utf8');
      const k = kindOf(html);
      if (!k.english || k.genre !== 'news') wrong.push(`${d}: ${JSON.stringify(k)}`);
    }
    expect(dirs.length).toBeGreaterThanOrEqual(40);
    expect(wrong).toEqual([]);
  });

  test.skipIf(!existsSync(extractionDir))(
    'the extraction corpus: declared non-English pages are recognised, English ones are not flagged',
    () => {
      const missed: string[] = [];
      let foreign = 0;
      let english = 0;
      for (const d of readdirSync(extractionDir)) {
        const file = join(extractionDir, d, 'source.html.gz');
        if (!existsSync(file)) continue;
        const html = gunzipSync(readFileSync(file)).toString('utf8');
        const declared = /<html[^>]*\slang="([a-z]{2})/i.exec(html)?.[1]?.toLowerCase();
        const k = kindOf(html);
        if (d in TEXT_OVERRULES) {
          expect(k, d).toMatchObject({ english: false, lang: TEXT_OVERRULES[d] });
          continue;
        }
        // businessinsider.com serves English articles as lang="de": those count as English (the text decides)
        if (declared && declared !== 'en' && declared !== 'de') {
          foreign++;
          if (k.english) missed.push(`${d} (lang=${declared}) read as English`);
        } else if (declared === 'en') {
          english++;
          if (!k.english) missed.push(`${d} (lang=en) read as ${k.lang}: ${k.why}`);
        }
      }
      expect(foreign).toBeGreaterThanOrEqual(8);
      expect(english).toBeGreaterThanOrEqual(50);
      expect(missed).toEqual([]);
    },
  );
});
