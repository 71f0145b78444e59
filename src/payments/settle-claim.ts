/**
 * Settling a recovery claim: by instalments deducted from the debtor's payments (the run deducts
 * at most the instalment and what is left, never more than the net), or written off — proposed
 * with a reason by one user and approved by another (four eyes). Each change with its audit row.
 */
import { type Kysely, sql } from 'kysely';
import { writeAudit } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { AppError, notFound } from '../platform/errors';
import type { PlatformTables } from '../platform/tables';
import type { RecoveryClaimRow } from './tables';

async function claimFor(trx: Kysely<PlatformTables>, id: number): Promise<RecoveryClaimRow> {
  const c = (
    await sql<RecoveryClaimRow>`select * from recovery_claim where id = ${id} for update`.execute(trx)
  ).rows[0];
  if (!c) throw notFound('recovery claim');
  if (c.status === 'written_off')
    throw new AppError('conflict', [{ path: 'id', message: 'the claim is written off' }]);
  return c;
}

/** Instalments of `instalment` øre a month from the payments of `debtorPersonId` (default the person). */
export async function setInstalments(
  db: Kysely<PlatformTables>,
  by: Principal,
  id: number,
  instalment: number,
  debtorPersonId?: number,
) {
  if (!Number.isSafeInteger(instalment) || instalment <= 0)
    throw new AppError('invalid_input', [{ path: 'instalment', message: 'must be a positive amount' }]);
  return db.transaction().execute(async (trx) => {
    const c = await claimFor(trx, id);
    const debtor = debtorPersonId ?? c.debtor_person_id;
    const exists = await sql`select 1 from person where id = ${debtor}`.execute(trx);
    if (exists.rows.length === 0)
      throw new AppError('invalid_input', [{ path: 'debtorPersonId', message: 'no such person' }]);
    await sql`update recovery_claim set instalment = ${instalment}, debtor_person_id = ${debtor}, status = 'instalments',
      write_off_reason = null, write_off_by = null where id = ${id}`.execute(trx);
    await writeAudit(trx, by, {
      action: 'recovery_instalments',
      entity: 'recovery_claim',
      entityId: id,
      details: { instalment, debtor },
    });
  });
}

export async function proposeWriteOff(db: Kysely<PlatformTables>, by: Principal, id: number, reason: string) {
  return db.transaction().execute(async (trx) => {
    await claimFor(trx, id);
    await sql`update recovery_claim set status = 'write_off_proposed', write_off_reason = ${reason},
      write_off_by = ${by.username} where id = ${id}`.execute(trx);
    await writeAudit(trx, by, {
      action: 'recovery_write_off_proposed',
      entity: 'recovery_claim',
      entityId: id,
      reason,
    });
  });
}

export async function approveWriteOff(db: Kysely<PlatformTables>, by: Principal, id: number) {
  return db.transaction().execute(async (trx) => {
    const c = await claimFor(trx, id);
    if (c.status !== 'write_off_proposed')
      throw new AppError('conflict', [{ path: 'id', message: 'no write-off has been proposed' }]);
    if (c.write_off_by === by.username)
      throw new AppError('forbidden', [
        { path: '', message: 'another user must approve the write-off (four eyes)' },
      ]);
    await sql`update recovery_claim set status = 'written_off', write_off_approved_by = ${by.username} where id = ${id}`.execute(
      trx,
    );
    await writeAudit(trx, by, {
      action: 'recovery_written_off',
      entity: 'recovery_claim',
      entityId: id,
      reason: c.write_off_reason,
    });
  });
}
