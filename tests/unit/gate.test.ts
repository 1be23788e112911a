// @vitest-environment happy-dom
// The cheap gate: structured data or readable paragraphs say "article"; anything else waits for the reader.
import { describe, expect, test } from 'vitest';
import { isArticlePage, jsonLdTypes } from '@/lib/dom/gate';

const setHead = (head: string, body = '') => {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
};
const ld = (x: unknown) => `<script type="application/ld+json">${JSON.stringify(x)}</script>`;
const longP = `<p>${'A sentence of a real article, with enough words to be read as prose. '.repeat(6)}</p>`;

describe('is an article', () => {
  test.each([
    ['JSON-LD NewsArticle', ld({ '@context': 'https://schema.org', '@type': 'NewsArticle' }), 'json-ld'],
    ['JSON-LD type list', ld({ '@type': ['Thing', 'ReportageNewsArticle'] }), 'json-ld'],
    ['JSON-LD @graph', ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'Article' }] }), 'json-ld'],
    ['JSON-LD array', ld([{ '@type': 'BreadcrumbList' }, { '@type': 'BlogPosting' }]), 'json-ld'],
    ['og:type', '<meta property="og:type" content="article">', 'og:type'],
  ])('%s', (_name, head, reason) => {
    setHead(head);
    expect(isArticlePage(document)).toEqual({ article: true, reason });
  });

  test('readable paragraphs without metadata', () => {
    setHead('', longP.repeat(4));
    expect(isArticlePage(document)).toEqual({ article: true, reason: 'readerable' });
  });
});

describe('is not an article', () => {
  test.each([
    ['nothing', '', '<ul><li><a href="/">Shoes</a></li></ul>'],
    ['a product page', ld({ '@type': 'Product' }), '<p>Buy now.</p>'],
    ['og:type website', '<meta property="og:type" content="website">', '<p>Welcome.</p>'],
    ['broken JSON-LD', '<script type="application/ld+json">{"@type": "NewsArticle",</script>', '<p>Hi.</p>'],
  ])('%s', (_name, head, body) => {
    setHead(head, body);
    expect(isArticlePage(document).article).toBe(false);
  });

  test('long text hidden from the reader does not count', () => {
    setHead('', longP.replace('<p>', '<p hidden>').repeat(4));
    expect(isArticlePage(document).article).toBe(false);
  });
});

test('jsonLdTypes strips schema prefixes and lower-cases', () => {
  setHead(ld({ '@type': 'schema:NewsArticle' }) + ld({ '@type': 'http://schema.org/Article' }));
  expect(jsonLdTypes(document)).toEqual(['newsarticle', 'article']);
});
