/**
 * persons.csv's optional `account_number` and `address` columns (payments.md, migration-import.md;
 * issue #18 item 9): stored on the person by the initial load and by a later merge, and an invalid
 * account number is a row error at its file:line. Runs on PGlite and on PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatImportError, importDirectory } from '../../src/register/import';
import { registerDb } from '../../src/register/tables';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { account, fnr } from '../support/identifiers';

const A = fnr('140355');
const B = fnr('020150');
const C = fnr('311260');
const ACC_A = account('1503123456');
const ACC_B = account('9710223344');

function folder(persons: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-acc-'));
  fs.writeFileSync(path.join(dir, 'persons.csv'), persons);
  return dir;
}

describe('persons.csv with account_number and address', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.dispose();
  });
  const run = (dir: string) => importDirectory(t.db, { dir, env: 'production', actor: 'import-test' });
  const persons = () =>
    registerDb(t.db)
      .selectFrom('person')
      .select(['national_id', 'account_number', 'address'])
      .orderBy('national_id')
      .execute();

  it('an invalid account number is a row error with file:line, and nothing is written', async () => {
    const bad = `${ACC_A.slice(0, 10)}${(Number(ACC_A[10]) + 1) % 10}`;
    const r = await run(
      folder(
        `person_id,birth_date,name,death_date,account_number,address\n${A},1955-03-14,Åse,,${ACC_A},Storgata 1\n${B},1950-01-02,Bjørn,,${bad},\n${C},1960-12-31,Cato,,1234,\n`,
      ),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map(formatImportError)).toEqual([
      'persons.csv:3: account_number: not a valid account number: control digit (digit 11) is wrong',
      'persons.csv:4: account_number: not a valid account number: must be exactly 11 digits',
    ]);
    expect(await persons()).toEqual([]);
  });

  it('the initial load stores the account (separators removed) and the address', async () => {
    const dotted = `${ACC_A.slice(0, 4)}.${ACC_A.slice(4, 6)}.${ACC_A.slice(6)}`;
    const r = await run(
      folder(
        `person_id,birth_date,name,death_date,account_number,address\n${A},1955-03-14,Åse,,${dotted},"Storgata 1\n5003 Bergen"\n${B},1950-01-02,Bjørn,,,\n`,
      ),
    );
    expect(r.ok).toBe(true);
    expect(await persons()).toEqual([
      { national_id: B, account_number: null, address: null },
      { national_id: A, account_number: ACC_A, address: 'Storgata 1\n5003 Bergen' },
    ]);
  });

  it('a later import adds an account; a file without the columns takes nothing away', async () => {
    expect(
      (
        await run(
          folder(
            `person_id,birth_date,name,death_date,address,account_number\n${B},1950-01-02,Bjørn,,Vei 2,${ACC_B}\n`,
          ),
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await run(
          folder(`person_id,birth_date,name,death_date\n${A},1955-03-14,Åse,\n${C},1960-12-31,Cato,\n`),
        )
      ).ok,
    ).toBe(true);
    expect(await persons()).toEqual([
      { national_id: B, account_number: ACC_B, address: 'Vei 2' },
      { national_id: A, account_number: ACC_A, address: 'Storgata 1\n5003 Bergen' },
      { national_id: C, account_number: null, address: null },
    ]);
  });
});
