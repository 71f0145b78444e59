/** Persons for the letters tests: valid national ids, most with a postal address. */
import { sql } from 'kysely';
import type { Database } from '../../src/platform/db';
import { fnr } from '../support/identifiers';

export interface TestPerson {
  id: number;
  nationalId: string;
}

export async function addPersons(
  db: Database,
  n: number,
  options: { withoutAddress?: number } = {},
): Promise<TestPerson[]> {
  const out: TestPerson[] = [];
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
    const nationalId = fnr(`${day}${month}50`, 100 + Math.floor(i / 336) * 4);
    const address = i < (options.withoutAddress ?? 0) ? null : `Storgata ${i + 1}\n0150 Oslo`;
    const { rows } = await sql<{ id: number }>`
      insert into person (national_id, birth_date, name, address, recorded_by)
      values (${nationalId}, ${`1950-${month}-${day}`}, ${`Person ${i + 1}`}, ${address}, 'test') returning id`.execute(
      db.kysely,
    );
    out.push({ id: rows[0]?.id as number, nationalId });
  }
  return out;
}
