// The key to the page's marks: each category with its colour, line style and a one-line example drawn with the
// real highlight styles (the <sourcelight-mark> rules of lib/dom/highlight.ts, the same look the page gets),
// what the quiet default draws, and where the settings are. Shown once after install; /legend.html later.
import { createElement } from 'preact';
import { CATEGORIES, type Category, type CategoryId } from '@/lib/categories';
import { QUIET_RULES } from '@/lib/density';

/** One example sentence per category: [before, marked words, after]. Written for the legend. */
export const EXAMPLES: Readonly<Record<CategoryId, readonly [string, string, string]>> = {
  person: ['', 'Maria Lopez', ', the mayor, visited the flooded streets.'],
  organization: ['The ', 'Environment Agency', ' issued a new warning.'],
  place: ['Water rose again in ', 'Leeds', ' overnight.'],
  figure: ['About ', '40 homes', ' were evacuated.'],
  sourcing: ['The repairs will start in May, the council ', 'said', '.'],
  claim: ['The embankment ', 'may have been weakened by earlier storms', ', officials said.'],
};

const STYLE_NAMES: Record<Category['underlineStyle'], string> = {
  solid: 'solid',
  double: 'double',
  dashed: 'dashed',
  dotted: 'dotted',
  wavy: 'wavy',
};

/** "solid underline", "double underline", "solid overline"... */
export const lineName = (c: Category): string => `${STYLE_NAMES[c.underlineStyle]} ${c.line ?? 'underline'}`;

/** The example's words marked exactly as a page marks them. */
function Marked({ category }: { category: Category }) {
  const [before, words, after] = EXAMPLES[category.id];
  return (
    <p class="example">
      {before}
      {createElement('sourcelight-mark', { 'data-sl': category.id }, words)}
      {after}
    </p>
  );
}

/** The legend page's content. */
export function Legend() {
  return (
    <main class="page">
      <header>
        <h1>Sourcelight: what the marks mean</h1>
        <p class="lead">
          On English news articles Sourcelight marks who is named, where statements come from, and which claims nobody
          on the record stands behind. Hover over a mark (or select its words) to see why it is there.
        </p>
      </header>
      <section aria-labelledby="key-heading">
        <h2 id="key-heading">The six kinds of mark</h2>
        <ul class="legend">
          {CATEGORIES.map((c) => (
            <li key={c.id} class="legend-item">
              <h3 class="legend-name">
                <span class="dot" style={{ background: c.underline }} aria-hidden="true" />
                {c.label}
              </h3>
              <p class="legend-look">
                {lineName(c)}, {c.underline}
              </p>
              <p class="legend-what">{c.description}.</p>
              <Marked category={c} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="quiet-heading">
        <h2 id="quiet-heading">Quiet by default</h2>
        <p>So that the marks stay readable, a page first shows only what answers "who said what, and on whose word":</p>
        <ul class="rules">
          {CATEGORIES.map((c) => (
            <li key={c.id}>
              <strong>{c.label}:</strong> {QUIET_RULES[c.id].description}
            </li>
          ))}
        </ul>
        <p>
          "Every mention and figure" in the toolbar popup (or "All marks" in the <a href="/options.html">options</a>)
          draws every mention and every figure. Each kind can be switched off there too.
        </p>
      </section>
      <section aria-labelledby="limits-heading">
        <h2 id="limits-heading">What Sourcelight does not do</h2>
        <ul class="rules">
          <li>It reads English articles only; on other pages it draws nothing unless you ask it to.</li>
          <li>
            Opinion and analysis pieces are labelled where the publisher says so: their claims are the writer's view,
            not reporting.
          </li>
          <li>Nothing you read leaves your browser.</li>
        </ul>
      </section>
    </main>
  );
}
