// Figures: numbers, quantities, money, percentages, dates, ages, durations.
import type { ParsedText } from './nlp.ts';
import type { Figure } from './types.ts';

export function findFigures(parsed: ParsedText): Figure[] {
  const out: Figure[] = [];
  for (const m of parsed.doc.numbers().json({ offset: true }) as { offset: { start: number; length: number } }[]) {
    const start = m.offset.start;
    const end = start + m.offset.length;
    out.push({ kind: 'count', span: { start, end, text: parsed.text.slice(start, end) } });
  }
  return out;
}
