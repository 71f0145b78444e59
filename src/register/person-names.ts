/** Names of persons by id, for lists that show whose case or letter a row is (the caller logs the access). */
import type { RegisterDb } from './tables';

export async function personNames(db: RegisterDb, ids: readonly number[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('person').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
