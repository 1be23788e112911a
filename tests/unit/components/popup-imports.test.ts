// The popup never imports compromise (or lib/analyze.ts, lib/nlp.ts): it only shows what the content
// script already computed. Walks the popup's static import graph from entrypoints/popup/main.tsx.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const FORBIDDEN = [/^compromise/, /^lib\/analyze\.ts$/, /^lib\/nlp\.ts$/, /^components\/.*$/];

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return spec; // a package
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    if (existsSync(base + ext) && !base.endsWith('/') && (ext !== '' || /\.\w+$/.test(base))) return base + ext;
  }
  return null;
}

function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith('/') || file.endsWith('.css')) continue;
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const target = resolveImport(file, (m[1] ?? m[2])!);
      if (target) todo.push(target);
    }
  }
  return seen;
}

test('the popup bundle reaches neither compromise nor the analysis engine', () => {
  const files = [...importGraph(join(ROOT, 'entrypoints/popup/main.tsx'))].map((f) =>
    f.startsWith('/') ? relative(ROOT, f) : f,
  );
  expect(files).toContain('components/popup.tsx');
  expect(files).toContain('lib/summary.ts');
  const bad = files.filter((f) => FORBIDDEN.slice(0, 3).some((re) => re.test(f)));
  expect(bad).toEqual([]);
});

test('the content script does not import components/', () => {
  const files = [...importGraph(join(ROOT, 'entrypoints/content/index.ts'))].map((f) =>
    f.startsWith('/') ? relative(ROOT, f) : f,
  );
  expect(files.filter((f) => FORBIDDEN[3]!.test(f))).toEqual([]);
});

test('control: the walk does find compromise from the background worker', () => {
  const files = [...importGraph(join(ROOT, 'entrypoints/background.ts'))].map((f) =>
    f.startsWith('/') ? relative(ROOT, f) : f,
  );
  expect(files).toContain('lib/analyze.ts');
  expect(files.some((f) => /^compromise/.test(f))).toBe(true);
});
