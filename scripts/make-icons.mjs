// Writes the app's PNG icons (public/icons/) from code: a hinge drawn as two bars meeting at a hip
// joint, white on the theme colour. No copied art. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const THEME = [0x1f, 0x5f, 0x8b]; // keep equal to the manifest's theme_color (#1f5f8b)
const WHITE = [0xff, 0xff, 0xff];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgbAt) {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b] = rgbAt(x + 0.5, y + 0.5);
      const o = y * (size * 3 + 1) + 1 + x * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Distance from p to the segment a–b. */
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** The drawing in unit coordinates, scaled by `inset` (maskable icons keep it inside the safe zone). */
function drawing(size, inset) {
  return (x, y) => {
    const u = (x / size - 0.5) / inset + 0.5;
    const v = (y / size - 0.5) / inset + 0.5;
    const hip = [0.5, 0.45];
    const shoulder = [0.26, 0.24]; // trunk leaning forward: a hip hinge
    const knee = [0.56, 0.78];
    const w = 0.06;
    const inBar = segDist(u, v, ...hip, ...shoulder) < w || segDist(u, v, ...hip, ...knee) < w;
    const head = Math.hypot(u - 0.16, v - 0.17) < 0.075;
    const ring = Math.abs(Math.hypot(u - hip[0], v - hip[1]) - 0.12) < 0.025;
    return inBar || head || ring ? WHITE : THEME;
  };
}

mkdirSync('public/icons', { recursive: true });
for (const size of [192, 512]) writeFileSync(`public/icons/icon-${size}.png`, png(size, drawing(size, 1)));
writeFileSync('public/icons/maskable-512.png', png(512, drawing(512, 0.7)));
writeFileSync('public/icons/apple-touch-icon-180.png', png(180, drawing(180, 0.85)));
console.log('wrote public/icons/{icon-192,icon-512,maskable-512,apple-touch-icon-180}.png');
