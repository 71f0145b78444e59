#!/usr/bin/env node
// `kassa` runs the compiled build of the sources, dist/<fingerprint>/run.js (built by `npm install`).
// A build of other sources is never run: when the sources changed since, it is rebuilt first (esbuild,
// about a second); if that fails (a read-only install, no esbuild) the sources run through tsx with a
// warning. KASSA_FROM_SOURCE=1 always runs the sources (as `npm run dev` and the tests' spawns may).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceFingerprint, statFingerprint } from '../scripts/source-fingerprint.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function compiledEntry() {
  if (process.env.KASSA_FROM_SOURCE === '1') return undefined;
  // Quick path: no source file's size or time changed since the last start.
  const stats = statFingerprint(root);
  let latest;
  try {
    latest = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'latest.json'), 'utf8'));
  } catch {}
  if (latest?.stats === stats) {
    const entry = path.join(root, 'dist', latest.fingerprint, 'run.js');
    if (fs.existsSync(entry)) return entry;
  }
  // Something changed (or was touched): the contents decide which build runs.
  const fingerprint = sourceFingerprint(root);
  const { build, recordLatest } = await import('../scripts/build.mjs');
  let entry = path.join(root, 'dist', fingerprint, 'run.js');
  if (!fs.existsSync(entry)) {
    const started = performance.now();
    try {
      entry = await build(root, fingerprint);
    } catch (error) {
      process.stderr.write(
        `kassa: dist/ holds no build of these sources and building one failed (${error instanceof Error ? error.message : error}); running the sources through tsx, which starts slower\n`,
      );
      return undefined;
    }
    if (process.stderr.isTTY) {
      const s = ((performance.now() - started) / 1000).toFixed(1);
      process.stderr.write(`kassa: the sources changed since the last build; rebuilt in ${s} s\n`);
    }
  }
  try {
    recordLatest(root, fingerprint, stats);
  } catch {} // a read-only install still runs, only without the quick path
  return entry;
}

const entry = await compiledEntry();
if (entry) {
  await import(pathToFileURL(entry).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/run.ts');
}
