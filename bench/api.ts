/**
 * `npm run bench -- api` (issue #22, throughput): GET /api/persons/:id and POST /api/persons/search
 * over HTTP on loopback, CONCURRENCY clients for SECONDS each (after a 2 s warm-up), against
 * `kassa serve` (the compiled build, its own process) on PostgreSQL with MEMBERS generated members
 * (database kassa_bench_api, filled on the first run). Every read writes its access-log row, as in
 * production. Each client signs in as its own user (a case handler).
 *
 * Prints JSON per scenario: requests/s, p50/p95/p99 in ms, errors, whether the target (≥ 1 000
 * requests/s and p99 < 100 ms) is met, the CPU milliseconds per request spent by the server, by
 * PostgreSQL's backends and by this load generator (so a figure from a shared machine can be read),
 * and the load average at the end.
 *
 *   KASSA_BENCH_MEMBERS=100000 KASSA_BENCH_CONCURRENCY=50 KASSA_BENCH_SECONDS=20 npm run bench -- api
 *   KASSA_BENCH_PROFILE=DIR   the server writes a V8 CPU profile into DIR (node --cpu-prof)
 *   KASSA_BENCH_ONLY=get|search   run one scenario
 *
 * The load generator runs in this process and shares the machine's cores with the server and PostgreSQL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { systemPrincipal } from '../src/platform/auth/roles';
import { createTokenService } from '../src/platform/auth/tokens';
import { createUser, loadPrincipal } from '../src/platform/auth/users';
import { openDatabase } from '../src/platform/db';
import { migrate } from '../src/platform/migrate';
import { DEFAULT_AS_OF, generateToDirectory } from '../src/register/generate';
import { importDirectory } from '../src/register/import';

const SERVER = process.env.KASSA_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const DB = process.env.KASSA_BENCH_API_DB ?? 'kassa_bench_api';
const MEMBERS = Number(process.env.KASSA_BENCH_MEMBERS ?? 100_000);
const CONCURRENCY = Number(process.env.KASSA_BENCH_CONCURRENCY ?? 50);
const SECONDS = Number(process.env.KASSA_BENCH_SECONDS ?? 20);
const PORT = Number(process.env.KASSA_BENCH_PORT ?? 3102);
const PROFILE = process.env.KASSA_BENCH_PROFILE;
const ONLY = process.env.KASSA_BENCH_ONLY;
const TARGET = { perSecond: 1000, p99Ms: 100 };
const WARM_UP_MS = 2000;
const log = (m: string) => process.stderr.write(`${m}\n`);

async function ensureDatabase() {
  const admin = new pg.Client(`${SERVER}/postgres`);
  await admin.connect();
  const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [DB]);
  if (!rowCount) await admin.query(`create database ${DB}`);
  await admin.end();
  const db = await openDatabase({ databaseUrl: `${SERVER}/${DB}` });
  await migrate(db);
  const rows = await db.batch((s) => s.query<{ n: string }>('select count(*) as n from person'));
  if (Number(rows[0]?.n ?? 0) < MEMBERS * 0.9) {
    const dir = path.resolve('bench/out', `api-${MEMBERS}`);
    if (!fs.existsSync(path.join(dir, 'persons.csv'))) {
      log(`generating ${MEMBERS} members into ${dir} …`);
      generateToDirectory({ members: MEMBERS, seed: 22, asOf: DEFAULT_AS_OF }, dir);
    }
    log('importing …');
    const r = await importDirectory(db, { dir, env: 'training', actor: 'bench' });
    if (!r.ok) throw new Error(`import failed: ${r.errors.length} errors`);
  }
  return db;
}

const db = await ensureDatabase();
const persons = await db.batch((s) =>
  s.query<{ id: number; name: string }>('select id, name from person order by random() limit 2000'),
);

// ---- the server: `kassa serve` in its own process ----------------------------------------------

const child: ChildProcess = spawn(
  process.execPath,
  [...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : []), 'bin/kassa.js', 'serve'],
  {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_URL: `${SERVER}/${DB}`,
      KASSA_ENV: 'training',
      KASSA_WORKER: 'off',
      KASSA_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {
    // not up yet
  }
  if (i > 300 || child.exitCode !== null) throw new Error('the server did not start');
  await new Promise((r) => setTimeout(r, 200));
}

// ---- one user (and token) per client ---------------------------------------------------------

const tokens = createTokenService(db);
const stamp = Date.now();
const bearer: string[] = [];
for (let i = 0; i < CONCURRENCY; i++) {
  const userId = await createUser(db, systemPrincipal('bench'), {
    username: `bench${stamp}-${i}`,
    displayName: `Bench ${i}`,
    grants: [{ role: 'case_handler', orgnr: null }],
  });
  const principal = await loadPrincipal(db, userId);
  if (!principal) throw new Error('no bench user');
  bearer.push(`Bearer ${await tokens.issue(principal)}`);
}

// ---- the load generator: keep-alive sockets, one request at a time per client ----------------

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
function request(method: 'GET' | 'POST', urlPath: string, auth: string, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { authorization: auth };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(body);
    }
    const req = http.request(`${base}${urlPath}`, { method, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted: number[], p: number) =>
  Math.round(
    (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0) * 10,
  ) / 10;

/** CPU time (ms) of a process and of the PostgreSQL backends serving the bench database. */
const TICK_MS = 10; // USER_HZ is 100 on Linux
function cpuOfPid(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0; // gone
  }
}
async function backendPids(): Promise<number[]> {
  const rows = await db.batch((s) =>
    s.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [DB],
    ),
  );
  return rows.map((r) => r.pid);
}
async function cpuSnapshot() {
  const pids = await backendPids();
  return {
    server: cpuOfPid(child.pid ?? 0),
    postgres: new Map(pids.map((p) => [p, cpuOfPid(p)])),
    generator: process.cpuUsage(),
  };
}
async function cpuSince(before: Awaited<ReturnType<typeof cpuSnapshot>>) {
  const pids = await backendPids();
  let postgres = 0;
  for (const p of pids) postgres += cpuOfPid(p) - (before.postgres.get(p) ?? 0);
  const gen = process.cpuUsage(before.generator);
  return {
    server: cpuOfPid(child.pid ?? 0) - before.server,
    postgres,
    generator: (gen.user + gen.system) / 1000,
  };
}

async function load(name: string, send: (i: number, auth: string) => Promise<number>) {
  const times: number[] = [];
  const failures = new Map<number, number>();
  let seq = 0;
  const warmEnd = performance.now() + WARM_UP_MS;
  const end = warmEnd + SECONDS * 1000;
  let cpu: Awaited<ReturnType<typeof cpuSnapshot>> | undefined;
  const startCpu = setTimeout(() => {
    void cpuSnapshot().then((c) => {
      cpu = c;
    });
  }, WARM_UP_MS);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, client) => {
      const auth = bearer[client] as string;
      while (performance.now() < end) {
        const t0 = performance.now();
        const status = await send(seq++, auth);
        if (t0 < warmEnd) continue;
        if (status !== 200) failures.set(status, (failures.get(status) ?? 0) + 1);
        times.push(performance.now() - t0);
      }
    }),
  );
  clearTimeout(startCpu);
  const used = cpu ? await cpuSince(cpu) : undefined;
  times.sort((a, b) => a - b);
  const perSecond = Math.round(times.length / SECONDS);
  const p99 = percentile(times, 99);
  const perRequest = (ms: number) => Math.round((ms / Math.max(1, times.length)) * 1000) / 1000;
  const result = {
    name,
    requests: times.length,
    perSecond,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99,
    errors: Object.fromEntries(failures),
    targetMet: perSecond >= TARGET.perSecond && p99 < TARGET.p99Ms && failures.size === 0,
    cpuMsPerRequest: used && {
      server: perRequest(used.server),
      postgres: perRequest(used.postgres),
      generator: perRequest(used.generator),
    },
  };
  log(JSON.stringify(result));
  return result;
}

const pick = (i: number) => persons[(i * 7919) % persons.length] as { id: number; name: string };
const scenarios: [string, string, (i: number, auth: string) => Promise<number>][] = [
  ['get', 'GET /api/persons/:id', (i, auth) => request('GET', `/api/persons/${pick(i).id}`, auth)],
  [
    'search',
    'POST /api/persons/search',
    (i, auth) =>
      request(
        'POST',
        '/api/persons/search',
        auth,
        JSON.stringify({ query: pick(i).name.split(' ').at(-1), limit: 20 }),
      ),
  ],
];
const results = [];
try {
  for (const [key, name, send] of scenarios) if (!ONLY || ONLY === key) results.push(await load(name, send));
} finally {
  agent.destroy();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await db.close();
}
process.stdout.write(
  `${JSON.stringify(
    {
      members: MEMBERS,
      concurrency: CONCURRENCY,
      seconds: SECONDS,
      target: `≥ ${TARGET.perSecond} requests/s and p99 < ${TARGET.p99Ms} ms`,
      results,
      allTargetsMet: results.every((r) => r.targetMet),
      loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
      cores: os.cpus().length,
    },
    null,
    2,
  )}\n`,
);
