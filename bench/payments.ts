/**
 * `npm run bench -- payments`: the payment run and the regulation over ~1 000 000 pensions in
 * payment on PostgreSQL, each beside a floor measured in the same run:
 *  - run floor: ONE SQL statement over the bare tables computing the same gross, withholding and
 *    net per person and writing the same XML transaction lines to a file (COPY … TO STDOUT);
 *  - regulation floor: ONE statement computing the same new amounts into a bare table.
 * Each measured in turns with its floor (best of KASSA_BENCH_ROUNDS, default 2, and each round's
 * own ratio), with the payments tables emptied between rounds; peak RSS of this process printed.
 * Then the run on PGlite over 100 000 pensions. Prints JSON; no assertions.
 *
 * The population is generated in SQL (deterministic), in the database `kassa_bench_pay`
 * (recreated), with accounts, tax cards (percentage, the published 2026 tables 8000/8010/8020, none)
 * and deaths.
 * Scale: KASSA_BENCH_PENSIONS (default 1 000 000), KASSA_BENCH_PGLITE_PENSIONS (default 100 000).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { IsoDate } from '../src/domain/dates';
import type { Month } from '../src/payments/months';
import { regulatePensions } from '../src/payments/regulate-pensions';
import { runPayments } from '../src/payments/run-payments';
import { publishedTable } from '../src/payments/tax-cards/stand-in';
import { type Database, openDatabase } from '../src/platform/db';
import { migrate } from '../src/platform/migrate';

const SERVER = process.env.KASSA_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const N = Number(process.env.KASSA_BENCH_PENSIONS ?? 1_000_000);
const N_LITE = Number(process.env.KASSA_BENCH_PGLITE_PENSIONS ?? 100_000);
const ROUNDS = Number(process.env.KASSA_BENCH_ROUNDS ?? 2);
const DB = 'kassa_bench_pay';
const OUT = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'out');
const MONTH = '2026-01' as Month;
const PAYER = { name: 'Benchmark pensjonskasse', orgnr: '974760673', account: '15030100007' };
const log = (s: string) => process.stderr.write(`${s}\n`);

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

function fillSql(n: number): string[] {
  const persons = Math.round(n * 0.9);
  const h = (x: string) => `((${x})::bigint * 2654435761 % 4294967296)`;
  return [
    `insert into provider (code, name, recorded_by) values ('KLP','KLP','bench')`,
    `insert into scheme (code, provider_code, name, recorded_by) values ('KLP-FELLES','KLP','Felles','bench')`,
    `insert into employer (id, orgnr, name, recorded_by) overriding system value
       select i, (900000000 + i)::text, 'Employer ' || i, 'bench' from generate_series(1, 400) i`,
    // One in a hundred without an account; one in two hundred died in 2020.
    `insert into person (id, national_id, birth_date, name, death_date, account_number, recorded_by) overriding system value
       select i, lpad(i::text, 11, '0'), date '1940-01-01' + (${h('i')} % 9000)::int, 'Person ' || i,
         case when i % 200 = 0 then date '2020-01-01' end,
         case when i % 100 <> 7 then (97100000000 + i)::text end, 'bench'
       from generate_series(1, ${persons}) i`,
    `insert into membership (id, person_id, employer_id, scheme_code, recorded_by) overriding system value
       select i, (i - 1) % ${persons} + 1, (i - 1) / ${persons} + 1, 'KLP-FELLES', 'bench'
       from generate_series(1, ${n}) i`,
    // Started 2008–2026 (a few after January 2026), one in twenty ended about four years later.
    `insert into pension (membership_id, benefit, start_date, end_date, grade_pct, annual_amount, recorded_by)
       select i, b, s, case when ${h('i + 4')} % 20 = 0 then s + 1500 end,
         case when b = 'disability' then 100 end, 10000000 + ${h('i + 2')} % 50000000, 'bench'
       from (select i, (array['rule_85','afp_62_65','afp_65_67','old_age','old_age','old_age','disability'])[i % 7 + 1] as b,
               date '2008-01-01' + (${h('i + 9')} % 6600)::int as s
             from generate_series(1, ${n}) i) x`,
    // Tax cards: half percentage, three in ten a table (8000, 8010, 8020), two in ten none.
    `insert into tax_card (person_id, year, kind, percentage, table_number)
       select i, 2026, case when i % 10 < 5 then 'percentage' else 'table' end, 15 + i % 25,
         case when i % 10 >= 5 then (8000 + (i % 3) * 10)::text end
       from generate_series(1, ${persons}) i where i % 10 < 8`,
    ...tableSql(),
    `insert into tax_card_fetch (year, persons, cards) values (2026, ${persons}, ${Math.round(persons * 0.8)})`,
    'analyze',
  ];
}

/** The published 2026 monthly tables the cards name (withholding/trekkrutine.ts). */
function tableSql(): string[] {
  const out = ['delete from withholding_table', 'delete from withholding_table_top'];
  for (const n of ['8000', '8010', '8020']) {
    const t = publishedTable(2026, n);
    if (!t) throw new Error(`no published table ${n}`);
    out.push(
      `insert into withholding_table (year, table_number, income_from, withholding) values ${t.linjer
        .map((l) => `(2026, '${n}', ${l.fra}, ${l.trekk})`)
        .join(', ')}`,
      `insert into withholding_table_top (year, table_number, marginal_pct) values (2026, '${n}', ${t.marginalProsent})`,
    );
  }
  return out;
}

/** The run's floor: one statement computing gross, withholding and net per person and the XML lines. */
const FLOOR_RUN = `copy (
  select '<CdtTrfTxInf><PmtId><EndToEndId>KASSA-202601-' || x.person_id || '</EndToEndId></PmtId><Amt><InstdAmt Ccy="NOK">'
    || to_char((x.gross - x.wh) / 100.0, 'FM99999999990.00') || '</InstdAmt></Amt><Cdtr><Nm>' || x.name
    || '</Nm></Cdtr><CdtrAcct><Id><Othr><Id>' || x.account_number
    || '</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id></CdtrAcct><RmtInf><Ustrd>Pensjon januar 2026</Ustrd></RmtInf></CdtTrfTxInf>'
  from (
    select g.person_id, pe.name, pe.account_number, g.gross,
      100 * case when tc.kind = 'percentage' then floor(g.gross / 100 * tc.percentage / 100)
        when tc.kind = 'table' then least(g.gross / 100, (select t.withholding from withholding_table t
          where t.year = 2026 and t.table_number = tc.table_number and t.income_from <= g.gross / 100
          order by t.income_from desc limit 1))
        else floor(g.gross / 100 * 0.5) end as wh
    from (select m.person_id, sum(((p.annual_amount + 600) / 1200) * 100)::bigint as gross
          from pension p join membership m on m.id = p.membership_id join person pe on pe.id = m.person_id
          where p.start_date <= date '2026-01-01' and (p.end_date is null or p.end_date >= date '2026-01-01')
            and (pe.death_date is null or pe.death_date >= date '2026-01-01')
          group by m.person_id) g
    join person pe on pe.id = g.person_id
    left join tax_card tc on tc.person_id = g.person_id and tc.year = 2026
    where pe.account_number is not null
  ) x where x.gross > x.wh order by x.person_id
) to stdout`;

/** The regulation's floor: one statement computing the new amounts into a bare table. */
const FLOOR_REGULATION = `create table bench_floor_regulation as
  select p.id, p.annual_amount as before,
    round(p.annual_amount / 100.0 * case when p.benefit in ('old_age','afp_62_65','afp_65_67','rule_85')
      then 1.0443 else 136549::numeric / 130160 end) * 100 as after
  from pension p join membership m on m.id = p.membership_id join person pe on pe.id = m.person_id
  where p.start_date <= date '2026-05-01' and (p.end_date is null or p.end_date >= date '2026-05-01')
    and (pe.death_date is null or pe.death_date >= date '2026-05-01')`;

const RESET_RUN = `truncate payment_entry, recovery_instalment, payment_receipt, payment_hold, payment_line, payment,
  recovery_claim, payment_run`;
const RESET_REGULATION =
  'truncate pension_amount, regulation, g_value; drop table if exists bench_floor_regulation';

async function exec(db: Database, statement: string) {
  await db.kysely.executeQuery(CompiledQuery.raw(statement));
}

async function seconds(f: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await f();
  return Math.round(Number(process.hrtime.bigint() - t0) / 1e6) / 1000;
}

async function floorRun(url: string, file: string) {
  const c = new pg.Client(url);
  await c.connect();
  try {
    await c.query('set jit = off'); // as the run sets it
    await pipeline(c.query(copyTo(FLOOR_RUN)), fs.createWriteStream(file));
  } finally {
    await c.end();
  }
}

async function reusable(url: string): Promise<Database | undefined> {
  const admin = new pg.Client(`${SERVER}/postgres`);
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [DB])).rowCount;
  await admin.end();
  if (!exists) return undefined;
  const db = await openDatabase({ databaseUrl: url });
  try {
    await migrate(db);
    const r = await db.kysely.executeQuery<{ n: number }>(
      CompiledQuery.raw('select count(*)::int as n from pension'),
    );
    if (r.rows[0]?.n === N) return db;
  } catch {
    // not a usable bench database
  }
  await db.close();
  return undefined;
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const url = `${SERVER}/${DB}`;
  // A database already filled at this scale is reused (KASSA_BENCH_FRESH=1 recreates it).
  let db = process.env.KASSA_BENCH_FRESH === '1' ? undefined : await reusable(url);
  if (!db) {
    const admin = new pg.Client(`${SERVER}/postgres`);
    await admin.connect();
    await admin.query(`drop database if exists ${DB} with (force)`);
    await admin.query(`create database ${DB}`);
    await admin.end();
    db = await openDatabase({ databaseUrl: url });
    await migrate(db);
    const fillStart = Date.now();
    for (const s of fillSql(N)) await exec(db, s);
    log(`filled ${N} pensions in ${((Date.now() - fillStart) / 1000).toFixed(1)} s`);
  } else {
    log(`reusing ${DB} with ${N} pensions`);
    for (const q of [
      ...tableSql(),
      `update tax_card set table_number = (8000 + (person_id % 3) * 10)::text
         where kind = 'table' and table_number is distinct from (8000 + (person_id % 3) * 10)::text`,
    ])
      await exec(db, q);
  }

  const file = path.join(OUT, 'payments-2026-01.xml');
  const floorFile = path.join(OUT, 'payments-floor.txt');
  let run = Number.POSITIVE_INFINITY;
  let runFloor = Number.POSITIVE_INFINITY;
  let summary: unknown;
  let runRss = 0;
  // Each round's own ratio too: on a shared machine a round's floor and run meet the same load.
  const runRounds: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await exec(db, RESET_RUN);
    const f = await seconds(() => floorRun(url, floorFile));
    peakRss = 0;
    const r = await seconds(async () => {
      summary = await runPayments(db, MONTH, { by: 'bench', payer: PAYER, file });
    });
    runFloor = Math.min(runFloor, f);
    run = Math.min(run, r);
    runRounds.push(Math.round((r / f) * 100) / 100);
    runRss = Math.max(runRss, peakRss);
    log(`round ${i + 1}: run ${r} s, floor ${f} s (best: run ${run} s, floor ${runFloor} s)`);
  }

  let reg = Number.POSITIVE_INFINITY;
  let regFloor = Number.POSITIVE_INFINITY;
  let regSummary: unknown;
  let regRss = 0;
  const regRounds: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await exec(db, RESET_REGULATION);
    const f = await seconds(() =>
      db.batch(async (s) => void (await s.exec(`set local jit = off; ${FLOOR_REGULATION}`))),
    );
    peakRss = 0;
    const r = await seconds(async () => {
      regSummary = await regulatePensions(db.kysely, {
        from: '2026-05-01' as IsoDate,
        g: 136549,
        pensionFactor: '1.0443',
        by: 'bench',
      });
    });
    regFloor = Math.min(regFloor, f);
    reg = Math.min(reg, r);
    regRounds.push(Math.round((r / f) * 100) / 100);
    regRss = Math.max(regRss, peakRss);
    log(`round ${i + 1}: regulation ${r} s, floor ${f} s (best: ${reg} s, ${regFloor} s)`);
  }
  await db.close();

  // PGlite: the same population at its own scale, one run.
  const lite = await openDatabase({ dataDir: 'memory://' });
  await migrate(lite);
  for (const s of fillSql(N_LITE)) await exec(lite, s);
  peakRss = 0;
  let liteSummary: unknown;
  const liteRun = await seconds(async () => {
    liteSummary = await runPayments(lite, MONTH, {
      by: 'bench',
      payer: PAYER,
      file: path.join(OUT, 'payments-pglite.xml'),
    });
  });
  await lite.close();
  clearInterval(sampler);
  const mb = (b: number) => Math.round(b / 1048576);
  process.stdout.write(
    `${JSON.stringify(
      {
        postgres: {
          pensions: N,
          run: {
            seconds: run,
            floor: runFloor,
            ratio: Math.round((run / runFloor) * 100) / 100,
            roundRatios: runRounds,
            peakRssMB: mb(runRss),
            summary,
          },
          regulation: {
            seconds: reg,
            floor: regFloor,
            ratio: Math.round((reg / regFloor) * 100) / 100,
            roundRatios: regRounds,
            peakRssMB: mb(regRss),
            summary: regSummary,
          },
        },
        pglite: { pensions: N_LITE, run: { seconds: liteRun, peakRssMB: mb(peakRss), summary: liteSummary } },
      },
      null,
      2,
    )}\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
