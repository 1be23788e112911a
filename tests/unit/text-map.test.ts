// @vitest-environment happy-dom
// The text snapshot and its position map: white space collapsed, blocks separated by '\n', offsets mapping
// both ways, append-only growth.
import { describe, expect, test } from 'vitest';
import { walkInto } from '@/lib/dom/extract';
import { TextMap } from '@/lib/dom/text-map';

function snapshot(html: string): { map: TextMap; root: HTMLElement } {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  const root = document.getElementById('root')!;
  const map = new TextMap();
  for (const _ of walkInto(map, root));
  return { map, root };
}

function sliceDom(map: TextMap, start: number, end: number): string {
  const pts = map.toDom(start, end)!;
  const r = document.createRange();
  r.setStart(pts.start.node, pts.start.offset);
  r.setEnd(pts.end.node, pts.end.offset);
  return r.toString();
}

describe('snapshot text', () => {
  test.each([
    ['<p>One  two\n three</p>', 'One two three'],
    ['<p>First para.</p><p>Second para.</p>', 'First para.\nSecond para.'],
    ['<p>  lead </p>\n\n<p> trail  </p>', 'lead\ntrail'],
    ['<p>a<b>b</b>c <i>d</i></p>', 'abc d'],
    ['<p>line<br>break</p>', 'line\nbreak'],
    ['<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['<p>x&nbsp;&nbsp;y</p>', 'x y'],
    // invisible characters split nothing: a zero-width space, joiner, word joiner, BOM or soft hyphen
    [
      '<p>Bar\u200back Oba\u200dma paid 1\u200b000 dol\u00adlars to Re\u2060u\ufeffters</p>',
      'Barack Obama paid 1000 dollars to Reuters',
    ],
    ['<p>a \u200b b</p>', 'a b'],
  ])('%j -> %j', (html, text) => {
    // a block's end leaves one '\n' (append-only: the next block needs no separator of its own)
    expect(snapshot(html).map.text.replace(/\n$/, '')).toBe(text);
  });

  test('sentences never merge across paragraphs', () => {
    const { map } = snapshot('<div>Ends here</div><div>Starts here</div>');
    expect(map.text).toBe('Ends here\nStarts here\n');
  });
});

describe('position map', () => {
  const html = '<p>Karoline <b>Leavitt</b> said  on Monday.</p><p>Hamas <a href="#">denied</a> it.</p>';

  test.each(['Karoline Leavitt', 'Leavitt said', 'on Monday.', 'Hamas denied it', 'denied'])(
    'a span maps to the same DOM text: %s',
    (needle) => {
      const { map } = snapshot(html);
      const start = map.text.indexOf(needle);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(sliceDom(map, start, start + needle.length).replace(/\s+/g, ' ')).toBe(needle);
    },
  );

  test('a span over a paragraph break maps to both paragraphs', () => {
    const { map } = snapshot(html);
    const start = map.text.indexOf('Monday');
    const end = map.text.indexOf('Hamas') + 5;
    expect(sliceDom(map, start, end)).toContain('Monday.');
    expect(sliceDom(map, start, end)).toContain('Hamas');
  });

  test('DOM positions map back to snapshot offsets', () => {
    const { map, root } = snapshot(html);
    const b = root.querySelector('b')!.firstChild!;
    expect(map.fromDom(b, 0)).toBe(map.text.indexOf('Leavitt'));
    expect(map.fromDom(b, 3)).toBe(map.text.indexOf('Leavitt') + 3);
    expect(map.fromDom(document.createTextNode('elsewhere'), 0)).toBeNull();
  });

  test('separators and empty or reversed spans map to nothing', () => {
    const { map } = snapshot(html);
    const nl = map.text.indexOf('\n');
    expect(map.toDom(nl, nl + 1)).toBeNull();
    expect(map.toDom(5, 5)).toBeNull();
    expect(map.toDom(6, 2)).toBeNull();
    expect(map.toDom(map.length + 5, map.length + 9)).toBeNull();
  });

  test('a changed node no longer maps rather than mapping wrongly', () => {
    const { map, root } = snapshot('<p>A long sentence here.</p>');
    (root.querySelector('p')!.firstChild as Text).data = 'A';
    expect(map.toDom(2, 6)).toBeNull();
  });

  test('appending keeps earlier offsets and skips nodes already in the snapshot', () => {
    const { map, root } = snapshot('<p>First.</p>');
    const before = map.text;
    const p = document.createElement('p');
    p.textContent = 'Added later.';
    root.appendChild(p);
    map.blockBreak();
    for (const _ of walkInto(map, root));
    expect(map.text).toBe(`${before}Added later.\n`);
    expect(sliceDom(map, before.length, map.length)).toBe('Added later.');
  });
});

describe('invisible characters', () => {
  test('map back to the characters on either side of them', () => {
    const { map } = snapshot('<p>Bar\u200back said</p>');
    const start = map.text.indexOf('Barack');
    expect(sliceDom(map, start, start + 'Barack'.length)).toBe('Bar\u200back');
    expect(sliceDom(map, start + 3, start + 6)).toBe('ack');
  });
});
