// @vitest-environment happy-dom
// The annotator on pages that change after the first analysis (happy-dom, fallback drawing, a fake background):
// SPA swaps of the whole view or inside the same element, late articles after a placeholder, tickers, the
// back/forward cache, and a background that stops answering (a service-worker restart).
import { afterEach, describe, expect, test } from 'vitest';
import { Annotator, type AnnotatorDeps } from '@/lib/dom/annotator';
import { defaultSettings } from '@/lib/settings';
import type { Analysis } from '@/lib/types';

const NAMES = ['Karoline Leavitt', 'Hamas', 'Maria Lopez', 'Red Cross', 'John Carter'];

/** Marks every occurrence of a few names, offsets taken from the text it is given. */
function fakeAnalyze(text: string): Analysis {
  const actors = NAMES.map((name) => {
    const mentions = [];
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
      mentions.push({ start: i, end: i + name.length, text: name });
    return { name, kind: 'person', mentions };
  }).filter((a) => a.mentions.length > 0) as Analysis['actors'];
  return { text, actors, figures: [], sourcing: [], attributions: [], claims: [] };
}

const para = (who: string, n: number) =>
  `<p>${who} said on Monday that the talks in the capital would go on for ${n} more days at least.</p>`;
const article = (who: string, n = 3) =>
  `<article><h1>Talks with ${who}</h1>${Array.from({ length: n }, (_, i) => para(who, i + 2)).join('')}</article>`;
const PAGE = (body: string) =>
  `<nav><a href="/">Home</a></nav><main id="view">${body}</main><aside id="tick">0</aside>`;

type Analyze = AnnotatorDeps['analyze'];

function setup(html: string, analyze: Analyze = async (t) => fakeAnalyze(t)) {
  document.head.innerHTML = '<meta property="og:type" content="article">';
  document.body.innerHTML = html;
  const controller = new AbortController();
  const calls: string[] = [];
  const annotator = new Annotator({
    doc: document,
    analyze: (text, hint) => {
      calls.push(text);
      return analyze(text, hint);
    },
    signal: controller.signal,
    setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
    listen: (t, type, fn, opts) => t.addEventListener(type, fn, { ...opts, signal: controller.signal }),
  });
  cleanup = () => controller.abort();
  annotator.applySettings(defaultSettings());
  return { annotator, calls };
}

/** Poll until `cond` holds; the bound only ends a failing test, it is not what the test checks. */
async function until(cond: () => boolean, what: string, ms = 15_000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Run `fn` while `el`'s text changes every 50 ms. */
async function withTicker(el: Element, fn: () => Promise<void>): Promise<void> {
  let n = 0;
  const ticker = setInterval(() => {
    el.textContent = String(++n);
  }, 50);
  try {
    await fn();
  } finally {
    clearInterval(ticker);
  }
}

const people = (a: Annotator) => (a.state().analysis?.actors ?? []).map((x) => x.name).sort();
const drawn = () => [...document.querySelectorAll('sourcelight-mark')];
const ready = (a: Annotator) => a.state().status === 'ready';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

describe('the article changes after it was analysed', () => {
  test('a new article in the same element replaces the old one (no mix of speakers), then additions still follow', async () => {
    const { annotator } = setup(PAGE(article('Maria Lopez')));
    await until(() => ready(annotator), 'first analysis');
    expect(people(annotator)).toEqual(['Maria Lopez']);
    // the SPA swaps the article's content inside the same <article>
    const el = document.querySelector('article')!;
    el.innerHTML = `<h1>Talks with John Carter</h1>${para('John Carter', 4)}${para('John Carter', 5)}`;
    await until(() => ready(annotator) && people(annotator).join() === 'John Carter', 'the swapped article');
    expect(annotator.state().analysis?.text).not.toContain('Maria Lopez');
    // no mark sits on a node the page took away
    expect(drawn().every((m) => m.isConnected && m.textContent === 'John Carter')).toBe(true);
    // the page is still watched after that second run: a paragraph added later is analysed
    el.insertAdjacentHTML('beforeend', para('Hamas', 9));
    await until(() => people(annotator).includes('Hamas'), 'the added paragraph');
    expect(people(annotator)).toEqual(['Hamas', 'John Carter']);
  });

  test('a view swapped late (no URL change) after a "Loading…" placeholder is annotated', async () => {
    const { annotator } = setup(PAGE(article('Maria Lopez')));
    await until(() => ready(annotator), 'first analysis');
    const view = document.getElementById('view')!;
    view.innerHTML = '<div class="spinner">Loading…</div>';
    await until(() => annotator.state().status !== 'ready', 'the placeholder noticed');
    await until(() => ['not-article', 'empty', 'ready'].includes(annotator.state().status), 'a final state');
    view.innerHTML = article('Karoline Leavitt', 4);
    await until(() => ready(annotator) && people(annotator).join() === 'Karoline Leavitt', 'the late article');
    expect(drawn().length).toBeGreaterThan(0);
    expect(drawn().every((m) => m.isConnected)).toBe(true);
  });

  test('a page that starts with a placeholder and fills in its article late is annotated', async () => {
    const { annotator } = setup('<main id="view"><div>Loading…</div></main>');
    await until(() => ['not-article', 'empty'].includes(annotator.state().status), 'the placeholder turned down');
    document.getElementById('view')!.innerHTML = article('Red Cross', 5);
    await until(() => ready(annotator), 'the late article');
    expect(people(annotator)).toEqual(['Red Cross']);
  });

  test('a ticker outside the article changing every 50 ms neither starves an addition nor causes re-analysis', async () => {
    const { annotator, calls } = setup(PAGE(article('Maria Lopez')));
    await until(() => ready(annotator), 'first analysis');
    await withTicker(document.getElementById('tick')!, async () => {
      const before = calls.length;
      document.querySelector('article')!.insertAdjacentHTML('beforeend', para('Hamas', 7));
      await until(() => people(annotator).includes('Hamas'), 'the paragraph added under the ticker');
      expect(calls.length).toBe(before + 1);
    });
  });

  test('a ticker inside the article (a clock in its text) does not starve an addition', async () => {
    const { annotator } = setup(
      PAGE(article('Maria Lopez').replace('<h1>', '<p>Updated <b id="clock">0</b> s ago</p><h1>')),
    );
    await until(() => ready(annotator), 'first analysis');
    await withTicker(document.getElementById('clock')!, async () => {
      document.querySelector('article')!.insertAdjacentHTML('beforeend', para('Hamas', 7));
      await until(
        () => ready(annotator) && people(annotator).includes('Hamas'),
        'the paragraph added under the ticker',
      );
    });
  });
});

describe('a background that stops answering', () => {
  test('a request that fails (the worker was stopped) is asked again by itself, the reason kept', async () => {
    let fail = 1;
    const { annotator, calls } = setup(PAGE(article('Maria Lopez')), async (t) => {
      if (fail-- > 0) throw new Error('The message port closed before a response was received.');
      return fakeAnalyze(t);
    });
    await until(() => ready(annotator), 'ready after a retry');
    expect(calls).toHaveLength(2);
    expect(annotator.state().retried).toEqual({
      count: 1,
      reason: 'The message port closed before a response was received.',
    });
  });

  /** A page whose every request fails until `up()`; resolves once it is in the error state. */
  async function failing() {
    let down = true;
    const { annotator } = setup(PAGE(article('Maria Lopez')), async (t) => {
      if (down) throw new Error('Could not establish connection. Receiving end does not exist.');
      return fakeAnalyze(t);
    });
    await until(() => annotator.state().status === 'error', 'the error state');
    return {
      annotator,
      up: () => {
        down = false;
      },
    };
  }

  test('after every attempt failed: an error with nothing drawn; the next addition reads the page again', async () => {
    const { annotator, up } = await failing();
    expect(annotator.state().error).toContain('Receiving end does not exist');
    expect(drawn()).toHaveLength(0);
    up();
    document.querySelector('article')!.insertAdjacentHTML('beforeend', para('Hamas', 7));
    await until(() => ready(annotator), 'ready again');
    expect(people(annotator)).toEqual(['Hamas', 'Maria Lopez']);
  });

  test('a page left in error is read again when the reader comes back to its tab', async () => {
    const { annotator, up } = await failing();
    up();
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => ready(annotator), 'ready again');
    expect(people(annotator)).toEqual(['Maria Lopez']);
  });

  test('back from the back/forward cache with an analysis that never answered: read again', async () => {
    let hang = true;
    const { annotator } = setup(PAGE(article('Maria Lopez')), (t) =>
      hang ? new Promise<Analysis>(() => {}) : Promise.resolve(fakeAnalyze(t)),
    );
    await until(() => annotator.state().status === 'analysing' && annotator.state().progress! >= 0.4, 'waiting');
    hang = false;
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    await until(() => ready(annotator), 'ready after pageshow');
    expect(people(annotator)).toEqual(['Maria Lopez']);
  });
});
