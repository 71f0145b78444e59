/**
 * End-to-end speed of `kassa calc` in JSON Lines mode (contracts/calc.md: at least 100 000
 * requests/s, trace off): writes N synthetic old-age requests to a temp file, runs
 * `node bin/kassa.js calc --input f.jsonl > /dev/null` and reports requests per second
 * (including process start-up). `CALC_CLI_N` sets N (default 500 000).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rng, syntheticRequest } from './_histories';

const N = Number(process.env.CALC_CLI_N ?? 500_000);
const TARGET = 100_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-calc-cli-'));
const file = path.join(dir, 'requests.jsonl');
try {
  const next = rng(42);
  const fd = fs.openSync(file, 'w');
  let chunk = '';
  for (let i = 0; i < N; i++) {
    chunk += `${JSON.stringify(syntheticRequest(next, false))}\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = '';
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  const bytes = fs.statSync(file).size;
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const started = process.hrtime.bigint();
  const out = fs.openSync('/dev/null', 'w');
  const r = spawnSync('node', [path.join(root, 'bin/kassa.js'), 'calc', '--input', file], {
    stdio: ['ignore', out, 'inherit'],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  fs.closeSync(out);
  const perSecond = Math.round(N / seconds);
  process.stdout.write(
    `${JSON.stringify(
      {
        benchmark: 'calc-cli',
        requests: N,
        inputBytes: bytes,
        exitCode: r.status,
        seconds: Number(seconds.toFixed(3)),
        requestsPerSecond: perSecond,
        target: TARGET,
        meetsTarget: r.status === 0 && perSecond >= TARGET,
      },
      null,
      2,
    )}\n`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
