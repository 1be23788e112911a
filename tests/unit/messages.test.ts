// The message validators every receiver runs before acting (lib/messages.ts): table-driven, what passes and
// what must not. A forged or malformed message has to fail here, whoever sent it.
import { describe, expect, test } from 'vitest';
import {
  isAnalyzeRequest,
  isPageStatusNote,
  isPopupRequest,
  MAX_REQUEST_CHARS,
  MAX_SELECTION_CHARS,
} from '../../lib/messages.ts';

const cyclic: Record<string, unknown> = { type: 'sourcelight/get-state' };
cyclic.self = cyclic;

describe('isAnalyzeRequest', () => {
  test.each([
    ['plain text', { type: 'sourcelight/analyze', text: 'Officials said 12 people died.' }],
    ['empty text', { type: 'sourcelight/analyze', text: '' }],
    ['text at the limit', { type: 'sourcelight/analyze', text: 'a'.repeat(MAX_REQUEST_CHARS) }],
    ['extra keys are ignored', { type: 'sourcelight/analyze', text: 'x', tabId: 4 }],
  ])('accepts %s', (_, msg) => {
    expect(isAnalyzeRequest(msg)).toBe(true);
  });

  test.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'sourcelight/analyze'],
    ['a number', 42],
    ['an array', ['sourcelight/analyze', 'text']],
    ['no type', { text: 'x' }],
    ['another type', { type: 'sourcelight/get-state', text: 'x' }],
    ['a type differing in case', { type: 'Sourcelight/Analyze', text: 'x' }],
    ['no text', { type: 'sourcelight/analyze' }],
    ['text as a number', { type: 'sourcelight/analyze', text: 12 }],
    ['text as an object', { type: 'sourcelight/analyze', text: { toString: () => 'x' } }],
    ['text as an array', { type: 'sourcelight/analyze', text: ['x'] }],
    ['text as a String object', { type: 'sourcelight/analyze', text: new String('x') }],
    ['text over the limit', { type: 'sourcelight/analyze', text: 'a'.repeat(MAX_REQUEST_CHARS + 1) }],
  ])('rejects %s', (_, msg) => {
    expect(isAnalyzeRequest(msg)).toBe(false);
  });
});

describe('isPopupRequest', () => {
  test.each([
    ['get-state', { type: 'sourcelight/get-state' }],
    ['annotate-anyway', { type: 'sourcelight/annotate-anyway' }],
    ['reveal', { type: 'sourcelight/reveal', start: 3, end: 10 }],
    ['reveal of an empty span', { type: 'sourcelight/reveal', start: 5, end: 5 }],
    ['reveal at 0', { type: 'sourcelight/reveal', start: 0, end: 1 }],
    ['settings to apply (repaired by the receiver)', { type: 'sourcelight/apply-settings', settings: { paused: 1 } }],
    ['a message with a cycle', cyclic],
  ])('accepts %s', (_, msg) => {
    expect(isPopupRequest(msg)).toBe(true);
  });

  test.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'sourcelight/get-state'],
    ['an array', [{ type: 'sourcelight/get-state' }]],
    ['no type', {}],
    ['an unknown type', { type: 'sourcelight/set-settings', paused: true }],
    ['the background request', { type: 'sourcelight/analyze', text: 'x' }],
    ['a type with a suffix', { type: 'sourcelight/get-state ' }],
    ['a type as a String object', { type: new String('sourcelight/get-state') }],
    ['reveal without offsets', { type: 'sourcelight/reveal' }],
    ['reveal with end before start', { type: 'sourcelight/reveal', start: 10, end: 3 }],
    ['reveal with a negative start', { type: 'sourcelight/reveal', start: -1, end: 3 }],
    ['reveal with fractions', { type: 'sourcelight/reveal', start: 1.5, end: 3 }],
    ['reveal with NaN', { type: 'sourcelight/reveal', start: Number.NaN, end: 3 }],
    ['reveal with Infinity', { type: 'sourcelight/reveal', start: 0, end: Number.POSITIVE_INFINITY }],
    ['reveal with strings', { type: 'sourcelight/reveal', start: '1', end: '3' }],
    ['reveal with null', { type: 'sourcelight/reveal', start: null, end: 3 }],
    ['settings to apply without settings', { type: 'sourcelight/apply-settings' }],
    ['settings to apply as a string', { type: 'sourcelight/apply-settings', settings: '{}' }],
  ])('rejects %s', (_, msg) => {
    expect(isPopupRequest(msg)).toBe(false);
  });
});

describe('the reader-tool messages', () => {
  test.each([
    ['next claim', { type: 'sourcelight/step-claim', direction: 'next' }],
    ['previous claim', { type: 'sourcelight/step-claim', direction: 'prev' }],
    ['who said this', { type: 'sourcelight/who-said', text: 'Leavitt said' }],
    ['who said this, at the limit', { type: 'sourcelight/who-said', text: 'a'.repeat(MAX_SELECTION_CHARS) }],
  ])('accepts %s', (_, msg) => {
    expect(isPopupRequest(msg)).toBe(true);
  });

  test.each([
    ['a direction that is not one', { type: 'sourcelight/step-claim', direction: 'up' }],
    ['no direction', { type: 'sourcelight/step-claim' }],
    ['a selection that is not text', { type: 'sourcelight/who-said', text: 42 }],
    ['a page of selection', { type: 'sourcelight/who-said', text: 'a'.repeat(MAX_SELECTION_CHARS + 1) }],
  ])('refuses %s', (_, msg) => {
    expect(isPopupRequest(msg)).toBe(false);
  });

  test.each([
    [{ type: 'sourcelight/page-status', status: 'ready', claims: 3 }, true],
    [{ type: 'sourcelight/page-status', status: 'not-english', claims: null }, true],
    [{ type: 'sourcelight/page-status', status: 'ready', claims: -1 }, false],
    [{ type: 'sourcelight/page-status', status: 'done', claims: 1 }, false],
    [{ type: 'sourcelight/page-status', status: 'ready' }, false],
  ])('page-status note %o: %s', (msg, ok) => {
    expect(isPageStatusNote(msg)).toBe(ok);
  });
});
