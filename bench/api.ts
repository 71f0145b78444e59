/**
 * `npm run bench -- api` (issue #22, throughput): GET /api/persons/:id and POST /api/persons/search
 * over HTTP on loopback, CONCURRENCY clients for DURATION seconds each, against PostgreSQL with
 * MEMBERS generated members (database kassa_bench_api, filled on the first run). Every read writes
 * its access-log row, as in production. Prints JSON: requests/s, p50, p99 per endpoint.
 *
 *   KASSA_BENCH_MEMBERS=100000 KASSA_BENCH_CONCURRENCY=50 KASSA_BENCH_SECONDS=20 npm run bench -- api
 *
 * The load generator runs in this process and shares the machine's cores with the server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { buildServer } from '../src/http/server';
import { systemPrincipal } from '../src/platform/auth/roles';
import { createTokenService } from '../src/platform/auth/tokens';
import { createUser, loadPrincipal } from '../src/platform/auth/users';
import { loadConfig } from '../src/platform/config';
import { openDatabase } from '../src/platform/db';
import { createLogger } from '../src/platform/logger';
import { migrate } from '../src/platform/migrate';
import { DEFAULT_AS_OF, generateToDirectory } from '../src/register/generate';
import { importDirectory } from '../src/register/import';

const SERVER = process.env.KASSA_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const DB = process.env.KASSA_BENCH_API_DB ?? 'kassa_bench_api';
const MEMBERS = Number(process.env.KASSA_BENCH_MEMBERS ?? 100_000);
const CONCURRENCY = Number(process.env.KASSA_BENCH_CONCURRENCY ?? 50);
const SECONDS = Number(process.env.KASSA_BENCH_SECONDS ?? 20);
const PORT = Number(process.env.KASSA_BENCH_PORT ?? 3102);
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

function percentile(sorted: number[], p: number) {
  return (
    Math.round((sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0) * 10) / 10
  );
}

async function load(name: string, request: (i: number) => Promise<Response>) {
  const times: number[] = [];
  let errors = 0;
  const end = performance.now() + SECONDS * 1000;
  let seq = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const res = await request(seq++);
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
        times.push(performance.now() - t0);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return {
    name,
    requests: times.length,
    perSecond: Math.round(times.length / SECONDS),
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    errors,
  };
}

const db = await ensureDatabase();
const ids = await db.batch((s) =>
  s.query<{ id: number; name: string }>('select id, name from person order by random() limit 2000'),
);
const ctx = {
  config: loadConfig({ KASSA_LOG_LEVEL: 'warn' }),
  db,
  tokens: createTokenService(db),
  logger: createLogger('warn'),
};
const app = await buildServer(ctx);
await app.listen({ port: PORT, host: '127.0.0.1' });
const userId = await createUser(db, systemPrincipal('bench'), {
  username: `bench${Date.now()}`,
  displayName: 'Bench',
  grants: [{ role: 'case_handler', orgnr: null }],
});
const principal = await loadPrincipal(db, userId);
if (!principal) throw new Error('no bench user');
const headers = {
  authorization: `Bearer ${await ctx.tokens.issue(principal)}`,
  'content-type': 'application/json',
};
const base = `http://127.0.0.1:${PORT}`;
const pick = (i: number) => ids[(i * 7919) % ids.length] as { id: number; name: string };

const results = [
  await load('GET /api/persons/:id', (i) => fetch(`${base}/api/persons/${pick(i).id}`, { headers })),
  await load('POST /api/persons/search', (i) =>
    fetch(`${base}/api/persons/search`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: pick(i).name.split(' ').at(-1), limit: 20 }),
    }),
  ),
];
process.stdout.write(
  `${JSON.stringify({ members: MEMBERS, concurrency: CONCURRENCY, seconds: SECONDS, results }, null, 2)}\n`,
);
await app.close();
await db.close();
