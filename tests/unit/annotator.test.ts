// @vitest-environment happy-dom
// The page annotator end to end on happy-dom (no CSS.highlights, so the wrapping fallback draws, as in
// Firefox < 140), with a fake background: gate, state, toggles, pause, reveal, and the page restored exactly.
import { afterEach, describe, expect, test } from 'vitest';
import { Annotator } from '@/lib/dom/annotator';
import { defaultSettings, type Settings } from '@/lib/settings';
import type { Analysis } from '@/lib/types';

const ARTICLE = `<meta property="og:type" content="article">
<nav><a href="/">Home</a></nav>
<article><h1>Talks</h1>
<p>Karoline Leavitt said 19 hostages are believed to be alive.</p>
<p>Hamas denied the report.</p></article>`;

/** A fake analysis: marks every occurrence of a few words, offsets taken from the text it is given. */
function fakeAnalyze(text: string): Analysis {
  const spans = (w: string) => {
    const out = [];
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1))
      out.push({ start: i, end: i + w.length, text: w });
    return out;
  };
  return {
    text,
    actors: [
      { name: 'Karoline Leavitt', kind: 'person', mentions: spans('Karoline Leavitt') },
      { name: 'Hamas', kind: 'organization', mentions: spans('Hamas') },
    ].filter((a) => a.mentions.length > 0) as Analysis['actors'],
    figures: spans('19').map((span) => ({ kind: 'count', span })),
    sourcing: spans('said').map((span) => ({ kind: 'cue', span })),
    attributions: [],
    claims: spans('hostages are believed to be alive').map((span) => ({ span, reasons: [{ kind: 'hedge' }] })),
  };
}

function setup(html: string) {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  const controller = new AbortController();
  const calls: string[] = [];
  const annotator = new Annotator({
    doc: document,
    analyze: async (text) => {
      calls.push(text);
      return fakeAnalyze(text);
    },
    signal: controller.signal,
    setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
    listen: (t, type, fn, opts) => t.addEventListener(type, fn, { ...opts, signal: controller.signal }),
  });
  return { annotator, controller, calls };
}

const settle = async (a: Annotator, want = ['ready', 'empty', 'not-article', 'paused', 'error']) => {
  for (let i = 0; i < 100 && !want.includes(a.state().status); i++) await new Promise((r) => setTimeout(r, 20));
  return a.state();
};
const marks = (cat: string) => [...document.querySelectorAll(`sourcelight-mark[data-sl="${cat}"]`)];
/** Settings with every span drawn ('all'): these tests follow the drawing; the quiet selection has its own below. */
const on = (change: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), density: 'all', ...change });

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

describe('annotator (fallback drawing)', () => {
  test('annotates an article, answers its state, and leaves the text as it was', async () => {
    const { annotator, controller } = setup(ARTICLE);
    cleanup = () => controller.abort();
    const before = document.body.textContent;
    annotator.applySettings(on());
    const state = await settle(annotator);
    expect(state.status).toBe('ready');
    expect(state.title).toBe('Talks');
    expect(state.analysis?.text).toContain('Hamas denied the report.');
    expect(state.analysis?.text).not.toContain('Home');
    expect(marks('person').map((m) => m.textContent)).toEqual(['Karoline Leavitt']);
    expect(marks('claim')).toHaveLength(1);
    expect(document.body.textContent).toBe(before);
  });

  test('toggles a category without re-analysing; pause removes everything and restores the DOM', async () => {
    const { annotator, controller, calls } = setup(ARTICLE);
    cleanup = () => controller.abort();
    const html = document.body.innerHTML;
    annotator.applySettings(on());
    await settle(annotator);
    const analyses = calls.length;
    annotator.applySettings(on({ categories: { ...defaultSettings().categories, person: false } }));
    expect(marks('person').every((m) => m.classList.contains('sl-off'))).toBe(true);
    expect(marks('organization').some((m) => m.classList.contains('sl-off'))).toBe(false);
    annotator.applySettings(on({ paused: true }));
    expect(annotator.state().status).toBe('paused');
    expect(document.body.innerHTML).toBe(html);
    annotator.applySettings(on({ disabledSites: [] }));
    expect((await settle(annotator)).status).toBe('ready');
    expect(marks('person')).toHaveLength(1);
    expect(calls.length).toBe(analyses); // redrawn from the analysis it had
  });

  test('a page that is not an article waits for "annotate anyway"', async () => {
    const { annotator, controller } = setup('<ul><li><a href="/a">Shoes</a></li></ul><div>Hamas said 19.</div>');
    cleanup = () => controller.abort();
    annotator.applySettings(on());
    expect((await settle(annotator)).status).toBe('not-article');
    expect(document.querySelectorAll('sourcelight-mark')).toHaveLength(0);
    annotator.annotateAnyway();
    expect((await settle(annotator, ['ready', 'empty'])).analysis?.text).toContain('Hamas said 19.');
    expect(marks('organization')).toHaveLength(1);
  });

  test('the quiet default leaves one-off names undrawn; switching density redraws without re-analysing', async () => {
    const { annotator, controller, calls } = setup(ARTICLE);
    cleanup = () => controller.abort();
    annotator.applySettings(defaultSettings());
    expect((await settle(annotator)).status).toBe('ready');
    const analyses = calls.length;
    // Leavitt and Hamas are named once and say nothing (the fake has no attributions): quiet draws neither
    expect(marks('person')).toHaveLength(0);
    expect(marks('claim')).toHaveLength(1);
    expect(marks('sourcing')).toHaveLength(1);
    annotator.applySettings(on());
    await expect.poll(() => marks('person').length).toBe(1);
    expect(marks('organization')).toHaveLength(1);
    annotator.applySettings(defaultSettings());
    await expect.poll(() => marks('person').length).toBe(0);
    expect(marks('claim')).toHaveLength(1);
    expect(calls.length).toBe(analyses);
  });

  test('a density switch while the page is being read is drawn when the run ends', async () => {
    const { annotator, controller } = setup(ARTICLE);
    cleanup = () => controller.abort();
    annotator.applySettings(defaultSettings());
    annotator.applySettings(on());
    expect((await settle(annotator)).status).toBe('ready');
    await expect.poll(() => marks('person').length).toBe(1);
  });

  test('an article not in English is left alone until the reader asks', async () => {
    const { annotator, controller, calls } = setup(
      `<meta property="og:type" content="article"><article lang="fr"><h1>La crue</h1><p>${'Le maire a déclaré mardi que les digues seraient réparées avant l’hiver, et les habitants ont dit qu’ils avaient entendu la même promesse. '.repeat(3)}</p></article>`,
    );
    cleanup = () => controller.abort();
    annotator.applySettings(on());
    const state = await settle(annotator, ['not-english', 'ready']);
    expect(state.status).toBe('not-english');
    expect(state.pageKind).toMatchObject({ english: false, lang: 'fr', genre: 'news' });
    expect(calls).toHaveLength(0);
    expect(document.querySelectorAll('sourcelight-mark')).toHaveLength(0);
    annotator.annotateAnyway();
    // analysed now (the fake finds nothing in French, so 'empty')
    expect((await settle(annotator, ['ready', 'empty'])).status).toBe('empty');
    expect(calls.length).toBeGreaterThan(0);
  });

  test('leaving the page (ctx invalidated) cleans up', async () => {
    const { annotator, controller } = setup(ARTICLE);
    const html = document.body.innerHTML;
    annotator.applySettings(on());
    await settle(annotator);
    controller.abort();
    expect(document.body.innerHTML).toBe(html);
    expect(annotator.reveal(0, 5)).toBe(false);
  });

  test('an analysis failure is reported as an error state, never thrown into the page', async () => {
    document.body.innerHTML = ARTICLE;
    const controller = new AbortController();
    cleanup = () => controller.abort();
    const annotator = new Annotator({
      doc: document,
      analyze: async () => {
        throw new Error('background gone');
      },
      signal: controller.signal,
      setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
      listen: () => {},
    });
    annotator.applySettings(on());
    const state = await settle(annotator);
    expect(state.status).toBe('error');
    expect(state.error).toContain('background gone');
  });
});
