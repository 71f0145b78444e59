#!/usr/bin/env node
// What the first page (sign-in) downloads: index.html and every script, module preload and style
// sheet it names, raw and as sent compressed (brotli, gzip). `node scripts/bundle-size.mjs [dist]`
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? 'web/dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = [
  'index.html',
  ...[...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]),
];
let raw = 0;
let br = 0;
let gz = 0;
for (const f of new Set(files)) {
  const body = fs.readFileSync(path.join(dist, f));
  raw += body.length;
  br += zlib.brotliCompressSync(body).length;
  gz += zlib.gzipSync(body, { level: 9 }).length;
  process.stdout.write(`${f}\t${body.length}\n`);
}
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
process.stdout.write(`first page: ${kb(raw)} raw, ${kb(gz)} gzip, ${kb(br)} brotli (fonts aside)\n`);
