// Colour-vision checks for the category palette: simulated protanopia, deuteranopia and tritanopia (Machado,
// Oliveira & Fernandes 2009, severity 1.0, applied in linear sRGB) and the OKLab distance between two colours
// (Ottosson 2020; 0.02 is about a just-noticeable difference). Used by tests/unit/colour-vision.test.ts and
// docs/readability.md; the extension itself never runs it. Pure.

export type Rgb = readonly [number, number, number];
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

type Matrix = readonly [Rgb, Rgb, Rgb];

/** Machado et al. 2009, Table 1, severity 1.0 (linear RGB). */
export const MACHADO: Readonly<Record<Exclude<Vision, 'normal'>, Matrix>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** '#rrggbb' or 'rgba(r, g, b, a)' -> sRGB 0..1 and alpha. */
export function parseColour(css: string): { rgb: Rgb; alpha: number } {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex) {
    const n = Number.parseInt(hex[1]!, 16);
    return { rgb: [(n >> 16) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255], alpha: 1 };
  }
  const m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(css.trim());
  if (!m) throw new Error(`unsupported colour ${css}`);
  return {
    rgb: [Number(m[1]) / 255, Number(m[2]) / 255, Number(m[3]) / 255],
    alpha: m[4] === undefined ? 1 : Number(m[4]),
  };
}

/** A translucent colour over an opaque page colour (sRGB, as browsers blend). */
export function over(css: string, page: Rgb): Rgb {
  const { rgb, alpha } = parseColour(css);
  return [0, 1, 2].map((i) => rgb[i]! * alpha + page[i]! * (1 - alpha)) as unknown as Rgb;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp = (c: number) => Math.min(1, Math.max(0, c));

/** How a colour looks with this colour vision (sRGB in, sRGB out). */
export function simulate(rgb: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return rgb;
  const lin = rgb.map(toLinear);
  const m = MACHADO[vision];
  return m.map((row) => toGamma(clamp(row[0] * lin[0]! + row[1] * lin[1]! + row[2] * lin[2]!))) as unknown as Rgb;
}

/** sRGB -> OKLab (Ottosson). */
export function oklab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(toLinear) as unknown as Rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** Euclidean distance in OKLab (ΔE_ok). */
export function distance(a: Rgb, b: Rgb): number {
  const x = oklab(a);
  const y = oklab(b);
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}
