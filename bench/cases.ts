/**
 * Pension cases at scale (issue #17): 100 000 open and 1 000 000 decided cases on PostgreSQL
 * (database kassa_bench_cases, filled once by SQL and reused), then `kassa serve` on loopback and
 * 50 concurrent clients for a bounded time on the queue listings and on the case page API, and
 * the statistics for a year. Prints JSON. Targets: p95 < 50 ms for both, statistics < 1 s.
 *
 *   npm run bench -- cases                       full scale
 *   KASSA_BENCH_CASES_SCALE=0.1 npm run bench -- cases   a tenth (10 000 open, 100 000 decided)
 *   KASSA_BENCH_SECONDS=20 (per scenario), KASSA_BENCH_FRESH=1 (reload the data),
 *   KASSA_BENCH_ASYNC_COMMIT=1 (commits without waiting for the disk), KASSA_BENCH_NODE_ARGS (server)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { casesDb } from '../src/cases/tables';
import { systemPrincipal } from '../src/platform/auth/roles';
import { createTokenService } from '../src/platform/auth/tokens';
import { createUser, loadPrincipal } from '../src/platform/auth/users';
import { openDatabase } from '../src/platform/db';
import { migrate } from '../src/platform/migrate';
import { calculate, parseCalcRequest } from '../src/rules';

const SERVER = process.env.KASSA_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const NAME = 'kassa_bench_cases';
const URL = `${SERVER}/${NAME}`;
const SCALE = Number(process.env.KASSA_BENCH_CASES_SCALE ?? 1);
const OPEN = Math.round(100_000 * SCALE);
const DECIDED = Math.round(1_000_000 * SCALE);
const PERSONS = Math.max(1000, Math.round(200_000 * SCALE));
const HANDLERS = 50;
const CLIENTS = 50;
const SECONDS = Number(process.env.KASSA_BENCH_SECONDS ?? 20);
const DETAILED = Math.min(5000, OPEN);

const log = (m: string) => process.stderr.write(`${m}\n`);

async function ensureDatabase() {
  const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  if (process.env.KASSA_BENCH_FRESH) await admin.query(`drop database if exists ${NAME}`);
  const found = await admin.query('select 1 from pg_database where datname = $1', [NAME]);
  if (found.rowCount === 0) await admin.query(`create database ${NAME}`);
  await admin.end();
}

await ensureDatabase();
const db = await openDatabase({ databaseUrl: URL });
await migrate(db);
const k = casesDb(db);
const count = async (table: string) =>
  Number(
    (await sql<{ n: string }>`select count(*)::text as n from ${sql.table(table)}`.execute(k)).rows[0]?.n,
  );

if ((await count('pension_case')) !== OPEN + DECIDED) {
  if ((await count('pension_case')) > 0) {
    log('the bench database holds another scale: set KASSA_BENCH_FRESH=1 to reload');
    process.exit(2);
  }
  await loadData();
}
await sql`vacuum analyze`.execute(k);

/** The cases, their history, time and errors, by SQL on the server (deterministic, no randomness). */
async function loadData() {
  const t0 = performance.now();
  log(`loading ${PERSONS} persons, ${OPEN} open and ${DECIDED} decided cases…`);
  await db.batch(async (s) => {
    await s.exec(`
      insert into provider (code, name, recorded_by) values ('KLP', 'KLP', 'bench');
      insert into scheme (code, provider_code, name, recorded_by) values ('FELLES', 'KLP', 'Fellesordningen', 'bench');
      insert into employer (orgnr, name, recorded_by)
        select lpad((900000000 + g)::text, 9, '0'), 'Kommune ' || g, 'bench' from generate_series(1, 200) g;`);
    await s.query(
      `insert into person (national_id, birth_date, name, recorded_by)
       select lpad(g::text, 11, '0'), date '1955-01-01' + (g % 3650), 'Person ' || g, 'bench' from generate_series(1, $1::int) g`,
      [PERSONS],
    );
    await s.query(
      `insert into membership (person_id, employer_id, scheme_code, recorded_by)
       select p.id, 1 + p.id % 200, 'FELLES', 'bench' from person p`,
    );
  });
  const users: number[] = [];
  for (let i = 1; i <= HANDLERS; i++)
    users.push(
      await createUser(db, systemPrincipal('bench'), {
        username: `handler${i}`,
        displayName: `Handler ${i}`,
        grants: [
          { role: 'approver', orgnr: null },
          { role: 'line_manager', orgnr: null },
        ],
      }),
    );
  await db.batch(async (s) => {
    // Generated, consistent data: load the case tables without their secondary indexes and without
    // foreign-key triggers (replica role), then build the indexes once: minutes instead of hours.
    await s.exec(`set local session_replication_role = replica;
      set local maintenance_work_mem = '512MB'; set local work_mem = '256MB';`);
    const indexes = await s.query<{ name: string; def: string }>(
      `select indexname as name, indexdef as def from pg_indexes
         where schemaname = current_schema() and tablename in ('pension_case', 'case_event', 'case_time', 'case_error',
           'case_calculation', 'case_condition', 'case_service_period') and indexname not like '%_pkey'`,
    );
    for (const i of indexes) await s.exec(`drop index ${i.name}`);
    const types = `(array['old_age','old_age','old_age','rule_85','afp_62_65','afp_65_67','deferred','disability','spouse','change'])[1 + g % 10]`;
    const unit = `(case ${types} when 'disability' then 'uforhet' when 'spouse' then 'etterlatte' else 'pensjon' end)`;
    const statuses = `(array['received','preparing','assessing','calculating','awaiting_approval','on_hold','reopened','received','preparing','calculating'])[1 + (g / 7) % 10]`;
    // Decided: received over three years, decided 5–64 days later.
    await s.query(
      `insert into pension_case (type, person_id, membership_id, orgnr, org_unit, status, claimed_from,
         received_at, due_date, source, decision_outcome, decision_from, decision_reason, first_decided_at,
         first_closed_at, closed_at, approved_by, proposed_by, decision_round, minutes_total)
       select ${types}, m.person_id, m.id, e.orgnr, ${unit}, 'decided', r::date + 60,
         r, r::date + 88, 'member', 'granted', r::date + 60, 'Vilkårene er oppfylt', r + ((5 + g % 60) || ' days')::interval,
         r + ((5 + g % 60) || ' days')::interval, r + ((5 + g % 60) || ' days')::interval, $3::int, $4::int, 1, 30 + g % 150
       from generate_series(1, $1::int) g
       cross join lateral (select now() - interval '70 days' - ((g::bigint * 7919) % 1030 || ' days')::interval - ((g % 86400) || ' seconds')::interval as r) x
       join membership m on m.id = 1 + (g * 31) % $2::int
       join employer e on e.id = m.employer_id`,
      [DECIDED, PERSONS, users[0], users[1]],
    );
    // Open: received in the last 120 days, in every status, 70 % taken by one of the handlers.
    await s.query(
      `insert into pension_case (type, person_id, membership_id, orgnr, org_unit, status, held_from_status,
         hold_reason, hold_until, assignee_id, claimed_from, received_at, due_date, source, minutes_total)
       select ${types}, m.person_id, m.id, e.orgnr, ${unit}, ${statuses},
         case when ${statuses} = 'on_hold' then 'preparing' end,
         case when ${statuses} = 'on_hold' then 'Venter på dokumentasjon' end,
         case when ${statuses} = 'on_hold' then current_date + g % 40 - 10 end,
         case when g % 10 < 7 then $3::int + g % ${HANDLERS} end,
         r::date + 90, r, r::date + 118 - (g % 60), 'member', g % 90
       from generate_series(1, $1::int) g
       cross join lateral (select now() - ((g::bigint * 7919) % 120 || ' days')::interval - ((g % 86400) || ' seconds')::interval as r) x
       join membership m on m.id = 1 + (g * 17) % $2::int
       join employer e on e.id = m.employer_id`,
      [OPEN, PERSONS, users[0]],
    );
    await s.exec(`
      insert into case_event (case_id, at, actor, action, from_status, to_status, comment)
        select id, received_at, 'kundebehandler', 'create', null, 'received', 'Søknad mottatt' from pension_case;
      insert into case_event (case_id, at, actor, action, from_status, to_status)
        select id, received_at + interval '1 day', 'handler1', 'take', 'received', 'received' from pension_case where assignee_id is not null or status = 'decided';
      insert into case_event (case_id, at, actor, action, from_status, to_status, comment)
        select id, first_decided_at - interval '1 day', 'handler1', 'decision', 'calculating', 'awaiting_approval', decision_reason
        from pension_case where status = 'decided';
      insert into case_event (case_id, at, actor, action, from_status, to_status)
        select id, first_decided_at, 'handler2', 'approve', 'awaiting_approval', 'decided' from pension_case where status = 'decided';
      insert into case_time (case_id, user_id, stage, minutes, registered_at)
        select id, ${users[0]}, 'calculating', minutes_total, coalesce(first_decided_at, received_at) from pension_case where minutes_total > 0;
      -- 2 % of the decided cases were reopened and decided again (an error each).
      insert into case_error (case_id, category, reason, at, recorded_by, closed_again_at)
        select id, (array['calculation','missing_information','wrong_rule','registration'])[1 + id % 4], 'Feil oppdaget',
          first_decided_at + interval '3 days', 'handler1', first_decided_at + interval '8 days'
        from pension_case where status = 'decided' and id % 50 = 0;
      insert into case_event (case_id, at, actor, action, from_status, to_status, comment)
        select case_id, at, recorded_by, 'reopen', 'decided', 'reopened', reason from case_error;
      insert into case_event (case_id, at, actor, action, from_status, to_status)
        select case_id, at + interval '5 days', 'handler2', 'approve', 'awaiting_approval', 'decided' from case_error;`);
    // The case page's stage data for the open cases the page benchmark reads.
    const parsed = parseCalcRequest({
      benefit: 'old_age',
      date: '2026-04-01',
      person: { birthDate: '1958-03-02', ageLimit: 70 },
      employments: [
        { from: '1990-01-01', to: '2009-12-31', positionPct: 100, annualSalary: 480000 },
        { from: '2010-01-01', to: '2026-03-31', positionPct: 80, annualSalary: 650000 },
      ],
      otherServiceYears: 2,
    });
    if (!parsed.ok) throw new Error('bench request invalid');
    const result = calculate(parsed.request);
    await s.query(
      `insert into case_calculation (case_id, version, request, result, calculated_by)
       select c.id, v, $2::jsonb, $3::jsonb, 'handler1'
       from (select id from pension_case where closed_at is null order by id limit $1) c, generate_series(1, 2) v`,
      [DETAILED, JSON.stringify(parsed.request), JSON.stringify(result)],
    );
    await s.query(
      `insert into case_condition (case_id, name, met, note, source, recorded_by)
       select c.id, n.name, true, n.note, n.source, 'handler1'
       from (select id from pension_case where closed_at is null order by id limit $1) c,
            (values ('eligibility:old_age', $2, 'rules'), ('transfer_agreement', 'SPK bekrefter 2 år', 'manual')) n(name, note, source)`,
      [DETAILED, result.reasons.join('\n')],
    );
    await s.query(
      `insert into case_service_period (case_id, kind, source, from_date, to_date, position_pct, annual_salary, added_by, recorded_by_source)
       select c.id, 'employment', 'register', d.f, d.t, d.p, d.s, 'handler1', 'import'
       from (select id from pension_case where closed_at is null order by id limit $1) c,
            (values (date '1990-01-01', date '2009-12-31', 100, 48000000), (date '2010-01-01', null, 80, 65000000)) d(f, t, p, s)`,
      [DETAILED],
    );
    const t1 = performance.now();
    for (const i of indexes) await s.exec(i.def);
    // The daily counts the steps would have kept (statistics read them).
    await s.exec('select kassa_case_daily_rebuild()');
    log(`indexes built in ${Math.round((performance.now() - t1) / 1000)} s`);
  });
  log(`loaded in ${Math.round((performance.now() - t0) / 1000)} s`);
}

// ---- the server, on loopback ----------------------------------------------------------------

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}
const port = await freePort();
// KASSA_BENCH_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`: where the server's time goes.
const nodeArgs = (process.env.KASSA_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
const child: ChildProcess = spawn(process.execPath, [...nodeArgs, 'bin/kassa.js', 'serve'], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    // KASSA_BENCH_ASYNC_COMMIT=1: the server's commits do not wait for the disk. Every read writes an
    // access-log row in its own commit; this shows what grouping those commits would save.
    DATABASE_URL: process.env.KASSA_BENCH_ASYNC_COMMIT
      ? `${URL}?options=${encodeURIComponent('-c synchronous_commit=off')}`
      : URL,
    // Training: the letters' built-in stand-ins (production needs a real mailbox provider); no job
    // worker: the figures are the API's, not a payment run's.
    KASSA_ENV: 'training',
    KASSA_WORKER: 'off',
    KASSA_LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {
    // not yet
  }
  if (i > 300 || child.exitCode !== null) throw new Error('the server did not start');
  await new Promise((r) => setTimeout(r, 200));
}

const tokens = createTokenService(db);
const handlerIds = (
  await k.selectFrom('app_user').select('id').where('username', 'like', 'handler%').orderBy('id').execute()
).map((r) => r.id);
const bearer: string[] = [];
for (const id of handlerIds) {
  const p = await loadPrincipal(db, id);
  if (p) bearer.push(`Bearer ${await tokens.issue(p)}`);
}
const detailed = (
  await k
    .selectFrom('case_calculation')
    .select('case_id')
    .where('version', '=', 1)
    .orderBy('case_id')
    .execute()
).map((r) => r.case_id);
const maxId = Number(
  (await sql<{ m: string }>`select max(id)::text as m from pension_case`.execute(k)).rows[0]?.m,
);

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
function get(path: string, auth: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${path}`, { agent, headers: { authorization: auth } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
}

const pct = (sorted: number[], p: number) =>
  Math.round(
    (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0) * 10,
  ) / 10;

/** CLIENTS workers, each one request at a time, for SECONDS (after a short warm-up). */
async function load(label: string, next: (i: number) => string, clients = CLIENTS) {
  const warm = Date.now() + 2000;
  const end = warm + SECONDS * 1000;
  const ms: number[] = [];
  let failed = 0;
  let n = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, w) => {
      while (Date.now() < end) {
        const i = n++;
        const t0 = performance.now();
        const status = await get(next(i), bearer[(w + i) % bearer.length] as string);
        const t = performance.now() - t0;
        if (status !== 200) failed++;
        if (Date.now() > warm) ms.push(t);
      }
    }),
  );
  ms.sort((a, b) => a - b);
  const r = {
    label,
    clients,
    requests: ms.length,
    perSecond: Math.round(ms.length / SECONDS),
    failed,
    p50Ms: pct(ms, 50),
    p95Ms: pct(ms, 95),
    p99Ms: pct(ms, 99),
  };
  log(JSON.stringify(r));
  return r;
}

const QUEUES = [
  '/api/cases?queue=mine&limit=50',
  '/api/cases?queue=unassigned&sort=due&limit=50',
  '/api/cases?unit=pensjon&sort=due&limit=50',
  '/api/cases?status=calculating&limit=50',
  '/api/cases?type=disability&overdue=true&limit=50',
  '/api/cases?queue=approval&limit=50',
  '/api/cases?limit=50&offset=500',
  '/api/cases?status=decided&limit=50',
];
const queue = await load('queue listing', (i) => QUEUES[i % QUEUES.length] as string);
const pagePath = (i: number) =>
  i % 2 === 0
    ? `/api/cases/${detailed[(i * 7) % detailed.length]}`
    : `/api/cases/${1 + ((i * 7919) % maxId)}`;
const page = await load('case page', pagePath);
// One client at a time: the service time of a request, apart from queueing behind the others.
const queueAlone = await load('queue listing, one client', (i) => QUEUES[i % QUEUES.length] as string, 1);
const pageAlone = await load('case page, one client', pagePath, 1);

async function once(path: string) {
  const t0 = performance.now();
  const status = await get(path, bearer[0] as string);
  if (status !== 200) throw new Error(`${path}: ${status}`);
  return Math.round(performance.now() - t0);
}
const today = new Date().toISOString().slice(0, 10);
const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
const statistics: Record<string, number> = {};
for (const [label, q] of [
  ['year by month', `from=${yearAgo}&to=${today}&by=month`],
  ['year by week', `from=${yearAgo}&to=${today}&by=week`],
  ['year by month, one type', `from=${yearAgo}&to=${today}&by=month&type=old_age`],
  ['year by month, one unit', `from=${yearAgo}&to=${today}&by=month&unit=pensjon`],
] as const) {
  const runs = [
    await once(`/api/cases/statistics?${q}`),
    await once(`/api/cases/statistics?${q}`),
    await once(`/api/cases/statistics?${q}`),
  ];
  statistics[label] = Math.max(...runs.slice(1));
}

const exited = new Promise((resolve) => child.once('exit', resolve));
child.kill('SIGTERM');
await exited;
agent.destroy();
await db.close();
process.stdout.write(
  `${JSON.stringify(
    {
      benchmark: 'cases',
      scale: SCALE,
      asyncCommit: Boolean(process.env.KASSA_BENCH_ASYNC_COMMIT),
      openCases: OPEN,
      decidedCases: DECIDED,
      clients: CLIENTS,
      secondsPerScenario: SECONDS,
      queueListing: queue,
      casePage: page,
      oneClient: { queueListing: queueAlone, casePage: pageAlone },
      loadAverage: (await import('node:os')).loadavg().map((x) => Math.round(x * 10) / 10),
      statisticsMs: statistics,
      targets: { p95Ms: 50, statisticsMs: 1000 },
      pass: queue.p95Ms < 50 && page.p95Ms < 50 && Object.values(statistics).every((v) => v < 1000),
    },
    null,
    2,
  )}\n`,
);
