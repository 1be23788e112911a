// @vitest-environment happy-dom
// The reader's tools on the page and in the background, without a browser: previous / next claim going round
// and taking over from a claim revealed in the popup, "Who said this?" answering and showing its card (closed by
// its button or Escape), the page's status for the badge, and the badge text.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { NOTHING_HERE, readerTools } from '@/entrypoints/content/reader-tools';
import type { Annotator } from '@/lib/dom/annotator';
import { StatementCard } from '@/lib/dom/statement-card';
import type { PageState } from '@/lib/messages';
import { badgeText } from '@/utils/reader-actions';
import { readyState, span } from './components/render-popup';

function fakeAnnotator(state: PageState = readyState()) {
  const reveal = vi.fn((_start: number, _end: number) => true);
  return { annotator: { state: () => state, reveal } as unknown as Annotator, reveal };
}

afterEach(() => {
  for (const e of document.documentElement.querySelectorAll('sourcelight-statement')) e.remove();
});

describe('previous / next claim on the page', () => {
  test('goes through the claims in text order and round', () => {
    const { annotator, reveal } = fakeAnnotator();
    const tools = readerTools(annotator, document);
    expect(tools.step('next')).toEqual({ index: 0, total: 2 });
    expect(tools.step('next')).toEqual({ index: 1, total: 2 });
    expect(tools.step('next')).toEqual({ index: 0, total: 2 });
    expect(tools.step('prev')).toEqual({ index: 1, total: 2 });
    const first = span('Five Americans are believed to still be held by Hamas');
    expect(reveal.mock.calls[0]).toEqual([first.start, first.end]);
  });

  test('a claim revealed from the popup is where the next step starts', () => {
    const { annotator } = fakeAnnotator();
    const tools = readerTools(annotator, document);
    const second = span('any prisoners had been moved');
    tools.revealed(second.start, second.end);
    expect(tools.step('prev')).toEqual({ index: 0, total: 2 });
  });

  test('no analysis: nothing to step through', () => {
    const { annotator, reveal } = fakeAnnotator({ status: 'analysing', title: '', site: '' });
    expect(readerTools(annotator, document).step('next')).toEqual({ index: null, total: 0 });
    expect(reveal).not.toHaveBeenCalled();
  });
});

describe('"Who said this?"', () => {
  test('a selected statement: its speaker and words, in a card on the page', () => {
    const { annotator } = fakeAnnotator();
    const reply = readerTools(annotator, document).whoSaid('Leavitt told reporters that Israel had been consulted');
    expect(reply.found).toBe(true);
    expect(reply.lines).toEqual([
      { who: 'Karoline Leavitt · reported', text: 'Israel had been consulted on the talks' },
    ]);
    expect(document.querySelectorAll('sourcelight-statement')).toHaveLength(1);
  });

  test('a claim in the sentence is shown with its reasons; an unnamed source is said to be one', () => {
    const { annotator } = fakeAnnotator();
    const reply = readerTools(annotator, document).whoSaid('Five Americans are believed to still be held');
    expect(reply.lines.map((l) => l.who)).toEqual(['Unconfirmed claim']);
    expect(reply.lines[0]!.text).toContain("hedged: 'believed to'");
    const anon = readerTools(annotator, document).whoSaid('a Hamas official told AFP');
    expect(anon.lines[0]!.who).toBe('a Hamas official (unnamed source) · quoted');
  });

  test('nothing there: the card says so', () => {
    const { annotator } = fakeAnnotator();
    expect(readerTools(annotator, document).whoSaid('Subscribe to our newsletter')).toEqual({
      found: false,
      lines: [],
    });
    expect(document.querySelectorAll('sourcelight-statement')).toHaveLength(1);
    expect(NOTHING_HERE).toBe('Sourcelight found no statement here.');
  });
});

describe('the statement card', () => {
  test('one at a time, outside <body>; its close button and Escape remove it', () => {
    const card = new StatementCard(document);
    card.show([{ who: 'A', text: 'b' }], { left: 10, top: 10, bottom: 20 }, 'none');
    card.show([], { left: 10, top: 10, bottom: 20 }, 'none');
    const hosts = document.documentElement.querySelectorAll('sourcelight-statement');
    expect(hosts).toHaveLength(1);
    expect(document.body.contains(hosts[0]!)).toBe(false);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card.visible).toBe(false);
    expect(document.querySelectorAll('sourcelight-statement')).toHaveLength(0);
  });
});

test('the page status for the badge: the claims count once ready, null otherwise', () => {
  expect(readerTools(fakeAnnotator().annotator, document).note()).toEqual({
    type: 'sourcelight/page-status',
    status: 'ready',
    claims: 2,
  });
  const paused = fakeAnnotator({ status: 'paused', title: '', site: '' }).annotator;
  expect(readerTools(paused, document).note().claims).toBeNull();
});

test.each([
  [{ claims: 3 }, true, '3'],
  [{ claims: 0 }, true, ''],
  [{ claims: null }, true, ''],
  [{ claims: 3 }, false, ''],
  [{ claims: 1234 }, true, '999+'],
])('badge text for %o with the badge %s: %s', (note, on, text) => {
  expect(badgeText(note, on)).toBe(text);
});

test('a page that defined the card’s element name itself still gets a card, under another name', () => {
  customElements.define(
    'sourcelight-statement',
    class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' });
      }
    },
  );
  const card = new StatementCard(document);
  card.show([{ who: 'A', text: 'b' }], { left: 0, top: 0, bottom: 10 }, 'none');
  expect(card.visible).toBe(true);
  const host = [...document.documentElement.children].find((e) => e.tagName.startsWith('SOURCELIGHT-STATEMENT-'));
  expect(host).toBeTruthy();
  card.hide();
});
