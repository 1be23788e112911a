// Every rule's own examples: each `fires` sentence must produce an annotation (or record a veto) carrying the
// rule's id, each `never` sentence must not. Plus the registry's conventions: ids unique, every id found in the
// code that applies it, every id the code cites registered.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { traceText } from '../../lib/explain.ts';
import { RULES } from '../../lib/rules/index.ts';

const firedIds = (text: string) => new Set(traceText(text).events.map((e) => e.rule));

/** A veto fires when it sets a candidate aside and nothing else marks that word as sourcing. */
function vetoHolds(id: string, text: string): boolean {
  const { analysis, events } = traceText(text);
  const vetoed = events.filter((e) => e.vetoed && e.rule === id);
  const marked = (e: (typeof events)[number]) =>
    analysis.sourcing.some((s) => s.span.start < e.span.end && e.span.start < s.span.end);
  return vetoed.length > 0 && !vetoed.some(marked);
}

const fires = RULES.flatMap((r) => r.fires.map((text) => [r.id, text] as const));
const never = RULES.flatMap((r) => r.never.map((text) => [r.id, text] as const));

describe('rule examples', () => {
  test.each(fires)('%s fires on %j', (id, text) => {
    if (id.startsWith('veto.')) expect(vetoHolds(id, text)).toBe(true);
    else expect([...firedIds(text)]).toContain(id);
  });
  test.each(never)('%s does not fire on %j', (id, text) => {
    expect([...firedIds(text)]).not.toContain(id);
  });
});

describe('rule registry', () => {
  const lib = join(__dirname, '../../lib');
  const code = readdirSync(lib)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(lib, f), 'utf8'))
    .join('\n');
  const ID = /'((?:actor|cue|veto|content|statement|claim)\.[a-z]+(?:-[a-z]+)*)'/g;

  test('ids are unique and well formed', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.id.startsWith(`${r.stage}.`)).toBe(true);
  });
  test.each(RULES.map((r) => r.id))('%s is cited by the code that applies it', (id) => {
    expect(code).toContain(`'${id}'`);
  });
  test('every id the code cites is registered', () => {
    const known = new Set(RULES.map((r) => r.id));
    const cited = [...code.matchAll(ID)].map((m) => m[1]!);
    expect(cited.filter((id) => !known.has(id))).toEqual([]);
  });
});
