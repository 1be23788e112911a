// Typed messages between the extension's contexts, one union per direction, with validators: every
// receiver checks the sender and the shape before acting (a page cannot post into these channels, but a
// compromised or foreign sender must still get nothing). Pure: no browser APIs here.
import type { Analysis } from './types.ts';

/** Content script -> background: analyse this article text off the page's thread. */
export interface AnalyzeRequest {
  type: 'sourcelight/analyze';
  text: string;
}
export type AnalyzeResponse = { ok: true; analysis: Analysis; ms: number } | { ok: false; error: string };

export type PageStatus =
  | 'starting' // content script loaded, nothing decided yet
  | 'not-article' // the cheap gate said no; the reader may "annotate anyway"
  | 'analysing'
  | 'ready'
  | 'empty' // analysed, nothing found
  | 'paused' // global pause or the site is switched off
  | 'error';

/** What the content script knows about its page, for the popup. */
export interface PageState {
  status: PageStatus;
  title: string;
  site: string;
  /** 0..1 while analysing long pages. */
  progress?: number;
  analysis?: Analysis;
  error?: string;
}

/** Popup -> content script (browser.tabs.sendMessage). */
export type PopupRequest =
  | { type: 'sourcelight/get-state' }
  | { type: 'sourcelight/annotate-anyway' }
  /** Scroll the page to this span of the analysed text and briefly emphasise it. */
  | { type: 'sourcelight/reveal'; start: number; end: number };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Largest text the background accepts in one request (characters). */
export const MAX_REQUEST_CHARS = 2_000_000;

export function isAnalyzeRequest(x: unknown): x is AnalyzeRequest {
  return (
    isObject(x) && x.type === 'sourcelight/analyze' && typeof x.text === 'string' && x.text.length <= MAX_REQUEST_CHARS
  );
}

export function isPopupRequest(x: unknown): x is PopupRequest {
  if (!isObject(x)) return false;
  switch (x.type) {
    case 'sourcelight/get-state':
    case 'sourcelight/annotate-anyway':
      return true;
    case 'sourcelight/reveal':
      return isOffset(x.start) && isOffset(x.end) && x.end >= x.start;
    default:
      return false;
  }
}
