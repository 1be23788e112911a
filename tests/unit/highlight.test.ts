// @vitest-environment happy-dom
// Drawing without the CSS Custom Highlight API (happy-dom has none, like Firefox < 140): the fallback wraps
// text in <sourcelight-mark>, toggles by class, and clear() restores the page's text nodes exactly.
// The CSS Highlight path is tested in a real browser (tests/e2e/annotate.test.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { walkInto } from '@/lib/dom/extract';
import { createPainter, highlightCss, type Mark, supportsHighlights } from '@/lib/dom/highlight';
import { TextMap } from '@/lib/dom/text-map';

function setup(html: string) {
  document.body.innerHTML = `<article id="a">${html}</article>`;
  const root = document.getElementById('a')!;
  const map = new TextMap();
  for (const _ of walkInto(map, root));
  return { root, map };
}

const mark = (map: TextMap, category: Mark['category'], s: string): Mark => {
  const start = map.text.indexOf(s);
  return { category, start, end: start + s.length };
};

describe('fallback painter', () => {
  const HTML = '<p>Karoline <b>Leavitt</b> said 19 people were believed to be held.</p><p>Hamas denied it.</p>';

  test('is chosen where CSS.highlights is missing', () => {
    const { map } = setup(HTML);
    expect(supportsHighlights(document)).toBe(false);
    expect(createPainter(document, map).kind).toBe('wrap');
  });

  test('wraps each mark, nested where marks overlap, without changing the text', async () => {
    const { root, map } = setup(HTML);
    const before = root.textContent;
    const painter = createPainter(document, map);
    const drawn = await painter.add([
      mark(map, 'person', 'Karoline Leavitt'),
      mark(map, 'figure', '19'),
      mark(map, 'claim', '19 people were believed to be held'),
      mark(map, 'organization', 'Hamas'),
    ]);
    expect(drawn).toBe(4);
    expect(root.textContent).toBe(before);
    const text = (cat: string) =>
      [...root.querySelectorAll(`sourcelight-mark[data-sl="${cat}"]`)].map((e) => e.textContent).join('|');
    expect(text('person')).toBe('Karoline |Leavitt');
    expect(text('claim')).toBe('19 people were believed to be held');
    expect(text('figure')).toBe('19');
    expect(text('organization')).toBe('Hamas');
    // spans still map after the split (reveal, the card)
    expect(painter.range(map.text.indexOf('believed'), map.text.indexOf('believed') + 8)?.toString()).toBe('believed');
  });

  test('toggles a category by class and clear() restores the original nodes', async () => {
    const { root, map } = setup(HTML);
    const b = root.querySelector('b')!;
    const leavitt = b.firstChild as Text;
    const html = root.innerHTML;
    const painter = createPainter(document, map);
    await painter.add([
      mark(map, 'person', 'Leavitt'),
      mark(map, 'person', 'Karoline'),
      mark(map, 'claim', 'believed to'),
    ]);
    painter.setVisible('person', false);
    expect(root.querySelectorAll('sourcelight-mark.sl-off')).toHaveLength(2);
    painter.setVisible('person', true);
    expect(root.querySelectorAll('sourcelight-mark.sl-off')).toHaveLength(0);
    painter.clear();
    expect(root.innerHTML).toBe(html);
    expect(b.firstChild).toBe(leavitt); // the page's own node, not a copy
    expect(root.querySelectorAll('sourcelight-mark')).toHaveLength(0);
  });
});

test('entrypoints/content/style.css is highlightCss() (the manifest ships the file)', () => {
  const squash = (s: string) =>
    s
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};:,])\s*/g, '$1')
      .replace(/;}/g, '}')
      .replace(/(\.\d*?[1-9])0+\b/g, '$1')
      .trim();
  const file = readFileSync(join(process.cwd(), 'entrypoints/content/style.css'), 'utf8');
  expect(squash(file)).toBe(squash(highlightCss()));
});

test('every category has a highlight rule with its own look (not colour alone)', () => {
  const css = highlightCss();
  const looks = new Set<string>();
  for (const m of css.matchAll(/::highlight\((sourcelight-[a-z]+)\) \{[^}]*text-decoration: ([a-z ]+) (#[0-9a-f]+)/g)) {
    if (m[1] === 'sourcelight-focus') continue;
    looks.add(m[2]!);
  }
  expect(looks.size).toBe(6);
});
