/**
 * Member search at scale: 200 searches by name fragments and 200 by national identity number
 * through the register's search function (not HTTP), against the PostgreSQL database kassa_bench
 * that `npm run bench -- import` fills with ~1 000 000 memberships. Prints JSON; target p95 < 50 ms.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase } from '../src/platform/db';
import { migrate } from '../src/platform/migrate';
import { findPersons } from '../src/register/search-persons';
import { registerDb } from '../src/register/tables';

const URL = process.env.KASSA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kassa_bench';
const SEARCHES = 200;
const WARM_UP = 20;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, i)] ?? 0) * 100) / 100;
}

/** Name fragments a case handler types: full name, surname, "first-4-letters surname", "first sur-3". */
function fragment(name: string, i: number): string {
  const words = name.split(/\s+/);
  const first = words[0] ?? name;
  const last = words.at(-1) ?? name;
  switch (i % 4) {
    case 0:
      return name;
    case 1:
      return last;
    case 2:
      return `${first.slice(0, 4)} ${last}`;
    default:
      return `${first} ${last.slice(0, 3)}`;
  }
}

const db = await openDatabase({ databaseUrl: URL }).catch(() => undefined);
const run = registerDb(
  db ??
    fail(
      `cannot open ${URL.replace(/\/\/[^@]*@/, '//')}: run the import benchmark first (npm run bench -- import)`,
    ),
);
const exists = await sql<{ t: string | null }>`select to_regclass('person')::text as t`
  .execute(run)
  .catch(() =>
    fail(
      `the bench database ${URL.split('/').pop()} does not exist or does not answer: run the import benchmark first (npm run bench -- import)`,
    ),
  );
if (!exists.rows[0]?.t)
  fail('kassa_bench has no register: run the import benchmark first (npm run bench -- import)');
await migrate(db as NonNullable<typeof db>); // the search index of migration 0004, if the bench predates it
const persons = Number(
  (await sql<{ n: string }>`select count(*)::text as n from person`.execute(run)).rows[0]?.n ?? 0,
);
if (persons === 0) fail('kassa_bench is empty: run the import benchmark first (npm run bench -- import)');
// Steady state: after a bulk load autovacuum sets the visibility map and the statistics in time;
// the name search relies on both (index-only scans, the planner's choice between its two indexes).
await sql`vacuum (analyze) person`.execute(run);

// Real values, picked deterministically (by a hash of the id) from the whole table.
const sample = (
  await sql<{ name: string; national_id: string }>`
    select name, national_id from person order by md5(id::text) limit ${SEARCHES + WARM_UP}`.execute(run)
).rows;

async function time(queries: string[]): Promise<{ p50Ms: number; p95Ms: number; hits: number }> {
  const ms: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const t0 = performance.now();
    const found = await findPersons(run, q, 'all', 20);
    ms.push(performance.now() - t0);
    hits += found.length > 0 ? 1 : 0;
  }
  ms.sort((a, b) => a - b);
  return { p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95), hits };
}

const names = sample.map((s, i) => fragment(s.name, i));
const numbers = sample.map((s) => s.national_id);
await time(names.slice(0, WARM_UP));
await time(numbers.slice(0, WARM_UP));
const byName = await time(names.slice(WARM_UP));
const byNumber = await time(numbers.slice(WARM_UP));
// Every query was built from a real person, so each must find someone: a search that finds
// nothing would be fast for the wrong reason.
if (byName.hits !== SEARCHES || byNumber.hits !== SEARCHES) {
  fail(
    `searches that found nobody: by name ${SEARCHES - byName.hits}, by number ${SEARCHES - byNumber.hits}`,
  );
}
process.stdout.write(
  `${JSON.stringify({
    persons,
    byName: { p50Ms: byName.p50Ms, p95Ms: byName.p95Ms },
    byNumber: { p50Ms: byNumber.p50Ms, p95Ms: byNumber.p95Ms },
    targetMs: 50,
  })}\n`,
);
await db?.close();
