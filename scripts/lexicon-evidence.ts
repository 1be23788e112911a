// npx tsx scripts/lexicon-evidence.ts [SET]: for every word list in lib/lexicon/, how often its words occur in
// a corpus set (PolNeAR train by default) and how many of those uses fall inside a gold cue (a sourcing span)
// or inside a gold source (who an attribution is ascribed to). Plain word matching, no parse: a cheap measure
// of what a list is worth, quoted in the lists' comments ("PolNeAR train: inside a gold cue in 11 of 14 uses").
// An entry of several words ("condition of anonymity") counts as one use wherever the whole phrase occurs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verbForms } from '../lib/cues.ts';
import { wordsPattern } from '../lib/words-pattern.ts';
import { goldSourcing, goldSpans, inputOf } from './corpus.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.SOURCELIGHT_SHARED ?? join(root, '..', 'shared'));
const set = process.argv[2] ?? 'polnear-train';
/** Lists of verb lemmas: counted over all their inflected forms. */
const LEMMA_LISTS = new Set(
  'SPEECH STANCE BELIEF EVIDENCE NAMED_SUBJECT APPEARANCE_VERBS RECIPIENT_VERBS DENIAL_VERBS REFUSAL_VERBS WITHHELD_SPEECH PASSIVE_NOT_CUES STANCE_PASSIVE'.split(
    ' ',
  ),
);

/** Phrases of several words in the lists, by list: one pattern per list. */
const phraseLists = new Map<string, RegExp>();

/** Every exported list of single words in lib/lexicon/: sets, arrays and the keys of records. */
async function lists(): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  const dir = join(root, 'lib', 'lexicon');
  for (const file of readdirSync(dir).sort()) {
    const mod = (await import(join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      let words: Iterable<unknown> | undefined;
      if (value instanceof Set || Array.isArray(value)) words = value;
      else if (value && typeof value === 'object' && !(value instanceof Map) && !(value instanceof RegExp))
        words = Object.keys(value);
      if (!words) continue;
      const single = [...words].filter((w): w is string => typeof w === 'string' && /^[\p{L}'\u2019&-]+$/u.test(w));
      const forms = LEMMA_LISTS.has(name) ? single.flatMap(verbForms) : single;
      const key = `${file.replace(/\.ts$/, '')}.${name}`;
      if (forms.length > 0) out.set(key, new Set(forms.map((w) => w.toLowerCase())));
      const phrases = [...words].filter(
        (w): w is string => typeof w === 'string' && /^[\p{L}'\u2019&-]+(?: [\p{L}'\u2019&-]+)+$/u.test(w),
      );
      if (phrases.length > 0) {
        phraseLists.set(key, wordsPattern(phrases, 'giu'));
        if (!out.has(key)) out.set(key, new Set());
      }
    }
  }
  return out;
}

interface Count {
  uses: number;
  cue: number;
  source: number;
}

const byList = await lists();
const counts = new Map<string, Count>([...byList.keys()].map((k) => [k, { uses: 0, cue: 0, source: 0 }]));
const dir = join(shared, 'corpus', set);
for (const doc of readdirSync(dir).sort()) {
  const goldFile = join(dir, doc, 'gold.json');
  if (!existsSync(goldFile)) continue;
  const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
  const text = inputOf(join(dir, doc), gold);
  const cues = goldSourcing(text, gold);
  const sources = goldSpans(
    text,
    (gold.attributions ?? []).flatMap((a: { source?: { text: string; context?: string } }) =>
      a.source ? [a.source] : [],
    ),
  );
  const inside = (spans: [number, number][], s: number, e: number) => spans.some(([a, b]) => s < b && a < e);
  for (const m of text.matchAll(/[\p{L}][\p{L}'\u2019&-]*/gu)) {
    const word = m[0].toLowerCase().replace(/\u2019/g, "'");
    const s = m.index;
    const e = s + m[0].length;
    for (const [name, words] of byList) {
      if (!words.has(word)) continue;
      const c = counts.get(name)!;
      c.uses++;
      if (inside(cues, s, e)) c.cue++;
      if (inside(sources, s, e)) c.source++;
    }
  }
  for (const [name, re] of phraseLists) {
    const c = counts.get(name)!;
    for (const m of text.matchAll(re)) {
      c.uses++;
      if (inside(cues, m.index, m.index + m[0].length)) c.cue++;
      if (inside(sources, m.index, m.index + m[0].length)) c.source++;
    }
  }
}
console.log(`${'list'.padEnd(44)}${'uses'.padStart(8)}${'in cue'.padStart(14)}${'in source'.padStart(14)}`);
for (const [name, c] of counts) {
  const pct = (n: number) => (c.uses ? `${Math.round((100 * n) / c.uses)}%` : '-');
  console.log(
    `${name.padEnd(44)}${String(c.uses).padStart(8)}${`${c.cue} ${pct(c.cue)}`.padStart(14)}${`${c.source} ${pct(c.source)}`.padStart(14)}`,
  );
}
