/**
 * The register's answer to the letters capability: name, postal address, national id (for the
 * contact register and the mailbox) and death date of persons, by id. No access log here: the
 * caller sends the persons' own letters (its use cases log their reads for staff).
 */
import type { Kysely } from 'kysely';
import type { RegisterTables } from './tables';

export interface LetterRecipient {
  personId: number;
  nationalId: string;
  name: string;
  address: string | null;
  deathDate: string | null;
}

export async function letterRecipients<T>(
  db: Kysely<T>,
  personIds: readonly number[],
): Promise<Map<number, LetterRecipient>> {
  const found = new Map<number, LetterRecipient>();
  if (personIds.length === 0) return found;
  const rows = await (db as unknown as Kysely<RegisterTables>)
    .selectFrom('person')
    .select(['id', 'national_id', 'name', 'address', 'death_date'])
    .where('id', 'in', [...new Set(personIds)])
    .execute();
  for (const r of rows)
    found.set(r.id, {
      personId: r.id,
      nationalId: r.national_id.trim(),
      name: r.name,
      address: r.address,
      deathDate: r.death_date,
    });
  return found;
}
