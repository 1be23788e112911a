// Named actors: people, organisations, places (and optional nationality groups), with every mention.
import type { ParsedText } from './nlp.ts';
import type { Actor } from './types.ts';

export function findActors(parsed: ParsedText): Actor[] {
  const out: Actor[] = [];
  const add = (kind: Actor['kind'], view: { json(o: object): unknown }) => {
    for (const m of view.json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
      const start = m.offset.start;
      const end = start + m.offset.length;
      out.push({ name: m.text, kind, mentions: [{ start, end, text: parsed.text.slice(start, end) }] });
    }
  };
  add('person', parsed.doc.people());
  add('organization', parsed.doc.organizations());
  add('place', parsed.doc.places());
  return out;
}
