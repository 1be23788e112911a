// The "Who said this?" card: the statement and speaker of the sentence the reader selected, shown near the
// selection until they close it (button, Escape) or click elsewhere. A closed shadow root on a host outside
// <body>, like the hover card, so page styles cannot reach it and the page's text never changes. Text only.

import { shadowHost } from './card.ts';

const HOST_TAG = 'sourcelight-statement';

const CSS = `
:host { all: initial; }
.card { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827;
  background: #ffffff; border: 1px solid #9ca3af; border-left: 4px solid #1f5bb8; border-radius: 6px;
  padding: 8px 32px 8px 10px; max-width: 380px; box-shadow: 0 6px 20px rgba(0, 0, 0, 0.22); position: relative; }
.head { font-weight: 700; font-size: 12px; letter-spacing: .04em; text-transform: uppercase; color: #4b5563; }
.line { margin-top: 4px; }
.who { font-weight: 650; }
.close { position: absolute; top: 4px; right: 4px; width: 24px; height: 24px; border: 0; border-radius: 4px;
  background: transparent; color: inherit; font: 18px/1 system-ui, sans-serif; cursor: pointer; }
.close:hover, .close:focus-visible { background: #e5e7eb; outline: 2px solid #1f5bb8; }
@media (prefers-color-scheme: dark) {
  .card { color: #f3f4f6; background: #1f2937; border-color: #6b7280; border-left-color: #8ab4f8; }
  .head { color: #d1d5db; }
  .close:hover, .close:focus-visible { background: #374151; }
}
@media (forced-colors: active) { .card { border: 2px solid CanvasText; } }
`;

export interface StatementLine {
  /** Bold lead: the speaker, or "Unconfirmed claim". */
  who: string;
  text: string;
}

export interface Anchor {
  left: number;
  top: number;
  bottom: number;
}

export class StatementCard {
  private host: HTMLElement | null = null;
  private stop: AbortController | null = null;

  constructor(private doc: Document) {}

  /** Show the lines (none: `empty` instead) near the anchor, replacing any card shown before. */
  show(lines: readonly StatementLine[], anchor: Anchor, empty: string): void {
    this.hide();
    const doc = this.doc;
    const { host, root } = shadowHost(doc, HOST_TAG);
    const style = doc.createElement('style');
    style.textContent = CSS;
    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', 'Who said this?');
    const head = doc.createElement('div');
    head.className = 'head';
    head.textContent = 'Sourcelight: who said this?';
    card.append(head);
    if (lines.length === 0) {
      const p = doc.createElement('div');
      p.className = 'line';
      p.textContent = empty;
      card.append(p);
    }
    for (const l of lines) {
      const p = doc.createElement('div');
      p.className = 'line';
      const who = doc.createElement('span');
      who.className = 'who';
      who.textContent = `${l.who}: `;
      p.append(who, doc.createTextNode(l.text));
      card.append(p);
    }
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', 'Close');
    close.textContent = '×';
    close.addEventListener('click', () => this.hide());
    card.append(close);
    root.append(style, card);
    const view = doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    for (const [k, v] of Object.entries({
      position: 'fixed',
      'z-index': '2147483647',
      left: '0',
      top: '0',
      margin: '0',
    }))
      host.style.setProperty(k, v, 'important');
    doc.documentElement.appendChild(host);
    const w = card.offsetWidth || 380;
    const h = card.offsetHeight || 80;
    const left = Math.max(4, Math.min(anchor.left, vw - w - 4));
    const top = anchor.bottom + 8 + h > vh ? Math.max(4, anchor.top - h - 8) : anchor.bottom + 8;
    host.style.setProperty('transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`, 'important');
    this.host = host;
    this.stop = new AbortController();
    const signal = this.stop.signal;
    doc.addEventListener('keydown', (e) => e.key === 'Escape' && this.hide(), { signal });
    doc.addEventListener('pointerdown', (e) => !e.composedPath().includes(host) && this.hide(), { signal });
    close.focus({ preventScroll: true });
  }

  get visible(): boolean {
    return !!this.host?.isConnected;
  }

  hide(): void {
    this.stop?.abort();
    this.stop = null;
    this.host?.remove();
    this.host = null;
  }
}
