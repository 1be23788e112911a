// Provenance: which rule made each annotation or vetoed a candidate (traceText), and a sentence-by-sentence
// account for `npm run analyze -- --explain` (explainText). Pure: no DOM. The card's wording is lib/describe.ts.
import { findActors } from './actors.ts';
import { analyzeParsed } from './analyze.ts';
import { findAttributions } from './attributions.ts';
import { quoted } from './describe.ts';
import { type ParsedText, parse } from './nlp.ts';
import { ruleById } from './rules/index.ts';
import type { TraceEvent } from './rules/rule.ts';
import type { Analysis } from './types.ts';

/** Every rule that fired on the text: the annotations' own `rule` ids, plus vetoes and continued quotes. */
export function traceParsed(parsed: ParsedText): { analysis: Analysis; events: TraceEvent[] } {
  const analysis = analyzeParsed(parsed);
  const events: TraceEvent[] = [];
  for (const a of analysis.actors) if (a.rule) events.push({ rule: a.rule, span: a.mentions[0]!, note: a.kind });
  for (const s of analysis.sourcing) if (s.rule) events.push({ rule: s.rule, span: s.span, note: s.kind });
  for (const a of analysis.attributions)
    if (a.rule)
      events.push({ rule: a.rule, span: a.content, note: `speaker: ${a.speaker}${a.act ? ` (${a.act})` : ''}` });
  for (const c of analysis.claims)
    for (const r of c.reasons) if (r.rule) events.push({ rule: r.rule, span: c.span, note: r.kind });
  // vetoes leave no annotation: the actor and attribution stages run once more with a trace to record them
  if (parsed.text.trim() !== '') {
    const trace: TraceEvent[] = [];
    findActors(parsed, trace);
    findAttributions(parsed, analysis.actors, trace);
    events.push(...trace);
  }
  return { analysis, events: events.sort((a, b) => a.span.start - b.span.start) };
}

export const traceText = (text: string) => traceParsed(parse(text));

/** One line per rule event, grouped under the sentence it falls in. */
export function explainText(text: string): string {
  const parsed = parse(text);
  const { events } = traceParsed(parsed);
  const lines: string[] = [];
  let e = 0;
  for (const s of parsed.sentences) {
    const here: TraceEvent[] = [];
    while (e < events.length && events[e]!.span.start < s.end) here.push(events[e++]!);
    if (here.length === 0) continue;
    lines.push(`\n${s.text.replace(/\s+/g, ' ').trim()}`);
    for (const ev of here) {
      const rule = ruleById.get(ev.rule);
      const what = ev.vetoed ? `vetoed ${quoted(ev.span)} by` : `${quoted(ev.span)} ←`;
      const note = ev.note ? ` [${ev.note}]` : '';
      lines.push(`  ${what} ${ev.rule}${note}${rule ? `: ${rule.matches}` : ''}`);
    }
  }
  return lines.join('\n').trimStart();
}
