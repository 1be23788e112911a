// @vitest-environment happy-dom
// Which text is article text, and which element holds it. The same code runs on linkedom for the CLI
// (articleFromHtml) and on the live page.
import { describe, expect, test } from 'vitest';
import { excludeReason, extractSync, findArticleRoot } from '@/lib/dom/extract';
import { articleFromHtml } from '@/lib/dom/from-html';

const para = (s: string) =>
  `<p>${s} ${'It was, officials said, a long day of talks in the capital, with more to come.'}</p>`;

const PAGE = `<html><body>
<header><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
<main><article>
  <h1>Talks resume</h1>
  ${para('Alpha.')}${para('Bravo.')}
  <div class="share-tools"><a href="#">Share on Facebook</a></div>
  <form><input value="Search"><label>Email</label></form>
  <div hidden><p>Hidden paragraph text.</p></div>
  <div aria-hidden="true"><p>Aria hidden text.</p></div>
  <div style="display: none"><p>Display none text.</p></div>
  <div contenteditable="true"><p>Editable text.</p></div>
  <script>var notText = 1;</script>
  <figure><img src="x.jpg"><figcaption>A caption that belongs to the story.</figcaption></figure>
  ${para('Charlie.')}${para('Delta.')}
  <ul class="list"><li><a href="/a">Related one</a></li><li><a href="/b">Related two</a></li></ul>
</article>
<aside><p>${'Sidebar text that is long enough to be a paragraph of its own, with commas, many.'}</p></aside>
<section id="comments"><p>${'A reader comment, long enough to count as a paragraph, with commas, and more.'}</p></section>
</main>
<footer><p>Copyright footer.</p></footer>
</body></html>`;

describe('article text', () => {
  const text = articleFromHtml(PAGE).text;

  test.each(['Alpha.', 'Bravo.', 'Charlie.', 'Delta.', 'A caption that belongs to the story.', 'Talks resume'])(
    'keeps %s',
    (s) => {
      expect(text).toContain(s);
    },
  );

  test.each([
    'Home',
    'Share on Facebook',
    'Search',
    'Email',
    'Hidden paragraph',
    'Aria hidden',
    'Display none',
    'Editable',
    'notText',
    'Related one',
    'Sidebar',
    'reader comment',
    'Copyright',
  ])('leaves out %s', (s) => {
    expect(text).not.toContain(s);
  });

  test('paragraphs are separated by newlines', () => {
    expect(text.split('\n').filter((l) => l.startsWith('Alpha.') || l.startsWith('Bravo.'))).toHaveLength(2);
  });
});

describe('article root', () => {
  test('the element holding the paragraphs, not the page', () => {
    document.documentElement.innerHTML = PAGE.replace(/<\/?html>/g, '');
    expect(findArticleRoot(document).root.localName).toBe('article');
  });

  test('climbs over a body split into columns', () => {
    const col = (n: number) =>
      `<div class="col"><div class="inner">${para(`Col${n}a.`)}${para(`Col${n}b.`)}</div></div>`;
    document.body.innerHTML = `<section id="body">${col(1)}${col(2)}${col(3)}</section><div id="other">${para('Teaser.')}</div>`;
    const { root } = findArticleRoot(document);
    expect(root.id).toBe('body');
    const { map } = extractSync(document);
    expect(map.text).toContain('Col1a.');
    expect(map.text).toContain('Col3b.');
    expect(map.text).not.toContain('Teaser.');
  });

  test('falls back to <body> when there are no paragraphs', () => {
    document.body.innerHTML = '<span>tiny</span>';
    expect(findArticleRoot(document).how).toBe('fallback-body');
  });
});

describe('excludeReason', () => {
  test.each([
    ['<nav></nav>', 'nav'],
    ['<div role="navigation"></div>', 'role=navigation'],
    ['<div class="related-stories"></div>', 'unlikely'],
    ['<div class="article-body comments-count"></div>', null],
    ['<textarea></textarea>', 'textarea'],
    ['<div contenteditable=""></div>', 'contenteditable'],
    ['<p style="color: red; display:none"></p>', 'hidden'],
    ['<p>plain</p>', null],
  ])('%s -> %s', (html, reason) => {
    document.body.innerHTML = html;
    expect(excludeReason(document.body.firstElementChild!)).toBe(reason);
  });
});
