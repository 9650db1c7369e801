// Draws media/icon.png (128×128): a persona × phase matrix with one empty cell (a gap) and a
// journey path running through it. Plain RGBA raster, 4× supersampled, written with zlib.
// Usage: node scripts/draw-icon.mjs [out.png]
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128, SS = 4, W = SIZE * SS;
const px = new Float64Array(W * W * 4); // premultiplied-free RGBA in 0..1, painted over

function blend(i, [r, g, b], a) {
  const o = i * 4;
  px[o] = px[o] * (1 - a) + r * a; px[o + 1] = px[o + 1] * (1 - a) + g * a;
  px[o + 2] = px[o + 2] * (1 - a) + b * a; px[o + 3] = px[o + 3] * (1 - a) + a;
}
const hex = (h) => [1, 3, 5].map((k) => parseInt(h.slice(k, k + 2), 16) / 255);
// Paint every supersample (x, y in icon pixels) for which inside(x, y) holds.
function fill(inside, color, alpha = 1) {
  for (let y = 0; y < W; y++) for (let x = 0; x < W; x++) {
    if (inside((x + 0.5) / SS, (y + 0.5) / SS)) blend(y * W + x, color, alpha);
  }
}
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r), cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const segDist = (x, y, [ax, ay], [bx, by]) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};

// Background: a deep blue tile.
fill(roundRect(4, 4, 124, 124, 22), hex('#1f3a5f'));
// Matrix: 3 personas (rows) × 4 phases (columns); the cell at row 1, column 2 is a gap.
const cols = 4, rows = 3, cw = 23, ch = 23, step = 26, gx = (SIZE - (cols * step - 3)) / 2, gy = 14;
const cellColor = ['#4fb3a9', '#6cc4b9', '#8fd3c8', '#b5e3da'];
for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
  const x0 = gx + c * step, y0 = gy + r * step;
  if (r === 1 && c === 2) {
    const outer = roundRect(x0, y0, x0 + cw, y0 + ch, 4), inner = roundRect(x0 + 2.5, y0 + 2.5, x0 + cw - 2.5, y0 + ch - 2.5, 2);
    fill((x, y) => outer(x, y) && !inner(x, y), hex('#f2b84b'));
  } else {
    fill(roundRect(x0, y0, x0 + cw, y0 + ch, 4), hex(cellColor[c]), 0.9);
  }
}
// The journey: a path through the phases, from a start dot to an arrow head.
const path = [[16, 108], [40, 98], [64, 108], [88, 98], [108, 103]];
fill((x, y) => path.slice(1).some((p, k) => segDist(x, y, path[k], p) <= 3.2), hex('#ffffff'));
fill((x, y) => Math.hypot(x - 16, y - 108) <= 6, hex('#f2b84b'));
const head = [[118, 106], [104, 96], [103, 110]];
const sign = (p, a, b) => (p[0] - b[0]) * (a[1] - b[1]) - (a[0] - b[0]) * (p[1] - b[1]);
fill((x, y) => {
  const p = [x, y], d1 = sign(p, head[0], head[1]), d2 = sign(p, head[1], head[2]), d3 = sign(p, head[2], head[0]);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}, hex('#ffffff'));

// Downsample to 128×128 RGBA bytes.
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
      const o = ((y * SS + sy) * W + x * SS + sx) * 4, a = px[o + 3];
      acc[0] += px[o] * a; acc[1] += px[o + 1] * a; acc[2] += px[o + 2] * a; acc[3] += a;
    }
    const n = SS * SS, a = acc[3] / n, o = y * (SIZE * 4 + 1) + 1 + x * 4;
    for (let k = 0; k < 3; k++) raw[o + k] = a > 0 ? Math.round((acc[k] / n / a) * 255) : 0;
    raw[o + 3] = Math.round(a * 255);
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0); ihdr.writeUInt32BE(SIZE, 4); ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
const out = process.argv[2] ?? new URL('../media/icon.png', import.meta.url);
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
