// Fingerprints of what the compiled `kassa` is built from: src/ (without tests), package.json,
// tsconfig.json and the build scripts. Node built-ins only: bin/kassa.js checks them at every start.
//  - statFingerprint: names, sizes and modification times; no file is read (a few ms). A quick "nothing
//    changed since the last start" check.
//  - sourceFingerprint: names and contents. A build lives in dist/<sourceFingerprint>/, so a build of
//    other sources is never run by mistake.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const INPUTS = [
  'src',
  'package.json',
  'tsconfig.json',
  'scripts/build.mjs',
  'scripts/source-fingerprint.mjs',
];

function inputFiles(root) {
  const out = [];
  const walk = (rel) => {
    const stat = fs.statSync(path.join(root, rel), { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(path.join(root, rel)).sort()) walk(path.join(rel, name));
    } else if (!rel.endsWith('.test.ts')) {
      out.push({ rel: rel.split(path.sep).join('/'), stat });
    }
  };
  for (const input of INPUTS) walk(input);
  return out;
}

const digest = (hash) => hash.digest('hex').slice(0, 16);

export function statFingerprint(root) {
  const hash = createHash('sha256');
  for (const { rel, stat } of inputFiles(root)) hash.update(`${rel}\0${stat.size}\0${stat.mtimeMs}\n`);
  return digest(hash);
}

export function sourceFingerprint(root) {
  const hash = createHash('sha256');
  for (const { rel } of inputFiles(root)) {
    hash.update(`${rel}\0`);
    hash.update(fs.readFileSync(path.join(root, rel)));
    hash.update('\0');
  }
  return digest(hash);
}
