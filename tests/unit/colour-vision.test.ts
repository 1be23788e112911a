// The six categories stay apart for readers with colour-vision deficiencies: every pair of line colours is
// at least MIN_DISTANCE apart in OKLab under simulated protanopia, deuteranopia and tritanopia (Machado et al.
// 2009, severity 1.0) as in normal vision, and every pair also differs in line style, so no pair rests on
// colour alone. Each line colour keeps 3:1 contrast on white and on near-black pages.
import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../lib/categories.ts';
import { distance, over, parseColour, type Rgb, simulate, VISIONS } from '../../lib/colour-vision.ts';

/** ΔE_ok: about five just-noticeable differences (0.02), enough for a thin line at reading distance. */
const MIN_DISTANCE = 0.1;
const LIGHT: Rgb = [1, 1, 1];
const DARK: Rgb = [0x12 / 255, 0x12 / 255, 0x12 / 255];

const pairs = CATEGORIES.flatMap((a, i) => CATEGORIES.slice(i + 1).map((b) => [a, b] as const));

function luminance(c: Rgb): number {
  const lin = c.map((x) => (x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
  return 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
}
const contrast = (a: Rgb, b: Rgb) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe.each(VISIONS)('%s', (vision) => {
  test.each(pairs.map(([a, b]) => [`${a.id} / ${b.id}`, a, b]))('%s: line colours apart', (_, a, b) => {
    const d = distance(simulate(parseColour(a.underline).rgb, vision), simulate(parseColour(b.underline).rgb, vision));
    expect(d).toBeGreaterThanOrEqual(MIN_DISTANCE);
  });
});

test('every pair differs in line style too (never colour alone), in normal and forced-colours mode', () => {
  const looks = new Set(CATEGORIES.map((c) => `${c.line ?? 'underline'} ${c.underlineStyle}`));
  expect(looks.size).toBe(CATEGORIES.length);
});

test.each(CATEGORIES.map((c) => [c.id, c]))('%s: the line keeps 3:1 on light and dark pages', (_, c) => {
  const line = parseColour(c.underline).rgb;
  expect(contrast(line, LIGHT)).toBeGreaterThanOrEqual(3);
  expect(contrast(line, DARK)).toBeGreaterThanOrEqual(3);
});

test('the simulation matches published values (pure red under each deficiency)', () => {
  // Machado 2009 severity 1.0 on linear RGB, red (1,0,0): the first column of each matrix
  const red: Rgb = [1, 0, 0];
  const p = simulate(red, 'protanopia');
  expect(p[0]).toBeCloseTo(0.4267, 3); // 1.055 * 0.152286^(1/2.4) - 0.055
  expect(simulate(red, 'normal')).toEqual(red);
  expect(distance(LIGHT, LIGHT)).toBe(0);
  // white stays white in every simulation (rows sum to 1)
  for (const v of VISIONS) for (const x of simulate(LIGHT, v)) expect(x).toBeCloseTo(1, 3);
});

test('tinted backgrounds over light and dark pages (reported; the lines carry the difference)', () => {
  const rows: string[] = [];
  for (const page of [LIGHT, DARK])
    for (const vision of VISIONS) {
      let min = Number.POSITIVE_INFINITY;
      for (const [a, b] of pairs)
        min = Math.min(
          min,
          distance(simulate(over(a.background, page), vision), simulate(over(b.background, page), vision)),
        );
      rows.push(`${page === LIGHT ? 'light' : 'dark'} ${vision} ${min.toFixed(3)}`);
      expect(min).toBeGreaterThan(0.005);
    }
  expect(rows).toHaveLength(8);
});
