#!/usr/bin/env node
// `npm run bench -- NAME…` runs bench/NAME.ts (each prints JSON); with no name, every benchmark.
// Order matters for `all`: import fills the PostgreSQL bench database that search and report reuse.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ORDER = ['rules', 'calc-cli', 'import', 'search', 'report', 'api'];
const available = fs
  .readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .map((f) => f.slice(0, -3));
const names = process.argv.slice(2);
const chosen = names.length
  ? names
  : [...ORDER.filter((n) => available.includes(n)), ...available.filter((n) => !ORDER.includes(n))];
let failed = false;
for (const name of chosen) {
  if (!available.includes(name)) {
    process.stderr.write(`no benchmark named ${name}; there are: ${available.join(', ')}\n`);
    process.exit(2);
  }
  process.stderr.write(`\n=== bench ${name}\n`);
  const r = spawnSync('npx', ['tsx', path.join('bench', `${name}.ts`)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
