/**
 * Start-up of `kassa`, compiled (bin/kassa.js running dist/) and from the sources (KASSA_FROM_SOURCE=1,
 * tsx compiling at every start): wall time of `kassa --help`, and of `kassa serve` from the spawn
 * until /api/health answers, on an existing embedded database (migrated beforehand, so the runs
 * time start-up, not migrations). Prints JSON with the median and the minimum of each.
 * STARTUP_DATABASE_URL runs serve on that PostgreSQL database instead (migrated first).
 * STARTUP_RUNS sets the runs per case (default 7); the CPU time of --help is reported too,
 * because on a busy machine wall time mostly measures the neighbours.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startContactRegisterStandin } from '../src/documents/channel/standin-contact-register';
import { startMailboxStandin } from '../src/documents/channel/standin-mailbox';

const RUNS = Number(process.env.STARTUP_RUNS ?? 7);
const PORT = Number(process.env.STARTUP_PORT ?? 3191);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const kassa = path.join(root, 'bin/kassa.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-startup-'));
const databaseUrl = process.env.STARTUP_DATABASE_URL ?? '';
// Production refuses to start without its letters providers: the stand-ins, as a fund's test
// environment would point to them.
const krr = await startContactRegisterStandin();
const mailbox = await startMailboxStandin();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const round = (x: number) => Math.round(x * 1000) / 1000;

function helpOnce(env: NodeJS.ProcessEnv): { wall: number; cpu: number } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [kassa, '--help'], { env, encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  if (r.status !== 0 || !r.stdout.includes('Usage: kassa'))
    throw new Error(`kassa --help failed: ${r.stderr}`);
  return { wall, cpu: childCpuSeconds() };
}

let lastChildrenCpu = 0;
/** CPU seconds (user + system) of the children reaped since the last call, from /proc/self/stat. */
function childCpuSeconds(): number {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[13]) + Number(fields[14]); // cutime, cstime
  const total = ticks / 100;
  const delta = total - lastChildrenCpu;
  lastChildrenCpu = total;
  return delta;
}

async function serveOnce(env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [kassa, 'serve'], {
    env: {
      ...env,
      PORT: String(PORT),
      KASSA_DATA_DIR: dataDir,
      KASSA_LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      KASSA_KRR_URL: krr.url,
      KASSA_MAILBOX_URL: mailbox.url,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`kassa serve exited with ${child.exitCode}`);
      try {
        const res = await fetch(`http://127.0.0.1:${PORT}/api/health`);
        if (res.ok) return (performance.now() - started) / 1000;
      } catch {}
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function measure(label: string, env: NodeJS.ProcessEnv) {
  helpOnce(env); // warm the file cache (and, compiled, make sure the build is current)
  childCpuSeconds();
  const help = Array.from({ length: RUNS }, () => helpOnce(env));
  const serve: number[] = [];
  for (let i = 0; i < RUNS; i++) serve.push(await serveOnce(env));
  return {
    label,
    helpSeconds: {
      median: round(median(help.map((h) => h.wall))),
      min: round(Math.min(...help.map((h) => h.wall))),
    },
    helpCpuSeconds: round(median(help.map((h) => h.cpu))),
    serveReadySeconds: { median: round(median(serve)), min: round(Math.min(...serve)) },
  };
}

try {
  const migrated = spawnSync(process.execPath, [kassa, 'migrate'], {
    env: { ...process.env, KASSA_DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    stdio: 'ignore',
  });
  if (migrated.status !== 0) throw new Error('kassa migrate failed');
  const base = { ...process.env };
  delete base.KASSA_FROM_SOURCE;
  const nodeOnly = Array.from({ length: RUNS }, () => {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return (performance.now() - t) / 1000;
  });
  childCpuSeconds();
  const results = [
    await measure('compiled', base),
    await measure('from source (tsx)', { ...base, KASSA_FROM_SOURCE: '1' }),
  ];
  process.stdout.write(
    `${JSON.stringify({ runs: RUNS, database: databaseUrl ? 'postgres' : 'pglite', bareNodeSeconds: round(median(nodeOnly)), results }, null, 2)}\n`,
  );
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
  await krr.close();
  await mailbox.close();
}
