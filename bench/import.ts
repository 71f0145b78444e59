/**
 * `npm run bench -- import`: the migration import of ~1 000 000 memberships into PostgreSQL,
 * next to its floor measured in the same run: a plain COPY of the same CSV files (same columns)
 * into bare tables with no constraints or indexes in a scratch schema.
 *
 * The population comes from the project's generator (`kassa generate`), cached under bench/out/
 * by size and seed. The database `kassa_bench` is dropped, migrated and filled, and left filled
 * for the search and report benchmarks. Prints JSON on stdout; progress on stderr.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openDatabase, type SqlSession } from '../src/platform/db';
import { migrate } from '../src/platform/migrate';
import { DEFAULT_AS_OF, generateToDirectory, summaryLine } from '../src/register/generate';
import { formatImportError, IMPORT_FILES, type ImportFile, importDirectory } from '../src/register/import';

const SERVER = process.env.KASSA_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
// ~1.15 memberships per generated member (several employers, survivors' memberships on top).
const MEMBERS = Number(process.env.KASSA_BENCH_MEMBERS ?? 870_000);
const SEED = Number(process.env.KASSA_BENCH_SEED ?? 2024);
// Another name (KASSA_BENCH_DB) leaves the shared kassa_bench alone while experimenting.
const DB_NAME = process.env.KASSA_BENCH_DB ?? 'kassa_bench';
// KASSA_BENCH_REIMPORT=1 imports the same files a second time and checks that nothing changes.
const REIMPORT = process.env.KASSA_BENCH_REIMPORT === '1';
const OUT = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'out');
const log = (s: string) => process.stderr.write(`${s}\n`);
const seconds = (t0: number) => (performance.now() - t0) / 1000;

/** Bare tables for the floor: the CSV columns with their natural types, nothing else. */
const FLOOR_TYPES: Record<string, string> = {
  orgnr: 'char(9)',
  person_id: 'char(11)',
  birth_date: 'date',
  death_date: 'date',
  start_date: 'date',
  end_date: 'date',
  position_pct: 'numeric',
  grade_pct: 'numeric',
  annual_salary: 'numeric',
  annual_amount: 'numeric',
  year: 'smallint',
  premium: 'numeric',
  premium_reserve: 'numeric',
  pension_cost: 'numeric',
};

function population(): string {
  const dir = path.join(OUT, `import-${MEMBERS}-${SEED}`);
  const done = path.join(dir, '.complete');
  if (fs.existsSync(done)) {
    log(`population: reusing ${dir}`);
    return dir;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  log(`population: generating ${MEMBERS} members (seed ${SEED}) into ${dir} …`);
  const t0 = performance.now();
  const summary = generateToDirectory({ members: MEMBERS, seed: SEED, asOf: DEFAULT_AS_OF }, dir);
  log(`${summaryLine(summary)} in ${seconds(t0).toFixed(1)} s`);
  fs.writeFileSync(done, '');
  return dir;
}

async function admin(sql: string) {
  const c = new pg.Client(`${SERVER}/postgres`);
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** The floor: every file COPYed as it is (header skipped) into bare tables, in one transaction. */
async function floor(dir: string, files: ImportFile[]): Promise<number> {
  const c = new pg.Client(`${SERVER}/${DB_NAME}`);
  await c.connect();
  try {
    await c.query('drop schema if exists import_floor cascade');
    await c.query('create schema import_floor');
    for (const file of files) {
      const header = fs.readFileSync(path.join(dir, file), 'utf8').slice(0, 4096).split(/\r?\n/)[0] ?? '';
      const columns = header.replace(/^\uFEFF/, '').split(',');
      const table = `import_floor.${file.replace('.csv', '')}`;
      await c.query(
        `create table ${table} (${columns.map((col) => `${col} ${FLOOR_TYPES[col] ?? 'text'}`).join(', ')})`,
      );
    }
    const t0 = performance.now();
    await c.query('begin');
    for (const file of files) {
      const table = `import_floor.${file.replace('.csv', '')}`;
      const stream = c.query(copyFrom(`copy ${table} from stdin with (format csv, header true)`));
      await pipeline(fs.createReadStream(path.join(dir, file)), stream);
    }
    await c.query('commit');
    const elapsed = seconds(t0);
    await c.query('drop schema import_floor cascade');
    return elapsed;
  } finally {
    await c.end();
  }
}

async function main() {
  const dir = population();
  const files = (Object.keys(IMPORT_FILES) as ImportFile[]).filter((f) => fs.existsSync(path.join(dir, f)));

  log(`database: recreating ${DB_NAME}`);
  await admin(`drop database if exists ${DB_NAME} with (force)`);
  await admin(`create database ${DB_NAME}`);
  const db = await openDatabase({ databaseUrl: `${SERVER}/${DB_NAME}` });
  let result: Awaited<ReturnType<typeof importDirectory>>;
  let importSeconds: number;
  let memberships = 0;
  let checksums: Record<string, string> = {};
  let reimport: { seconds: number; changedRows: number } | undefined;
  try {
    await migrate(db);
    log('import: running …');
    let lastPhase = '';
    const t0 = performance.now();
    result = await importDirectory(db, {
      dir,
      env: 'training', // the generator writes synthetic (Tenor) numbers
      actor: 'bench',
      onProgress: (p) => {
        const step = `${p.phase} ${p.detail}`;
        if (step !== lastPhase) {
          log(`  ${seconds(t0).toFixed(1).padStart(6)} s  ${step}`);
          lastPhase = step;
        }
      },
    });
    importSeconds = seconds(t0);
    if (!result.ok) {
      log(result.errors.slice(0, 20).map(formatImportError).join('\n'));
      throw new Error(`the generated population was rejected (${result.errors.length} problems)`);
    }
    log(`import: ${importSeconds.toFixed(1)} s; analysing for the benchmarks that follow`);
    await db.batch(async (s) => {
      const [row] = await s.query<{ n: number }>('select count(*)::int as n from membership');
      memberships = row?.n ?? 0;
      checksums = await registerChecksums(s);
    });
    if (REIMPORT) {
      // Idempotence at scale: the same files again must change nothing (row-by-row upsert path).
      log('re-import: the same files again …');
      const t1 = performance.now();
      const again = await importDirectory(db, { dir, env: 'training', actor: 'bench' });
      if (!again.ok) throw new Error('the re-import was rejected');
      const changed = [...Object.values(again.counts.inserted), ...Object.values(again.counts.updated)];
      reimport = { seconds: round(seconds(t1)), changedRows: changed.reduce((a, b) => a + b, 0) };
      const after = await db.batch((s) => registerChecksums(s));
      if (JSON.stringify(after) !== JSON.stringify(checksums))
        throw new Error('the re-import changed the register');
    }
    const c = new pg.Client(`${SERVER}/${DB_NAME}`);
    await c.connect();
    await c.query('vacuum analyze');
    await c.end();
  } finally {
    await db.close();
  }

  log('floor: plain COPY of the same files into bare tables …');
  const floorSeconds = await floor(dir, files);
  const rows = Object.values(result.counts.files).reduce((a, b) => a + b, 0);
  const out = {
    memberships,
    rows,
    files: result.counts.files,
    importSeconds: round(importSeconds),
    importRowsPerSecond: Math.round(rows / importSeconds),
    floorSeconds: round(floorSeconds),
    floorRowsPerSecond: Math.round(rows / floorSeconds),
    ratio: round(importSeconds / floorSeconds),
    targets: { ratio: 3, seconds: 180 },
    checksums,
    ...(reimport ? { reimport } : {}),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

/**
 * Row counts and an md5 over each register table's imported values in key order: a faster import
 * must leave exactly the same register behind (compare with an earlier run of the same population).
 */
async function registerChecksums(s: SqlSession): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  const queries: Record<string, string> = {
    employer: `select count(*) as n, md5(string_agg(orgnr || name, ',' order by orgnr)) as sum from employer`,
    person: `select count(*) as n, md5(string_agg(national_id || name || birth_date || coalesce(death_date::text, ''),
               ',' order by national_id)) as sum from person`,
    membership: `select count(*) as n, md5(string_agg(p.national_id || e.orgnr || m.scheme_code, ','
                   order by p.national_id, e.orgnr, m.scheme_code)) as sum
                 from membership m join person p on p.id = m.person_id join employer e on e.id = m.employer_id`,
    employment: `select count(*) as n, md5(string_agg(concat_ws('|', p.national_id, e.orgnr, m.scheme_code, x.start_date,
                   x.end_date, x.position_pct, x.annual_salary), ','
                   order by p.national_id, e.orgnr, m.scheme_code, x.start_date)) as sum
                 from employment x join membership m on m.id = x.membership_id
                 join person p on p.id = m.person_id join employer e on e.id = m.employer_id`,
    pension: `select count(*) as n, md5(string_agg(concat_ws('|', p.national_id, e.orgnr, m.scheme_code, x.benefit,
                x.start_date, x.end_date, x.grade_pct, x.annual_amount), ','
                order by p.national_id, e.orgnr, m.scheme_code, x.benefit, x.start_date)) as sum
              from pension x join membership m on m.id = x.membership_id
              join person p on p.id = m.person_id join employer e on e.id = m.employer_id`,
    finance_figure: `select count(*) as n, md5(string_agg(concat_ws('|', e.orgnr, f.scheme_code, f.year, f.premium,
                       f.premium_reserve, f.pension_cost), ',' order by e.orgnr, f.scheme_code, f.year)) as sum
                     from finance_figure f join employer e on e.id = f.employer_id`,
  };
  for (const [table, sql] of Object.entries(queries)) {
    const [row] = await s.query<{ n: string; sum: string }>(sql);
    sums[table] = `${row?.n} ${row?.sum}`;
  }
  return sums;
}

const round = (x: number) => Math.round(x * 100) / 100;

await main();
