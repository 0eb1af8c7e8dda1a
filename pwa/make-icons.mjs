// Draws the web app's icons (a minutes page on the app's blue) into public/icons/ as PNG,
// with nothing but node:zlib: `node pwa/make-icons.mjs`. The PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [11, 92, 138, 255];
const WHITE = [255, 255, 255, 255];
const FOLD = [190, 220, 238, 255];
const LINE = [11, 92, 138, 255];
const LIGHT = [120, 160, 185, 255];

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Shapes in unit coordinates (0..1); each is [inside(x, y), colour], painted in order. */
function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by), d2 = s(bx, by, cx, cy), d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const not = (f) => (x, y) => !f(x, y);
const and = (f, g) => (x, y) => f(x, y) && g(x, y);

/** The page, scaled by `k` around the centre. */
function page(k) {
  const t = (v) => 0.5 + (v - 0.5) * k;
  const [x0, y0, x1, y1, fold] = [t(0.27), t(0.2), t(0.73), t(0.8), 0.13 * k];
  const corner = triangle(x1 - fold, y0, x1, y0, x1, y0 + fold);
  const lines = [
    [t(0.34), t(0.38), t(0.62), t(0.43), LINE],
    [t(0.34), t(0.5), t(0.66), t(0.53), LIGHT],
    [t(0.34), t(0.58), t(0.66), t(0.61), LIGHT],
    [t(0.34), t(0.66), t(0.54), t(0.69), LIGHT],
  ];
  return [
    [and(roundRect(x0, y0, x1, y1, 0.03 * k), not(corner)), WHITE],
    [triangle(x1 - fold, y0, x1 - fold, y0 + fold, x1, y0 + fold), FOLD],
    ...lines.map(([a, b, c, d, colour]) => [roundRect(a, b, c, d, 0.012 * k), colour]),
  ];
}

function draw(size, shapes, samples = 4) {
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let colour = [0, 0, 0, 0];
          for (const [inside, c] of shapes) if (inside(x, y)) colour = c;
          // Premultiplied, so transparent samples do not darken the edge.
          const a = colour[3] / 255;
          acc[0] += colour[0] * a; acc[1] += colour[1] * a; acc[2] += colour[2] * a; acc[3] += a;
        }
      }
      const n = samples * samples;
      const alpha = acc[3] / n;
      const i = (py * size + px) * 4;
      out[i] = alpha ? Math.round(acc[0] / n / alpha) : 0;
      out[i + 1] = alpha ? Math.round(acc[1] / n / alpha) : 0;
      out[i + 2] = alpha ? Math.round(acc[2] / n / alpha) : 0;
      out[i + 3] = Math.round(alpha * 255);
    }
  }
  return out;
}

const square = [() => true, BLUE];
const rounded = [roundRect(0, 0, 1, 1, 0.2), BLUE];
const dir = new URL('../public/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
const icons = {
  'icon-192.png': [192, [rounded, ...page(1)]],
  'icon-512.png': [512, [rounded, ...page(1)]],
  // Maskable: full bleed, the page inside the central safe circle (radius 40 %).
  'maskable-512.png': [512, [square, ...page(0.78)]],
  // iOS rounds the corners itself and shows transparency as black.
  'apple-touch-icon-180.png': [180, [square, ...page(0.9)]],
  'favicon-32.png': [32, [rounded, ...page(1.15)]],
};
for (const [name, [size, shapes]] of Object.entries(icons)) {
  writeFileSync(new URL(name, dir), png(size, draw(size, shapes)));
  console.log(`public/icons/${name} (${size}×${size})`);
}
