// Issue #22 item 9: a failed query on persons logs no names, addresses or birth dates: neither
// PGlite's attached parameters nor PostgreSQL's detail (the failing row, a key's value).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/platform/logger';
import { registerDb } from '../../src/register/tables';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { fnr } from '../support/identifiers';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.dispose());

const SECRET = { name: 'Øystein Hemmeligsen', address: 'Løyndomsgata 17, 0150 Oslo', birth: '1961-04-13' };

async function failure(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('the query did not fail');
}

function logged(error: unknown): string {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
  logger.error({ err: error }, 'unhandled error');
  return lines.join('');
}

describe('database errors in the log', () => {
  const db = () => registerDb(t.db);
  const person = (over: Record<string, unknown>) => ({
    national_id: fnr('130461'),
    birth_date: SECRET.birth,
    name: SECRET.name,
    address: SECRET.address,
    recorded_by: 'test',
    ...over,
  });

  it('a check violation: the failing row is not in the log', async () => {
    const error = await failure(() =>
      db()
        .insertInto('person')
        .values(person({ death_date: '1950-01-01' }) as never)
        .execute(),
    );
    const line = logged(error);
    expect(line).toContain('unhandled error');
    expect(line).toMatch(/check|violates/);
    for (const value of Object.values(SECRET)) expect(line).not.toContain(value);
    expect(line).not.toContain('params');
  });

  it('a value the type refuses: neither the parameters nor the value are in the log', async () => {
    const error = await failure(() =>
      db()
        .insertInto('person')
        .values(person({ birth_date: `x${SECRET.birth}` }) as never)
        .execute(),
    );
    const line = logged(error);
    expect(line).toMatch(/invalid input syntax for type date/);
    for (const value of Object.values(SECRET)) expect(line).not.toContain(value);
  });

  it('a duplicate key: the number is not in the log', async () => {
    await db()
      .insertInto('person')
      .values(person({}) as never)
      .execute();
    const error = await failure(() =>
      db()
        .insertInto('person')
        .values(person({}) as never)
        .execute(),
    );
    const line = logged(error);
    expect(line).toMatch(/duplicate key/);
    expect(line).not.toContain(fnr('130461').slice(6));
    for (const value of Object.values(SECRET)) expect(line).not.toContain(value);
  });
});
