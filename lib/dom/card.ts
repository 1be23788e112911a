// The explanation card: a small tooltip saying what a highlighted stretch is ("Karoline Leavitt · person ·
// 4 statements in this article"). Lives in a closed shadow root on a host element outside <body>, so page
// styles cannot reach it and body.innerText never changes. Text only (textContent), never HTML.

const HOST_TAG = 'sourcelight-card';

const CARD_CSS = `
:host { all: initial; }
.card { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827;
  background: #ffffff; border: 1px solid #d1d5db; border-radius: 6px; padding: 6px 9px; max-width: 340px;
  box-shadow: 0 4px 14px rgba(0, 0, 0, 0.18); }
.line { display: flex; gap: 6px; align-items: baseline; }
.line + .line { margin-top: 3px; }
.swatch { flex: none; width: 10px; height: 10px; border-radius: 2px; border-bottom: 2px solid; transform: translateY(1px); }
@media (prefers-color-scheme: dark) {
  .card { color: #f3f4f6; background: #1f2937; border-color: #4b5563; }
}
`;

const HOST_STYLE: Record<string, string> = {
  display: 'none',
  position: 'fixed',
  top: '0',
  left: '0',
  'z-index': '2147483647',
  'pointer-events': 'none',
  margin: '0',
  padding: '0',
};

/**
 * A host element for a card and its closed shadow root. A page that defined the tag as its own custom element
 * (its constructor attaching a shadow root first) gets a host under a name it cannot guess. Shared by the
 * hover card and the "Who said this?" card (statement-card.ts).
 */
export function shadowHost(doc: Document, tag: string): { host: HTMLElement; root: ShadowRoot } {
  try {
    const host = doc.createElement(tag);
    return { host, root: host.attachShadow({ mode: 'closed' }) };
  } catch {
    const host = doc.createElement(`${tag}-${Math.random().toString(36).slice(2, 10)}`);
    return { host, root: host.attachShadow({ mode: 'closed' }) };
  }
}

export interface CardLine {
  text: string;
  /** Swatch colours (the category's tint and underline). */
  background: string;
  underline: string;
}

export class HoverCard {
  private host: HTMLElement | null = null;
  private box: HTMLElement | null = null;
  private shown = '';

  constructor(private doc: Document) {}

  private ensure(): HTMLElement {
    if (this.box && this.host?.isConnected) return this.box;
    const { host, root } = shadowHost(this.doc, HOST_TAG);
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const box = this.doc.createElement('div');
    box.className = 'card';
    box.setAttribute('role', 'tooltip');
    root.append(style, box);
    // inline !important: page rules (even `* { display: block }`) cannot move or show it
    for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
    // outside <body>: the page's text (body.innerText) stays untouched
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.box = box;
    return box;
  }

  show(lines: readonly CardLine[], anchor: { left: number; top: number; bottom: number }): void {
    if (lines.length === 0) {
      this.hide();
      return;
    }
    const box = this.ensure();
    const key = lines.map((l) => l.text).join('\n');
    if (key !== this.shown) {
      box.replaceChildren(
        ...lines.map((l) => {
          const row = this.doc.createElement('div');
          row.className = 'line';
          const sw = this.doc.createElement('span');
          sw.className = 'swatch';
          sw.style.background = l.background;
          sw.style.borderBottomColor = l.underline;
          const t = this.doc.createElement('span');
          t.textContent = l.text;
          row.append(sw, t);
          return row;
        }),
      );
      this.shown = key;
    }
    const host = this.host!;
    host.style.setProperty('display', 'block', 'important');
    const view = this.doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const w = box.offsetWidth || 300;
    const h = box.offsetHeight || 40;
    const left = Math.max(4, Math.min(anchor.left, vw - w - 4));
    const below = anchor.bottom + 6;
    const top = below + h > vh ? Math.max(4, anchor.top - h - 6) : below;
    host.style.setProperty('transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`, 'important');
  }

  hide(): void {
    this.host?.style.setProperty('display', 'none', 'important');
    this.shown = '';
  }

  get visible(): boolean {
    return !!this.host && this.host.style.getPropertyValue('display') === 'block';
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
    this.box = null;
  }
}
