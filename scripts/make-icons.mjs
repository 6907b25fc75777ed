// Draws the toolbar icon (a feed symbol on a rounded square) as PNGs at the sizes the manifest names.
// Run once when the design changes: `node scripts/make-icons.mjs`. Pure Node: no image tools needed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BG = [232, 93, 4];
const FG = [255, 255, 255];

function coverage(x, y) {
  // Unit square coordinates; returns [alpha of background, alpha of foreground].
  const r = 0.2;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0];
  const ox = 0.24,
    oy = 0.76; // origin of the feed arcs, bottom left
  const d = Math.hypot(x - ox, y - oy);
  const inQuadrant = x >= ox - 0.08 && y <= oy + 0.08;
  const dot = d < 0.09;
  const arc1 = inQuadrant && x >= ox && y <= oy && d > 0.27 && d < 0.39;
  const arc2 = inQuadrant && x >= ox && y <= oy && d > 0.49 && d < 0.61;
  return [1, dot || arc1 || arc2 ? 1 : 0];
}

function png(size) {
  const ss = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let a = 0,
        f = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const [ba, fa] = coverage((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          a += ba;
          f += fa;
        }
      a /= ss * ss;
      f /= ss * ss;
      const mix = a ? f / a : 0;
      const o = py * (size * 4 + 1) + 1 + px * 4;
      for (let c = 0; c < 3; c++) raw[o + c] = Math.round(BG[c] * (1 - mix) + FG[c] * mix);
      raw[o + 3] = Math.round(a * 255);
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c;
}

for (const size of SIZES) writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), png(size));
