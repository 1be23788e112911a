// @vitest-environment happy-dom
// The CSS painter's in-place update (CssPainter.update), over a minimal stand-in for the CSS Custom Highlight
// registry (happy-dom has none; the real one is checked end to end in tests/e2e/reliability.test.mjs): after a
// page change, what is drawn equals what a fresh replace() draws, and ranges on unchanged text are the same
// objects as before.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { walkInto } from '@/lib/dom/extract';
import { createPainter, type Mark } from '@/lib/dom/highlight';
import { TextMap } from '@/lib/dom/text-map';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
const win = window as unknown as { Highlight?: unknown; CSS?: { highlights?: Map<string, FakeHighlight> } };
beforeAll(() => {
  win.Highlight = FakeHighlight;
  win.CSS = { ...(win.CSS ?? {}), highlights: new Map() };
});
afterAll(() => {
  delete win.Highlight;
});

const snapshot = (root: Element) => {
  const map = new TextMap();
  for (const _ of walkInto(map, root));
  return map;
};
/** Every occurrence of a few words, marked in two categories. */
const marksOf = (map: TextMap): Mark[] => {
  const out: Mark[] = [];
  for (const [word, category] of [
    ['Lopez', 'person'],
    ['Red Cross', 'organization'],
    ['12', 'figure'],
  ] as const)
    for (let i = map.text.indexOf(word); i >= 0; i = map.text.indexOf(word, i + 1))
      out.push({ category, start: i, end: i + word.length });
  return out;
};
/** What is drawn, as text and node identity, sorted. */
const drawn = () =>
  [...(win.CSS!.highlights as Map<string, FakeHighlight>)]
    .flatMap(([name, h]) =>
      [...h].map(
        (r) => `${name} ${(r.startContainer as Text).data.slice(r.startOffset, r.endOffset)} @${r.startOffset}`,
      ),
    )
    .sort();

describe('CssPainter.update', () => {
  test('an added, an edited and a removed paragraph: the same drawing as a fresh one, unchanged ranges kept', async () => {
    document.body.innerHTML =
      '<article id="a"><p>Maria Lopez said 12 people left.</p><p>The Red Cross helped.</p><p>Lopez thanked the Red Cross.</p></article>';
    const root = document.getElementById('a')!;
    const map = snapshot(root);
    const painter = createPainter(document, map, 'highlights');
    await painter.replace(marksOf(map));
    const first = [...win.CSS!.highlights!.get('sourcelight-person')!][0]!;
    // the page changes: a post at the top, one edited, one removed
    root.insertAdjacentHTML('afterbegin', '<p>Update: Lopez met 12 officials of the Red Cross.</p>');
    root.querySelectorAll('p')[2]!.textContent = 'The Red Cross helped Lopez.';
    root.querySelectorAll('p')[3]!.remove();
    const next = snapshot(root);
    const { added, removed } = await painter.update!(next, marksOf(next));
    const updated = drawn();
    expect(added).toBe(5); // 3 in the new post, 2 in the edited paragraph
    expect(removed).toBe(3); // 1 in the edited paragraph, 2 in the removed one
    expect([...win.CSS!.highlights!.get('sourcelight-person')!]).toContain(first);
    // a fresh drawing of the same page
    painter.clear();
    await createPainter(document, next, 'highlights').replace(marksOf(next));
    expect(updated).toEqual(drawn());
  });
});
