#!/usr/bin/env node
// Draws Sourcelight's toolbar/store icons as PNGs (public/icon/<size>.png), no image tools needed:
// a slate rounded square with three lines of "text", the middle one lit by a highlighter band.
// Shapes are signed-distance functions, anti-aliased by coverage. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Signed distance to a rounded box centred at (cx, cy) with half-size (hx, hy) and radius r (unit square coords).
const box = (x, y, cx, cy, hx, hy, r) => {
  const qx = Math.abs(x - cx) - hx + r;
  const qy = Math.abs(y - cy) - hy + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};

const hex = (h) => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
// Layers, back to front: [distance fn, colour]
const LAYERS = [
  [(x, y) => box(x, y, 0.5, 0.5, 0.47, 0.47, 0.2), hex('#1e293b')],
  [(x, y) => box(x, y, 0.46, 0.3, 0.26, 0.045, 0.045), hex('#cbd5e1')],
  [(x, y) => box(x, y, 0.5, 0.5, 0.36, 0.1, 0.05), hex('#facc15')],
  [(x, y) => box(x, y, 0.48, 0.5, 0.26, 0.04, 0.04), hex('#1e293b')],
  [(x, y) => box(x, y, 0.4, 0.7, 0.2, 0.045, 0.045), hex('#cbd5e1')],
];

function draw(size) {
  const out = Buffer.alloc(size * size * 4);
  const SS = 4; // supersampling per axis
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          let col = null;
          for (const [d, c] of LAYERS) if (d(x, y) <= 0) col = c;
          if (col) {
            r += col[0];
            g += col[1];
            b += col[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (SS * SS));
      }
    }
  }
  return out;
}

mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of SIZES) {
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size, draw(size)));
}
console.log(`icons: ${SIZES.join(', ')} px -> public/icon/`);
