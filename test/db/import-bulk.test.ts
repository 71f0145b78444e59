/**
 * Migration import in bulk mode (issue #2, "Scale"): a large import drops the loaded tables'
 * secondary indexes and foreign keys and rebuilds them after the merge, in the same transaction.
 * Forced here on the small fixture (minRows 0, ratio 0) and held to the row-by-row upsert path:
 * the same register, the same indexes and constraints afterwards, idempotent re-import, history
 * for a changed row. Runs on PGlite and on PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/platform/db';
import { DEFAULT_AS_OF, generateToDirectory } from '../../src/register/generate';
import {
  type BulkOptions,
  formatImportError,
  type ImportResult,
  importDirectory,
} from '../../src/register/import';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { editedCopy } from '../support/fixtures';

const OK = path.resolve('test/fixtures/import/ok');
const ALWAYS: BulkOptions = { minRows: 0, ratio: 0 };
const NEVER: BulkOptions = { minRows: Number.MAX_SAFE_INTEGER, ratio: 1 };

// The merge paths (bulk and row by row) are compared with initialLoad off; `direct` is the initial load.
const run = (db: Database, dir: string, bulk: BulkOptions, initialLoad = false) =>
  importDirectory(db, { dir, env: 'production', actor: 'import-test', bulk, initialLoad });

function expectOk(r: ImportResult): asserts r is Extract<ImportResult, { ok: true }> {
  if (!r.ok) throw new Error(`import rejected:\n${r.errors.map(formatImportError).join('\n')}`);
}

async function rows(db: Database, query: string): Promise<unknown[]> {
  return (await sql.raw(query).execute(db.kysely)).rows;
}

/** The register's contents by natural key, without ids or timestamps. */
async function register(db: Database): Promise<Record<string, unknown[]>> {
  const memberKey = `join membership m on m.id = x.membership_id join person p on p.id = m.person_id
                     join employer e on e.id = m.employer_id`;
  return {
    provider: await rows(db, 'select code, name, recorded_by from provider order by code'),
    scheme: await rows(db, 'select code, provider_code, name from scheme order by code'),
    employer: await rows(db, 'select orgnr, name from employer order by orgnr'),
    person: await rows(
      db,
      'select national_id, birth_date, name, death_date from person order by national_id',
    ),
    membership: await rows(
      db,
      `select p.national_id, e.orgnr, x.scheme_code from membership x join person p on p.id = x.person_id
       join employer e on e.id = x.employer_id order by 1, 2, 3`,
    ),
    employment: await rows(
      db,
      `select p.national_id, e.orgnr, m.scheme_code, x.start_date, x.end_date, x.position_pct, x.annual_salary,
         x.recorded_by from employment x ${memberKey} order by 1, 2, 3, 4`,
    ),
    pension: await rows(
      db,
      `select p.national_id, e.orgnr, m.scheme_code, x.benefit, x.start_date, x.end_date, x.grade_pct,
         x.annual_amount from pension x ${memberKey} order by 1, 2, 3, 4, 5`,
    ),
    finance: await rows(
      db,
      `select e.orgnr, f.scheme_code, f.year, f.premium, f.premium_reserve, f.pension_cost
       from finance_figure f join employer e on e.id = f.employer_id order by 1, 2, 3`,
    ),
    history: await rows(
      db,
      `select 'person' as t, count(*)::int as n from person_history
       union all select 'employment', count(*)::int from employment_history
       union all select 'pension', count(*)::int from pension_history
       union all select 'membership', count(*)::int from membership_history order by 1`,
    ),
  };
}

/**
 * Every index, constraint, trigger, column (type, default, identity) and identity sequence of the
 * register's tables, as the catalogue defines them, and every schema: an initial load on
 * PostgreSQL swaps in tables built beside it (shadow.ts) and must leave no trace of that.
 */
async function schema(db: Database): Promise<unknown[]> {
  return rows(
    db,
    `select tablename as t, indexname as name, indexdef as def from pg_indexes
     where schemaname = current_schema()
     union all
     select conrelid::regclass::text, conname, pg_get_constraintdef(oid) from pg_constraint
     where connamespace = current_schema()::regnamespace
     union all
     select tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) from pg_trigger
     where not tgisinternal
     union all
     select table_name, column_name, concat_ws(' ', ordinal_position, data_type, collation_name, is_nullable,
       column_default, is_identity, identity_generation, identity_start, identity_increment)
     from information_schema.columns where table_schema = current_schema()
     union all
     select c.relname, a.attname, pg_get_serial_sequence(c.relname, a.attname) from pg_class c
     join pg_attribute a on a.attrelid = c.oid
     where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r' and a.attidentity <> ''
     union all
     select 'schema', nspname, '' from pg_namespace where nspname not like 'pg\\_%' and nspname <> 'information_schema'
     order by 1, 2, 3`,
  );
}

describe('bulk-mode import (indexes and foreign keys rebuilt after the merge) and the initial load', () => {
  let bulk: TestDatabase;
  let plain: TestDatabase;
  let direct: TestDatabase;
  let schemaBefore: unknown[];
  beforeAll(async () => {
    [bulk, plain, direct] = await Promise.all([
      createTestDatabase(),
      createTestDatabase(),
      createTestDatabase(),
    ]);
    schemaBefore = await schema(bulk.db);
  });
  afterAll(async () => {
    await Promise.all([bulk.dispose(), plain.dispose(), direct.dispose()]);
  });

  it('writes the same register as the row-by-row upsert, and says which tables went in bulk', async () => {
    const a = await run(bulk.db, OK, ALWAYS);
    const b = await run(plain.db, OK, NEVER);
    const c = await run(direct.db, OK, NEVER, true);
    expectOk(a);
    expectOk(b);
    expectOk(c);
    expect(a.counts.bulk).toEqual(['person', 'membership', 'employment', 'pension']);
    expect(b.counts.bulk).toBeUndefined();
    expect(c.counts.bulk).toEqual(['person', 'membership', 'employment', 'pension']);
    expect(a.counts.inserted).toEqual(b.counts.inserted);
    expect(a.counts.updated).toEqual(b.counts.updated);
    expect(c.counts.inserted).toEqual(b.counts.inserted);
    expect(c.counts.updated).toEqual(b.counts.updated);
    expect(a.counts.inserted).toMatchObject({ person: 7, membership: 7, employment: 6, pension: 5 });
    expect(await register(bulk.db)).toEqual(await register(plain.db));
    expect(await register(direct.db)).toEqual(await register(plain.db));
  });

  it('leaves every index and constraint as the migrations made them', async () => {
    for (const db of [bulk.db, direct.db]) {
      const after = await schema(db);
      expect(after).toEqual(schemaBefore);
      // Not vacuous: the trigram index, the name-order index, the foreign keys, the history
      // triggers and the identity sequences are among them.
      const text = JSON.stringify(after);
      expect(text).toContain('person_name_trgm');
      expect(text).toContain('person_name_lower');
      expect(text).toContain('FOREIGN KEY (person_id) REFERENCES person(id)');
      expect(text).toContain('CREATE TRIGGER keep_history AFTER DELETE OR UPDATE ON public.person');
      expect(text).toContain('public.person_id_seq');
      expect(text).not.toContain('kassa_import_');
    }
  });

  it('the initial load moves the id sequences past the ids it gave', async () => {
    const [max] = (await rows(
      direct.db,
      'select (select max(id) from person) as person, (select max(id) from membership) as membership',
    )) as { person: number; membership: number }[];
    await sql`insert into person (national_id, birth_date, name, recorded_by)
              values ('01010112345', '2001-01-01', 'Ny Person', 'x')`.execute(direct.db.kysely);
    const [added] = (await rows(direct.db, "select id from person where name = 'Ny Person'")) as {
      id: number;
    }[];
    expect(added?.id).toBeGreaterThan(max?.person ?? Number.MAX_SAFE_INTEGER);
  });

  it('the rebuilt foreign keys are enforced', async () => {
    for (const db of [bulk.db, direct.db])
      await expect(
        sql`insert into employment (membership_id, start_date, position_pct, recorded_by)
            values (999999, '2020-01-01', 100, 'x')`.execute(db.kysely),
      ).rejects.toThrow(/foreign key/);
  });

  it('is idempotent in bulk mode and after an initial load: a second import changes nothing, not even history', async () => {
    for (const db of [bulk.db, direct.db]) {
      const before = await register(db);
      // After the initial load the register holds persons: this import takes the merge.
      const r = await run(db, OK, ALWAYS, true);
      expectOk(r);
      expect(Object.values(r.counts.inserted).reduce((x, y) => x + y, 0)).toBe(0);
      expect(Object.values(r.counts.updated).reduce((x, y) => x + y, 0)).toBe(0);
      expect(await register(db)).toEqual(before);
    }
  });

  it('a changed salary and name in bulk mode update those rows and keep the old ones in history', async () => {
    const dir = editedCopy(OK, {
      'employments.csv': [['1985-01-01,2022-12-31,33.33,480000', '1985-01-01,2022-12-31,33.33,495000']],
      'persons.csv': [['Nils ""Nisse"" Hansen', 'Nils Hansen']],
    });
    try {
      const a = await run(bulk.db, dir, ALWAYS);
      const b = await run(plain.db, dir, NEVER);
      expectOk(a);
      expectOk(b);
      expect(a.counts.updated).toMatchObject({ employment: 1, person: 1, pension: 0, membership: 0 });
      expect(a.counts.updated).toEqual(b.counts.updated);
      expect(Object.values(a.counts.inserted).reduce((x, y) => x + y, 0)).toBe(0);
      const after = await register(bulk.db);
      expect(after).toEqual(await register(plain.db));
      expect(after.history).toEqual([
        { t: 'employment', n: 1 },
        { t: 'membership', n: 0 },
        { t: 'pension', n: 0 },
        { t: 'person', n: 1 },
      ]);
      expect(await rows(bulk.db, 'select name from person_history')).toEqual([
        { name: 'Nils "Nisse" Hansen' },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });
});

describe('early merge (persons written while employments are read)', () => {
  it('a problem in a later file still leaves the register untouched: all or nothing', async () => {
    const t = await createTestDatabase();
    const dir = editedCopy(OK, {
      'employments.csv': [['1985-01-01,2022-12-31,33.33,480000', '1985-01-01,2022-12-31,133.33,480000']],
    });
    try {
      for (const [bulk, initialLoad] of [
        [ALWAYS, false],
        [NEVER, false],
        [NEVER, true],
      ] as const) {
        const r = await run(t.db, dir, bulk, initialLoad);
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.errors.map(formatImportError)).toEqual([
          expect.stringMatching(
            /^employments\.csv:\d+: position_pct: must be between 0 and 100, got 133\.33$/,
          ),
        ]);
        expect(
          await rows(
            t.db,
            `select (select count(*) from person)::int as person, (select count(*) from employer)::int as employer,
               (select count(*) from scheme)::int as scheme, (select count(*) from audit_log)::int as audit`,
          ),
        ).toEqual([{ person: 0, employer: 0, scheme: 0, audit: 0 }]);
        // The rolled-back bulk mode left the indexes in place.
        expect(JSON.stringify(await schema(t.db))).toContain('person_name_trgm');
      }
    } finally {
      fs.rmSync(dir, { recursive: true });
      await t.dispose();
    }
  });
});

describe('initial load of a generated population (COPYs of several chunks)', () => {
  it('stops mid-way at a problem in the last file and writes nothing; then loads the same register as the merge', async () => {
    const [t, merged] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-import-generated-'));
    try {
      generateToDirectory({ members: 12_000, seed: 7, asOf: DEFAULT_AS_OF }, dir);
      // Big enough that persons and employments go to the database in several chunks before the
      // problem: a copy of line 2 with a negative amount, at the very end.
      expect(fs.statSync(path.join(dir, 'employments.csv')).size).toBeGreaterThan(2 * 1024 * 1024);
      const pensions = path.join(dir, 'pensions.csv');
      const clean = fs.readFileSync(pensions, 'utf8');
      const lines = clean.trimEnd().split('\n').length;
      fs.appendFileSync(pensions, `${clean.split('\n')[1]?.replace(/,(\d+(\.\d+)?)$/, ',-1')}\n`);
      const training = (db: Database, initialLoad: boolean) =>
        importDirectory(db, { dir, env: 'training', actor: 'import-test', initialLoad });

      const bad = await training(t.db, true);
      expect(bad.ok ? [] : bad.errors.map(formatImportError)).toEqual([
        `pensions.csv:${lines + 1}: annual_amount: must not be negative, got -1`,
        `pensions.csv:${lines + 1}: start_date: duplicate of line 2`,
      ]);
      expect(
        await rows(
          t.db,
          'select (select count(*) from person)::int as p, (select count(*) from employment)::int as e',
        ),
      ).toEqual([{ p: 0, e: 0 }]);
      // On PostgreSQL the tables built beside the import (shadow.ts) are gone with it.
      expect(
        await rows(t.db, "select nspname from pg_namespace where nspname like 'kassa\\_import\\_%'"),
      ).toEqual([]);

      fs.writeFileSync(pensions, clean);
      const [a, b] = [await training(t.db, true), await training(merged.db, false)];
      expectOk(a);
      expectOk(b);
      expect(a.counts.bulk).toEqual(['person', 'membership', 'employment', 'pension']);
      expect(a.counts.inserted).toEqual(b.counts.inserted);
      expect(await register(t.db)).toEqual(await register(merged.db));
    } finally {
      fs.rmSync(dir, { recursive: true });
      await Promise.all([t.dispose(), merged.dispose()]);
    }
  }, 120_000);
});
