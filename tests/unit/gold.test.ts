// The project's own gold (tests/gold/<slug>/gold.json, scored by `npm run eval -- pages`) stays valid for
// the text the extraction reads from each saved page: every context is found exactly once and holds its
// item (../shared/eval/check-gold.mjs). An extraction change that drops or doubles annotated text fails here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { articleFromHtml } from '../../lib/dom/from-html.ts';

const SHARED = resolve(process.env.SOURCELIGHT_SHARED ?? join(__dirname, '..', '..', '..', 'shared'));
const GOLD = join(__dirname, '..', 'gold');
const slugs = readdirSync(GOLD).filter((d) => existsSync(join(GOLD, d, 'gold.json')));
const tmp = mkdtempSync(join(tmpdir(), 'sourcelight-gold-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('gold over saved pages', () => {
  test('there are at least 15 articles', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(15);
  });

  test.each(slugs)('%s: valid for the extracted text', (slug) => {
    const gold = JSON.parse(readFileSync(join(GOLD, slug, 'gold.json'), 'utf8'));
    const page = join(SHARED, 'corpus', 'pages', gold.page ?? slug, 'source.html');
    const text = articleFromHtml(readFileSync(page, 'utf8')).text;
    const file = join(tmp, `${slug}.txt`);
    writeFileSync(file, text);
    let out = '';
    try {
      out = execFileSync(
        process.execPath,
        [join(SHARED, 'eval', 'check-gold.mjs'), join(GOLD, slug, 'gold.json'), file],
        {
          encoding: 'utf8',
        },
      );
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? e);
      throw new Error(`check-gold failed for ${slug}:\n${out.slice(0, 2000)}`);
    }
    expect(out).toMatch(/ok/i);
  });
});
