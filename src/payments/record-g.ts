/**
 * A new G entered in the UI by an administrator, with the pension factor, before the regulation
 * run; it takes effect only when another administrator approves it (four eyes).
 */
import { type Kysely, sql } from 'kysely';
import type { IsoDate } from '../domain/dates';
import { writeAudit } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { AppError, notFound } from '../platform/errors';
import type { PlatformTables } from '../platform/tables';

export interface GValueView {
  from_date: string;
  g: number;
  pension_factor: number | null;
  entered_by: string;
  approved_by: string | null;
  source: string;
}

export async function listGValues(db: Kysely<PlatformTables>): Promise<GValueView[]> {
  return (
    await sql<GValueView>`select to_char(from_date, 'YYYY-MM-DD') as from_date, g, pension_factor, entered_by, approved_by, source
      from g_value order by from_date desc`.execute(db)
  ).rows;
}

export async function proposeG(
  db: Kysely<PlatformTables>,
  by: Principal,
  from: IsoDate,
  g: number,
  factor: string,
) {
  return db.transaction().execute(async (trx) => {
    const existing = (
      await sql<{
        approved_by: string | null;
      }>`select approved_by from g_value where from_date = ${from}::date`.execute(trx)
    ).rows[0];
    if (existing?.approved_by)
      throw new AppError('conflict', [{ path: 'from', message: 'an approved G is recorded from this date' }]);
    await sql`insert into g_value (from_date, g, pension_factor, entered_by) values (${from}::date, ${g}, ${factor}::numeric, ${by.username})
      on conflict (from_date) do update set g = excluded.g, pension_factor = excluded.pension_factor, entered_by = excluded.entered_by,
        entered_at = now()`.execute(trx);
    await writeAudit(trx, by, {
      action: 'g_proposed',
      entity: 'g_value',
      entityId: from,
      details: { g, factor },
    });
  });
}

export async function approveG(db: Kysely<PlatformTables>, by: Principal, from: IsoDate) {
  return db.transaction().execute(async (trx) => {
    const row = (
      await sql<{
        entered_by: string;
        approved_by: string | null;
        g: number;
      }>`select entered_by, approved_by, g
      from g_value where from_date = ${from}::date for update`.execute(trx)
    ).rows[0];
    if (!row) throw notFound('G value');
    if (row.approved_by) throw new AppError('conflict', [{ path: 'from', message: 'already approved' }]);
    if (row.entered_by === by.username)
      throw new AppError('forbidden', [
        { path: '', message: 'another administrator must approve the G (four eyes)' },
      ]);
    await sql`update g_value set approved_by = ${by.username}, approved_at = now() where from_date = ${from}::date`.execute(
      trx,
    );
    await writeAudit(trx, by, {
      action: 'g_approved',
      entity: 'g_value',
      entityId: from,
      details: { g: row.g },
    });
  });
}
