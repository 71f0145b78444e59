#!/usr/bin/env node
// The one test command (`npm test`): typecheck, lint and format, unit tests, database tests on
// PGlite and on PostgreSQL, browser tests in Debian's Chromium. Any failing step fails the run.
// At the end it prints how many tests ran where, and one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const results = path.join(root, '.test-results');
fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });
const pgUrl = process.env.KASSA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const summary = [];
let failed = false;

function run(label, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    failed = true;
    process.stdout.write(`\n*** ${label} FAILED\n`);
  }
  return r.status === 0;
}

function vitest(label, projects, file, env = {}) {
  const out = path.join(results, `${file}.json`);
  run(
    label,
    'npx',
    [
      'vitest',
      'run',
      ...[projects].flat().flatMap((p) => ['--project', p]),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
      '--passWithNoTests',
    ],
    env,
  );
  let counts = { passed: 0, failed: 0, skipped: 0 };
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    counts = {
      passed: r.numPassedTests,
      failed: r.numFailedTests,
      skipped: r.numPendingTests + (r.numTodoTests ?? 0),
    };
  } else if (!failed) {
    failed = true;
  }
  summary.push({ label, ...counts });
}

function reachable(url) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = net.connect({ host: u.hostname, port: Number(u.port || 5432), timeout: 2000 });
    s.on('connect', () => {
      s.end();
      resolve(true);
    });
    s.on('error', () => resolve(false));
    s.on('timeout', () => {
      s.destroy();
      resolve(false);
    });
  });
}

const only = process.argv[2]; // optional: typecheck | lint | unit | db | browser
const want = (step) => !only || only === step;

if (want('typecheck')) run('typecheck (tsc --noEmit, strict)', 'npx', ['tsc', '--noEmit', '-p', '.']);
if (want('lint')) run('lint and format (biome ci)', 'npx', ['biome', 'ci', '.']);
if (want('unit')) vitest('unit tests', 'unit', 'unit');
if (want('db')) {
  // pdftoppm for the PDF page checks; a failed install shows here, and those tests say they skipped.
  run('test tools (poppler-utils)', 'node', ['scripts/ensure-tools.mjs']);
  vitest('database tests on PGlite', ['db', 'db-solo'], 'db-pglite', { KASSA_TEST_DB: 'pglite' });
  if (await reachable(pgUrl)) {
    vitest(`database tests on PostgreSQL (${new URL(pgUrl).host})`, ['db', 'db-solo'], 'db-postgres', {
      KASSA_TEST_DB: 'postgres',
      KASSA_TEST_PG_URL: pgUrl,
    });
  } else {
    process.stdout.write(
      `\n!!! SKIPPED: database tests on PostgreSQL — no server answers at ${new URL(pgUrl).host}\n`,
    );
    summary.push({
      label: 'database tests on PostgreSQL: SKIPPED (no server reachable)',
      passed: 0,
      failed: 0,
      skipped: 0,
    });
  }
}
if (want('browser')) {
  if (run('browser set-up (Chromium, web build)', 'node', ['scripts/ensure-browser.mjs'])) {
    vitest('browser tests (Chromium)', 'browser', 'browser');
  }
}

const total = summary.reduce(
  (t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
process.stdout.write('\n=== Summary\n');
for (const s of summary)
  process.stdout.write(`${s.label}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped\n`);
if (failed && total.failed === 0) total.failed = 1; // a failing gate (typecheck, lint) counts as a failure
process.stdout.write(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
process.exit(failed ? 1 : 0);
