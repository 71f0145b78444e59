/**
 * `npm run bench -- report`: the key-figures report over ~1 000 000 memberships.
 * PostgreSQL: the `kassa_bench` database filled by `npm run bench -- import` (or the database named by
 * KASSA_BENCH_DB, e.g. a copy that another benchmark does not recreate) when it holds at least
 * the wanted number of memberships; else (or with KASSA_BENCH_SOURCE=generated) a deterministic
 * population generated in SQL in `kassa_bench_report` (said on stderr and in `source`). PGlite: the same generated population in a data dir cached under bench/out/.
 * Measures the floor (one GROUP BY counting memberships by status over the same tables) and the JSON
 * report (the function the CLI uses) in turns, best of three each, so that load from other work on
 * the machine falls on both alike; then the report on PGlite. Prints JSON; no assertions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import type { IsoDate } from '../src/domain/dates';
import { type Database, openDatabase } from '../src/platform/db';
import { migrate } from '../src/platform/migrate';
import { computeKeyFigures } from '../src/reports/key-figures/compute';
import { FLOOR_SQL } from '../src/reports/key-figures/query';

const SERVER = process.env.KASSA_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const MEMBERSHIPS = Number(process.env.KASSA_BENCH_MEMBERSHIPS ?? 1_000_000);
const DATE = (process.env.KASSA_BENCH_DATE ?? '2017-12-31') as IsoDate;
/** The imported population to measure on (default `kassa_bench`, which `npm run bench -- import` recreates). */
const BENCH_DB = process.env.KASSA_BENCH_DB ?? 'kassa_bench';
const GENERATED_ONLY = process.env.KASSA_BENCH_SOURCE === 'generated';
const OUT = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'out');
const log = (s: string) => process.stderr.write(`${s}\n`);

async function databaseExists(name: string): Promise<boolean> {
  const c = new pg.Client(`${SERVER}/postgres`);
  await c.connect();
  const r = await c.query('select 1 from pg_database where datname = $1', [name]);
  if (r.rowCount === 0 && name === 'kassa_bench_report') await c.query(`create database ${name}`);
  await c.end();
  return (r.rowCount ?? 0) > 0;
}

async function count(db: Database, table: string): Promise<number> {
  try {
    const r = await db.kysely.executeQuery<{ n: number }>(
      CompiledQuery.raw(`select count(*) as n from ${table}`),
    );
    return Number(r.rows[0]?.n ?? 0);
  } catch {
    return 0;
  }
}

/** A deterministic synthetic population: N memberships of 0.85 N persons, employments and pensions. */
function fillSql(n: number): string[] {
  const persons = Math.round(n * 0.85);
  const h = (x: string) => `((${x})::bigint * 2654435761 % 4294967296)`;
  return [
    `insert into provider (code, name, recorded_by) values ('PKH','Pensjonskasse H','bench'),('SPK','Statens pensjonskasse','bench'),('KLP','KLP','bench')`,
    `insert into scheme (code, provider_code, name, recorded_by) values ('PKH-FELLES','PKH','Felles','bench'),('SPK-STAT','SPK','Stat','bench'),('KLP-FELLES','KLP','Felles','bench')`,
    `insert into employer (id, orgnr, name, recorded_by) overriding system value
       select i, (900000000 + i)::text, 'Employer ' || i, 'bench' from generate_series(1, 400) i`,
    `insert into person (id, national_id, birth_date, name, death_date, recorded_by) overriding system value
       select i, lpad(i::text, 11, '0'), date '1940-01-01' + (${h('i')} % 22000)::int, 'Person ' || i,
         case when i % 50 = 0 then date '2005-01-01' + (i % 5000) end, 'bench'
       from generate_series(1, ${persons}) i`,
    `insert into membership (id, person_id, employer_id, scheme_code, recorded_by) overriding system value
       select i, (i - 1) % ${persons} + 1, (i::bigint * 7919) % 400 + 1,
         (array['PKH-FELLES','SPK-STAT','KLP-FELLES'])[i % 3 + 1], 'bench'
       from generate_series(1, ${n}) i`,
    // first period; every fifth membership changes position after 2000 days (a second period follows)
    `insert into employment (membership_id, start_date, end_date, position_pct, annual_salary, recorded_by)
       select i, s, case when i % 5 = 0 then s + 2000 when ${h('i + 7')} % 10 < 3 then s + (${h('i + 3')} % 9000)::int end,
         (20 + ${h('i + 1')} % 81)::numeric, 40000000 + ${h('i + 2')} % 60000000, 'bench'
       from (select i, date '1980-01-01' + (${h('i + 5')} % 13000)::int as s from generate_series(1, ${n}) i) x
       where i % 11 <> 0`,
    `insert into employment (membership_id, start_date, end_date, position_pct, annual_salary, recorded_by)
       select membership_id, end_date + 1, null, 100, 60000000, 'bench' from employment where membership_id % 5 = 0`,
    `insert into pension (membership_id, benefit, start_date, end_date, grade_pct, annual_amount, recorded_by)
       select i, b, date '2008-01-01' + (${h('i + 9')} % 4000)::int,
         case when ${h('i + 4')} % 10 = 0 then date '2019-01-01' end,
         case when b = 'disability' then (${h('i + 6')} % 10001)::numeric / 100 end, 20000000, 'bench'
       from (select i, (array['rule_85','afp_62_65','afp_65_67','old_age','spouse','child','disability'])[(i / 4) % 7 + 1] as b
             from generate_series(1, ${n}) i where i % 4 = 0) x`,
    `insert into finance_figure (employer_id, scheme_code, year, premium, premium_reserve, pension_cost, recorded_by)
       select e, s, 2017, 100000000 + e * 1000, 5000000000 + e * 10000, 80000000, 'bench'
       from generate_series(1, 400) e, unnest(array['PKH-FELLES','SPK-STAT','KLP-FELLES']) s`,
    'analyze',
  ];
}

async function fill(db: Database, n: number) {
  const started = Date.now();
  for (const statement of fillSql(n)) {
    await db.kysely.executeQuery(CompiledQuery.raw(statement));
  }
  log(`filled ${n} memberships in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function seconds(f: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** Best of `runs` (the first run warms the caches). */
async function best(runs: number, f: () => Promise<unknown>): Promise<number> {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) min = Math.min(min, await seconds(f));
  return Math.round(min * 1000) / 1000;
}

async function main() {
  let source = BENCH_DB;
  let pgDb: Database | undefined;
  if (!GENERATED_ONLY && (await databaseExists(BENCH_DB))) {
    pgDb = await openDatabase({ databaseUrl: `${SERVER}/${BENCH_DB}` });
    if ((await count(pgDb, 'membership')) < MEMBERSHIPS) {
      await pgDb.close();
      pgDb = undefined;
    }
  }
  if (!pgDb) {
    log(
      `${BENCH_DB} is not used (missing, too small or KASSA_BENCH_SOURCE=generated; fill kassa_bench with \`npm run bench -- import\`); using a population generated in SQL in kassa_bench_report`,
    );
    source = 'kassa_bench_report (generated in SQL)';
    await databaseExists('kassa_bench_report');
    pgDb = await openDatabase({ databaseUrl: `${SERVER}/kassa_bench_report` });
    await migrate(pgDb);
    if ((await count(pgDb, 'membership')) !== MEMBERSHIPS) {
      await pgDb.kysely.executeQuery(
        CompiledQuery.raw(
          'truncate finance_figure, pension, employment, membership, person, employer, scheme, provider',
        ),
      );
      await fill(pgDb, MEMBERSHIPS);
    }
  }
  const memberships = await count(pgDb, 'membership');
  const pgConn = pgDb;
  let floorSeconds = Number.POSITIVE_INFINITY;
  let reportSeconds = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i += 1) {
    floorSeconds = Math.min(
      floorSeconds,
      await best(1, () => pgConn.kysely.executeQuery(CompiledQuery.raw(FLOOR_SQL, [DATE]))),
    );
    reportSeconds = Math.min(reportSeconds, await best(1, () => computeKeyFigures(pgConn, { date: DATE })));
  }
  await pgDb.close();

  // PGlite: the generated population in a cached data dir.
  const dir = path.join(OUT, `pglite-report-${MEMBERSHIPS}`);
  const fresh = !fs.existsSync(path.join(dir, 'pgdata'));
  const lite = await openDatabase({ dataDir: dir });
  await migrate(lite);
  if (fresh || (await count(lite, 'membership')) !== MEMBERSHIPS) {
    log(`generating the PGlite population in ${dir} (cached for later runs)`);
    await fill(lite, MEMBERSHIPS);
  }
  const pgliteReportSeconds = await best(2, () => computeKeyFigures(lite, { date: DATE }));
  await lite.close();

  process.stdout.write(
    `${JSON.stringify(
      {
        memberships,
        source,
        date: DATE,
        floorSeconds,
        reportSeconds,
        ratio: Math.round((reportSeconds / floorSeconds) * 100) / 100,
        pgliteReportSeconds,
        targets: { ratio: 2, seconds: 5, pgliteSeconds: 30 },
      },
      null,
      2,
    )}\n`,
  );
}

await main();
