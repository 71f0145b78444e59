/**
 * Migration import (shared/contracts/migration-import.md; issue #2 item 5): all or nothing, a
 * row-level report, --dry-run, idempotent re-import. Runs on PGlite and on PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain/dates';
import { checkNationalId, mod11ControlDigit } from '../../src/domain/identifiers';
import type { Database } from '../../src/platform/db';
import { formatImportError, type ImportResult, importDirectory } from '../../src/register/import';
import { registerDb } from '../../src/register/tables';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { editedCopy } from '../support/fixtures';

const FIXTURES = path.resolve('test/fixtures/import');
const OK = path.join(FIXTURES, 'ok');
const NOT_OK = path.join(FIXTURES, 'not-ok');

const TABLES = [
  'provider',
  'scheme',
  'employer',
  'person',
  'membership',
  'employment',
  'pension',
  'finance_figure',
  'audit_log',
] as const;
const HISTORY = TABLES.filter((t) => t !== 'audit_log').map((t) => `${t}_history`);

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of [...TABLES, ...HISTORY]) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(db.kysely);
    out[t] = r.rows[0]?.n ?? -1;
  }
  return out;
}

const run = (db: Database, dir: string, extra: { dryRun?: boolean; env?: 'production' | 'training' } = {}) =>
  importDirectory(db, { dir, env: extra.env ?? 'production', dryRun: extra.dryRun, actor: 'import-test' });

function expectOk(r: ImportResult): asserts r is Extract<ImportResult, { ok: true }> {
  if (!r.ok) throw new Error(`import rejected:\n${r.errors.map(formatImportError).join('\n')}`);
}

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

describe('migration import of the ok fixture', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('--dry-run validates the clean files and writes nothing', async () => {
    const r = await run(t.db, OK, { dryRun: true });
    expectOk(r);
    expect(r.dryRun).toBe(true);
    expect(r.counts.files).toEqual({
      'employers.csv': 2,
      'schemes.csv': 2,
      'persons.csv': 7,
      'employments.csv': 6,
      'pensions.csv': 5,
      'finance.csv': 2,
    });
    expect(sum(await rowCounts(t.db))).toBe(0);
  });

  it('imports every row of the ugly but valid files (BOM, CRLF, quoted commas and newlines, æøå)', async () => {
    const r = await run(t.db, OK);
    expectOk(r);
    expect(r.counts.inserted).toEqual({
      provider: 1,
      scheme: 2,
      employer: 2,
      person: 7,
      membership: 7,
      employment: 6,
      pension: 5,
      finance_figure: 2,
    });
    const counts = await rowCounts(t.db);
    expect(counts).toMatchObject({ person: 7, membership: 7, employment: 6, pension: 5, audit_log: 1 });
    expect(sum(Object.fromEntries(HISTORY.map((h) => [h, counts[h] ?? 0])))).toBe(0);

    const rdb = registerDb(t.db);
    const employers = await rdb.selectFrom('employer').select(['orgnr', 'name']).orderBy('orgnr').execute();
    expect(employers).toEqual([
      { orgnr: '940254000', name: 'Ås kommune' },
      { orgnr: '974760673', name: 'Bergen kommune, byrådsavdeling for helse og omsorg' },
    ]);
    // Providers are created from schemes.csv with the code as name.
    expect(await rdb.selectFrom('provider').select(['code', 'name']).execute()).toEqual([
      { code: 'PKH', name: 'PKH' },
    ]);
    const ase = await rdb
      .selectFrom('person')
      .select(['name', 'birth_date', 'death_date'])
      .where('national_id', '=', '14035512420')
      .executeTakeFirstOrThrow();
    expect(ase).toEqual({ name: 'Ødegård, Åse Marie', birth_date: '1955-03-14', death_date: null });
    const nisse = await rdb
      .selectFrom('person')
      .select('name')
      .where('national_id', '=', '28028545659')
      .executeTakeFirstOrThrow();
    expect(nisse.name).toBe('Nils "Nisse" Hansen');

    // Money is øre: 650000.50 kr → 65 000 050 øre; percentages keep their decimals.
    const employments = await rdb
      .selectFrom('employment')
      .innerJoin('membership', 'membership.id', 'employment.membership_id')
      .innerJoin('person', 'person.id', 'membership.person_id')
      .select(['person.national_id', 'employment.start_date', 'end_date', 'position_pct', 'annual_salary'])
      .orderBy('person.national_id')
      .orderBy('employment.start_date')
      .execute();
    expect(employments).toEqual([
      {
        national_id: '01074834554',
        start_date: '1970-01-01',
        end_date: '2013-06-30',
        position_pct: 100,
        annual_salary: 52_000_000,
      },
      {
        national_id: '14035512420',
        start_date: '1980-08-01',
        end_date: '1999-12-31',
        position_pct: 100,
        annual_salary: 25_000_000,
      },
      {
        national_id: '14035512420',
        start_date: '2000-01-01',
        end_date: null,
        position_pct: 80,
        annual_salary: 65_000_050,
      },
      {
        national_id: '28028545659',
        start_date: '2010-05-01',
        end_date: null,
        position_pct: 100,
        annual_salary: 61_000_050,
      },
      {
        national_id: '30116023446',
        start_date: '1985-01-01',
        end_date: '2022-12-31',
        position_pct: 33.33,
        annual_salary: 48_000_000,
      },
      {
        national_id: '64127211149',
        start_date: '2001-01-01',
        end_date: null,
        position_pct: 50,
        annual_salary: 55_000_000,
      },
    ]);

    // A survivor's membership exists only through the pension it receives.
    const spouse = await rdb
      .selectFrom('pension')
      .innerJoin('membership', 'membership.id', 'pension.membership_id')
      .innerJoin('person', 'person.id', 'membership.person_id')
      .innerJoin('employer', 'employer.id', 'membership.employer_id')
      .select([
        'benefit',
        'employer.orgnr',
        'membership.scheme_code',
        'annual_amount',
        'grade_pct',
        'end_date',
      ])
      .where('person.national_id', '=', '06065022204')
      .executeTakeFirstOrThrow();
    expect(spouse).toEqual({
      benefit: 'spouse',
      orgnr: '974760673',
      scheme_code: 'PKH-FELLES',
      annual_amount: 8_400_000,
      grade_pct: null,
      end_date: null,
    });
    const disability = await rdb
      .selectFrom('pension')
      .select(['grade_pct', 'annual_amount'])
      .where('benefit', '=', 'disability')
      .executeTakeFirstOrThrow();
    expect(disability).toEqual({ grade_pct: 50, annual_amount: 12_000_000 });

    const finance = await rdb
      .selectFrom('finance_figure')
      .select(['scheme_code', 'year', 'premium', 'premium_reserve', 'pension_cost'])
      .orderBy('scheme_code')
      .execute();
    expect(finance).toEqual([
      {
        scheme_code: 'PKH-FELLES',
        year: 2024,
        premium: 125_000_000,
        premium_reserve: 9_800_000_000,
        pension_cost: -1_500_050,
      },
      {
        scheme_code: 'PKH-SYK',
        year: 2024,
        premium: 30_000_000,
        premium_reserve: 0,
        pension_cost: 1_200_000,
      },
    ]);

    // One audit row for the whole import, with its counts.
    const audit = await rdb.selectFrom('audit_log').select(['actor', 'action', 'details']).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'import-test', action: 'import' });
    expect(audit[0]?.details).toMatchObject({ inserted: { person: 7 }, files: { 'persons.csv': 7 } });
  });

  it('is idempotent: a second import of the same files changes nothing, not even history', async () => {
    const before = await rowCounts(t.db);
    const r = await run(t.db, OK);
    expectOk(r);
    expect(sum(r.counts.inserted)).toBe(0);
    expect(sum(r.counts.updated)).toBe(0);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('a changed salary in a re-import updates that one row and keeps the old one in history', async () => {
    const dir = editedCopy(OK, {
      'employments.csv': [['1985-01-01,2022-12-31,33.33,480000', '1985-01-01,2022-12-31,33.33,495000']],
    });

    const before = await rowCounts(t.db);
    const r = await run(t.db, dir);
    expectOk(r);
    expect(sum(r.counts.inserted)).toBe(0);
    expect(r.counts.updated).toMatchObject({ employment: 1, person: 0, pension: 0 });
    expect(sum(r.counts.updated)).toBe(1);
    const after = await rowCounts(t.db);
    expect(after).toEqual({
      ...before,
      employment_history: (before.employment_history ?? 0) + 1,
      audit_log: (before.audit_log ?? 0) + 1,
    });
    const rdb = registerDb(t.db);
    const old = await rdb.selectFrom('employment_history').select(['annual_salary', 'start_date']).execute();
    expect(old).toEqual([{ annual_salary: 48_000_000, start_date: '1985-01-01' }]);
    const current = await rdb
      .selectFrom('employment')
      .select('annual_salary')
      .where('start_date', '=', '1985-01-01' as IsoDate)
      .executeTakeFirstOrThrow();
    expect(current.annual_salary).toBe(49_500_000);
    fs.rmSync(dir, { recursive: true });
  });

  it('a re-import of an older export never clears a death recorded since', async () => {
    const rdb = registerDb(t.db);
    const alive = await rdb
      .selectFrom('person')
      .select(['id', 'national_id'])
      .where('death_date', 'is', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await rdb
      .updateTable('person')
      .set({ death_date: '2030-01-15' as IsoDate, recorded_by: 'case-handler' })
      .where('id', '=', alive.id)
      .execute();
    const before = await rowCounts(t.db);
    const r = await run(t.db, OK);
    expectOk(r);
    expect(r.counts.updated).toMatchObject({ person: 0 });
    expect((await rowCounts(t.db)).person_history).toBe(before.person_history);
    const after = await rdb
      .selectFrom('person')
      .select('death_date')
      .where('id', '=', alive.id)
      .executeTakeFirstOrThrow();
    expect(after.death_date).toBe('2030-01-15');
  });
});

describe('migration import rejects bad input with every problem as file:line: column: reason', () => {
  let t: TestDatabase;
  let baseline: Record<string, number>;
  beforeAll(async () => {
    t = await createTestDatabase();
    // The cases refer to (and overlap with) what the ok fixture put in the register.
    expectOk(await run(t.db, OK));
    baseline = await rowCounts(t.db);
  });
  afterAll(async () => {
    await t.dispose();
  });

  for (const c of fs.readdirSync(NOT_OK).sort()) {
    it(`case ${c}: reports exactly the expected lines and writes nothing`, async () => {
      const expected = fs
        .readFileSync(path.join(NOT_OK, c, 'expected.txt'), 'utf8')
        .trimEnd()
        .split('\n');
      const r = await run(t.db, path.join(NOT_OK, c));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors.map(formatImportError)).toEqual(expected);
      expect(await rowCounts(t.db)).toEqual(baseline);
    });
  }

  it('--dry-run of a bad folder reports the same problems', async () => {
    const r = await run(t.db, path.join(NOT_OK, 'overlap'), { dryRun: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(3);
    expect(await rowCounts(t.db)).toEqual(baseline);
  });
});

describe('synthetic test numbers (month + 40 / + 80)', () => {
  it('are accepted in a training environment', async () => {
    const t = await createTestDatabase();
    try {
      const r = await run(t.db, path.join(NOT_OK, 'synthetic'), { env: 'training' });
      expectOk(r);
      expect(r.counts.inserted.person).toBe(2);
      expect(await rowCounts(t.db)).toMatchObject({ person: 2 });
    } finally {
      await t.dispose();
    }
  });
});

describe('a missing file adds nothing', () => {
  it('imports only the files that are there', async () => {
    const t = await createTestDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-import-'));
    try {
      fs.copyFileSync(path.join(OK, 'employers.csv'), path.join(dir, 'employers.csv'));
      const r = await run(t.db, dir);
      expectOk(r);
      expect(r.counts.files).toEqual({ 'employers.csv': 2 });
      const counts = await rowCounts(t.db);
      expect(counts).toMatchObject({ employer: 2, person: 0, scheme: 0 });
    } finally {
      fs.rmSync(dir, { recursive: true });
      await t.dispose();
    }
  });
});

/** A fødselsnummer valid only by the control rule from 2032 (first control sum 1, 2 or 3 modulo 11). */
function numberOf2032(ddmmyy: string): string {
  for (let ind = 100; ind < 500; ind++) {
    const nine = Array.from(`${ddmmyy}${String(ind).padStart(3, '0')}`, Number);
    const w = [3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((sum, k, i) => sum + k * (nine[i] ?? 0), 0);
    const k1 = (12 - (w % 11)) % 11; // control sum ≡ 1
    if (k1 > 9) continue;
    const ten = [...nine, k1];
    const k2 = mod11ControlDigit(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 === undefined) continue;
    return [...ten, k2].join('');
  }
  throw new Error('no number');
}

describe('identity numbers from 2032 (changed control rule): the import checks as registering a person does', () => {
  it('rejects such a number before 2032 and accepts it from 2032-01-01, given the day of checking', async () => {
    const nid = numberOf2032('170590');
    expect(checkNationalId(nid, { today: '2031-12-31' as IsoDate }).ok).toBe(false);
    expect(checkNationalId(nid, { today: '2032-01-01' as IsoDate }).ok).toBe(true);
    const t = await createTestDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-import-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'persons.csv'),
        `person_id,birth_date,name,death_date\n${nid},1990-05-17,Ny Regel,\n`,
      );
      const before = await importDirectory(t.db, {
        dir,
        env: 'production',
        actor: 'import-test',
        today: '2031-12-31' as IsoDate,
      });
      expect(before.ok ? [] : before.errors.map(formatImportError)).toEqual([
        'persons.csv:2: person_id: not a valid fødselsnummer or D-number: first control digit (digit 10) is wrong',
      ]);
      const after = await importDirectory(t.db, {
        dir,
        env: 'production',
        actor: 'import-test',
        today: '2032-01-01' as IsoDate,
      });
      expectOk(after);
      expect(after.counts.inserted.person).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true });
      await t.dispose();
    }
  });
});
