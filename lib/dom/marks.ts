// From an analysis to what is drawn (one mark per span, by category) and what the card says about a spot.
// Pure: no DOM, no browser APIs (lives beside the drawing code it feeds).
import { type CategoryId, category } from '../categories.ts';
import { describeClaim, describeSourcing } from '../describe.ts';
import { shorten, statementMark } from '../summary.ts';
import type { Analysis, Attribution } from '../types.ts';

export interface Explained {
  category: CategoryId;
  start: number;
  end: number;
  /** One line for the card. */
  text: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Every drawable span with its card line, sorted by start. Group actors are not drawn. */
export function explainAll(analysis: Analysis): Explained[] {
  const out: Explained[] = [];
  const statements = new Map<string, number>();
  for (const a of analysis.attributions) statements.set(a.speaker, (statements.get(a.speaker) ?? 0) + 1);
  for (const actor of analysis.actors) {
    if (actor.kind === 'group') continue;
    const n = statements.get(actor.name) ?? 0;
    const tail =
      n > 0 ? `${plural(n, 'statement')} in this article` : `mentioned ${plural(actor.mentions.length, 'time')}`;
    const text = `${actor.name} · ${actor.kind} · ${tail}`;
    for (const m of actor.mentions) out.push({ category: actor.kind, start: m.start, end: m.end, text });
  }
  for (const f of analysis.figures) out.push({ category: 'figure', ...pos(f.span), text: `Figure · ${f.kind}` });
  // a denial or a refusal says so on its reporting phrase: "Hamas denied: the reports"
  const notAsserted = analysis.attributions.filter((a) => a.cue && (a.act || a.negated));
  for (const s of analysis.sourcing) {
    const a = notAsserted.find((x) => x.cue!.start <= s.span.start && s.span.end <= x.cue!.end);
    const text = a ? actLine(a) : capital(describeSourcing(s, analysis.attributions));
    out.push({ category: 'sourcing', ...pos(s.span), text });
  }
  for (const c of analysis.claims) {
    out.push({ category: 'claim', ...pos(c.span), text: capital(describeClaim(c)) });
  }
  return out.filter((e) => e.end > e.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** "Hamas denied: the reports", "Leavitt declined to comment", "Trump did not mention: Russia". */
function actLine(a: Attribution): string {
  const what = shorten(a.content.text, 80);
  if (a.act === 'deny') return `${a.speaker} denied: ${what}`;
  if (a.act === 'decline' && /^to\s+(?:comment|say)\b/i.test(what)) return `${a.speaker} declined to comment`;
  return `${a.speaker} ${statementMark(a).toLowerCase()}: ${what}`;
}

const pos = (s: { start: number; end: number }) => ({ start: s.start, end: s.end });
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Card lines for a snapshot offset: the spans containing it, most specific (shortest) first, at most `max`. */
export function explainAt(
  items: readonly Explained[],
  offset: number,
  visible: (c: CategoryId) => boolean,
  max = 3,
): Explained[] {
  const hits: Explained[] = [];
  for (const e of items) {
    if (e.start > offset) break;
    if (offset < e.end && visible(e.category)) hits.push(e);
  }
  const seen = new Set<string>();
  return hits
    .sort((a, b) => a.end - a.start - (b.end - b.start))
    .filter((e) => {
      const k = `${e.category}|${e.text}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, max);
}

export const swatch = (c: CategoryId) => ({ background: category(c).background, underline: category(c).underline });
