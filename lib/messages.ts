// Typed messages between the extension's contexts, one union per direction, with validators: every
// receiver checks the sender and the shape before acting (a page cannot post into these channels, but a
// compromised or foreign sender must still get nothing). Pure: no browser APIs here.
import type { Settings } from './settings.ts';
import type { Analysis, AnalysisEngine } from './types.ts';

/** Content script -> background: analyse this article text off the page's thread. */
export interface AnalyzeRequest {
  type: 'sourcelight/analyze';
  text: string;
  /**
   * About how long the whole article is (characters), sent with the first pass of a long page: the
   * background starts the parallel pool while the first pass is analysed and the snapshot finishes.
   */
  expectChars?: number;
}
export type AnalyzeResponse = { ok: true; analysis: Analysis; ms: number } | { ok: false; error: string };

/**
 * Background -> offscreen document (Chrome): analyse on the worker pool (`doc`: the tab frame the text comes
 * from, whose piece parses the offscreen document keeps: lib/incremental.ts), just start the pool, or drop
 * the parses kept for a closed tab (keys starting with `prefix`).
 */
export type OffscreenRequest =
  | { type: 'sourcelight/offscreen-analyze'; text: string; doc?: string }
  | { type: 'sourcelight/offscreen-warm' }
  | { type: 'sourcelight/offscreen-status' }
  | { type: 'sourcelight/offscreen-forget'; prefix: string };
export type OffscreenResponse = { ok: true; analysis: Analysis; engine: AnalysisEngine } | { ok: false; error: string };

export function isOffscreenRequest(x: unknown): x is OffscreenRequest {
  if (!isObject(x)) return false;
  if (x.type === 'sourcelight/offscreen-warm' || x.type === 'sourcelight/offscreen-status') return true;
  if (x.type === 'sourcelight/offscreen-forget') return typeof x.prefix === 'string' && x.prefix !== '';
  return (
    x.type === 'sourcelight/offscreen-analyze' &&
    typeof x.text === 'string' &&
    x.text.length <= MAX_REQUEST_CHARS &&
    (x.doc === undefined || typeof x.doc === 'string')
  );
}

export type PageStatus =
  | 'starting' // content script loaded, nothing decided yet
  | 'not-article' // the cheap gate said no; the reader may "annotate anyway"
  | 'analysing'
  | 'ready'
  | 'empty' // analysed, nothing found
  | 'paused' // global pause or the site is switched off
  | 'not-english' // the article is not in English: nothing drawn; the reader may "annotate anyway"
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
  /** Requests to the background that failed and were asked again (a worker restart, a closed channel), and the last reason. */
  retried?: { count: number; reason: string };
  /** The page kept removing or replacing the highlights; they were put back a few times, then left. */
  highlightsBlocked?: boolean;
  /**
   * What kind of page it is, once the article was found (lib/dom/page-kind.ts): `english` and the language
   * (`lang`: declared or read from the text, 'fr', 'de'...); `genre` opinion or analysis only where the page
   * says so (schema.org type, section, URL, a label by the headline); `why`: the evidence, in a few words.
   */
  pageKind?: { english: boolean; lang?: string; genre: 'news' | 'opinion' | 'analysis'; why?: string };
}

export type PageKind = NonNullable<PageState['pageKind']>;

/** Popup -> content script (browser.tabs.sendMessage). */
export type PopupRequest =
  | { type: 'sourcelight/get-state' }
  | { type: 'sourcelight/annotate-anyway' }
  /** Scroll the page to this span of the analysed text and briefly emphasise it. */
  | { type: 'sourcelight/reveal'; start: number; end: number }
  /**
   * Settings the popup could not save (storage full): applied to this page anyway, since the page never hears
   * of them through storage. The receiver repairs them (sanitizeSettings) like anything read from storage.
   */
  | { type: 'sourcelight/apply-settings'; settings: Settings }
  /** Scroll to the next or previous unconfirmed claim after the last one shown, and emphasise it. */
  | { type: 'sourcelight/step-claim'; direction: ClaimDirection }
  /** Show, in a card near the reader's selection, the statement and speaker of the selected sentence. */
  | { type: 'sourcelight/who-said'; text: string };

export type ClaimDirection = 'next' | 'prev';

/** The content script's answer to step-claim: which claim is shown now (0-based), of how many. */
export interface StepClaimReply {
  index: number | null;
  total: number;
}

/** Content script -> background (and any open panel): the page's status changed; the badge shows `claims`. */
export interface PageStatusNote {
  type: 'sourcelight/page-status';
  status: PageStatus;
  /** Unconfirmed claims on the page; null while there is no finished analysis. */
  claims: number | null;
}

/** Longest selection "Who said this?" looks up (characters): a sentence or a paragraph, not a page. */
export const MAX_SELECTION_CHARS = 5_000;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Largest text the background accepts in one request (characters). */
export const MAX_REQUEST_CHARS = 2_000_000;

export function isAnalyzeRequest(x: unknown): x is AnalyzeRequest {
  return (
    isObject(x) &&
    x.type === 'sourcelight/analyze' &&
    typeof x.text === 'string' &&
    x.text.length <= MAX_REQUEST_CHARS &&
    (x.expectChars === undefined || isOffset(x.expectChars))
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
    case 'sourcelight/apply-settings':
      return isObject(x.settings);
    case 'sourcelight/step-claim':
      return x.direction === 'next' || x.direction === 'prev';
    case 'sourcelight/who-said':
      return typeof x.text === 'string' && x.text.length <= MAX_SELECTION_CHARS;
    default:
      return false;
  }
}

const STATUSES: readonly PageStatus[] = [
  'starting',
  'not-article',
  'analysing',
  'ready',
  'empty',
  'paused',
  'not-english',
  'error',
];

export const isPageStatus = (x: unknown): x is PageStatus => STATUSES.includes(x as PageStatus);

export function isPageStatusNote(x: unknown): x is PageStatusNote {
  return (
    isObject(x) &&
    x.type === 'sourcelight/page-status' &&
    isPageStatus(x.status) &&
    (x.claims === null || isOffset(x.claims))
  );
}
