// The reader's tools on the page, beside the annotator: previous / next unconfirmed claim (popup, panel and
// keyboard commands), "Who said this?" on a selection (context menu), and the page's status for the toolbar
// badge and an open side panel. Uses only the annotator's public state() and reveal().
import type { Annotator } from '@/lib/dom/annotator';
import { StatementCard } from '@/lib/dom/statement-card';
import type { PageStatusNote, StepClaimReply } from '@/lib/messages';
import { claimIndexAt, claimsInOrder, type Direction, findingsFor, stepIndex } from '@/lib/navigate';
import { reasonText, shorten, statementMark, statementText } from '@/lib/summary';

/** Said when the selection holds no statement or claim Sourcelight found. */
export const NOTHING_HERE = 'Sourcelight found no statement here.';

export interface WhoSaidReply {
  found: boolean;
  lines: { who: string; text: string }[];
}

export function readerTools(annotator: Annotator, doc: Document) {
  let current: number | null = null;
  const card = new StatementCard(doc);
  const claims = () => {
    const a = annotator.state().analysis;
    return a ? claimsInOrder(a) : [];
  };
  return {
    /** Scroll to the next / previous claim after the last one shown, and emphasise it. */
    step(direction: Direction): StepClaimReply {
      const list = claims();
      current = stepIndex(current, list.length, direction);
      const c = current === null ? undefined : list[current];
      if (c) annotator.reveal(c.span.start, c.span.end);
      return { index: current, total: list.length };
    },
    /** A span was revealed from the popup: a claim becomes the one previous / next go on from. */
    revealed(start: number, end: number): void {
      const i = claimIndexAt(claims(), start, end);
      if (i !== null) current = i;
    },
    /** The statements and claims in the selected text, shown in a card near the selection. */
    whoSaid(text: string): WhoSaidReply {
      const analysis = annotator.state().analysis;
      const found = analysis ? findingsFor(analysis, text) : null;
      const lines = [
        ...(found?.statements ?? []).map((s) => ({
          who: `${s.speaker}${s.anonymous ? ' (unnamed source)' : ''} · ${statementMark(s).toLowerCase()}`,
          text: shorten(s.direct ? `“${statementText(s)}”` : statementText(s), 240),
        })),
        ...(found?.claims ?? []).map((c) => ({
          who: 'Unconfirmed claim',
          text: `${shorten(c.span.text, 160)} (${c.reasons.map(reasonText).join('; ')})`,
        })),
      ];
      const sel = doc.getSelection();
      const rect = sel && sel.rangeCount > 0 ? sel.getRangeAt(0).getBoundingClientRect() : null;
      const view = doc.defaultView;
      const anchor =
        rect && rect.width + rect.height > 0 ? rect : { left: 16, top: 16, bottom: (view?.innerHeight ?? 400) / 3 };
      card.show(lines, anchor, NOTHING_HERE);
      return { found: lines.length > 0, lines };
    },
    /** What the badge and an open panel need to know. */
    note(): PageStatusNote {
      const s = annotator.state();
      return {
        type: 'sourcelight/page-status',
        status: s.status,
        claims: s.status === 'ready' && s.analysis ? s.analysis.claims.length : null,
      };
    },
    destroy(): void {
      card.hide();
    },
  };
}
