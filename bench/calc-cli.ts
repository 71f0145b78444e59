/**
 * End-to-end speed of `kassa calc` in JSON Lines mode (contracts/calc.md: at least 100 000
 * requests/s, trace off): writes N synthetic old-age requests to a temp file, runs
 * `node bin/kassa.js calc --input f.jsonl > /dev/null` and reports requests per second
 * (including process start-up). It also times the command on a one-line file — the start-up
 * alone — and reports the rate without it, and checks the answer count.
 * `CALC_CLI_N` sets N (default 500 000); `CALC_CLI_WORKERS` passes `--workers`.
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
  const one = path.join(dir, 'one.jsonl');
  fs.writeFileSync(one, `${JSON.stringify(syntheticRequest(rng(1), false))}\n`);
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const workers = process.env.CALC_CLI_WORKERS;
  const answersFile = path.join(dir, 'answers.jsonl');
  const run = (input: string) => {
    const out = fs.openSync(answersFile, 'w');
    const args = [path.join(root, 'bin/kassa.js'), 'calc', '--input', input];
    if (workers !== undefined) args.push('--workers', workers);
    const started = process.hrtime.bigint();
    const r = spawnSync('node', args, { stdio: ['ignore', out, 'inherit'] });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    fs.closeSync(out);
    return { r, seconds };
  };
  const startup = run(one);
  // The answers go to a file (not /dev/null) so the bench can check there is one per request.
  const { r, seconds } = run(file);
  let answers = 0;
  const fdIn = fs.openSync(answersFile, 'r');
  const buf = Buffer.alloc(1 << 20);
  for (let n = fs.readSync(fdIn, buf); n > 0; n = fs.readSync(fdIn, buf))
    for (let i = buf.indexOf(10); i >= 0 && i < n; i = buf.indexOf(10, i + 1)) answers++;
  fs.closeSync(fdIn);
  const perSecond = Math.round(N / seconds);
  const ok = r.status === 0 && answers === N;
  process.stdout.write(
    `${JSON.stringify(
      {
        benchmark: 'calc-cli',
        requests: N,
        inputBytes: bytes,
        workers: workers ?? 'default (one per core, at most 4)',
        exitCode: r.status,
        answers,
        seconds: Number(seconds.toFixed(3)),
        startupSeconds: Number(startup.seconds.toFixed(3)),
        requestsPerSecond: perSecond,
        requestsPerSecondAfterStartup: Math.round(N / Math.max(1e-9, seconds - startup.seconds)),
        target: TARGET,
        meetsTarget: ok && perSecond >= TARGET,
      },
      null,
      2,
    )}\n`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
