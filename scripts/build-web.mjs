#!/usr/bin/env node
// Builds the web UI when web/dist is missing or older than any source file (used by npm start and tests).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const built = path.join(root, 'web/dist/index.html');

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

if (!fs.existsSync(path.join(root, 'web/index.html'))) process.exit(0);
if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= newest(path.join(root, 'web'))) process.exit(0);
process.stdout.write('Building the web UI…\n');
const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
  cwd: path.join(root, 'web'),
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
