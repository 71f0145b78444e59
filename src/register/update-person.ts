/**
 * Changing a person's details. A change never overwrites: the trigger keeps the old version in
 * person_history, and the audit row with the reason commits in the same transaction.
 */
import type { IsoDate } from '../domain/dates';
import { checkAccountNumber } from '../domain/identifiers';
import { writeAudit } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { type FieldError, invalidInput } from '../platform/errors';
import { employerScope, requirePersonInScope } from './scope';
import type { RegisterDb } from './tables';

export interface PersonChange {
  name?: string | undefined;
  address?: string | null | undefined;
  accountNumber?: string | null | undefined;
  deathDate?: IsoDate | null | undefined;
  /** When the new values take effect. */
  validFrom: IsoDate;
  reason: string;
}

type Changed = Record<string, { from: string | null; to: string | null }>;

export async function updatePerson(
  db: RegisterDb,
  principal: Principal,
  personId: number,
  change: PersonChange,
): Promise<void> {
  const scope = employerScope(principal, 'person:write');
  await db.transaction().execute(async (trx) => {
    await requirePersonInScope(trx, personId, scope);
    const current = await trx
      .selectFrom('person')
      .selectAll()
      .where('id', '=', personId)
      .forUpdate()
      .executeTakeFirstOrThrow();

    const errors: FieldError[] = [];
    let accountNumber = current.account_number;
    if (change.accountNumber !== undefined) {
      if (change.accountNumber === null || change.accountNumber === '') accountNumber = null;
      else {
        const a = checkAccountNumber(change.accountNumber);
        if (a.ok) accountNumber = a.value;
        else errors.push({ path: 'accountNumber', message: a.reason });
      }
    }
    const deathDate = change.deathDate === undefined ? current.death_date : change.deathDate;
    if (deathDate !== null && deathDate < current.birth_date) {
      errors.push({ path: 'deathDate', message: `must not be before the birth date ${current.birth_date}` });
    }
    if (change.validFrom < current.birth_date) {
      errors.push({ path: 'validFrom', message: `must not be before the birth date ${current.birth_date}` });
    }
    if (errors.length > 0) throw invalidInput(errors);

    const next = {
      name: change.name ?? current.name,
      address: change.address === undefined ? current.address : change.address,
      account_number: accountNumber,
      death_date: deathDate,
      valid_from: change.validFrom,
    };
    const changed: Changed = {};
    for (const key of Object.keys(next) as (keyof typeof next)[]) {
      if (next[key] !== current[key]) changed[key] = { from: current[key], to: next[key] };
    }
    await trx
      .updateTable('person')
      .set({ ...next, recorded_by: principal.username })
      .where('id', '=', personId)
      .execute();
    await writeAudit(trx, principal, {
      action: 'update',
      entity: 'person',
      entityId: personId,
      reason: change.reason,
      details: { changed },
    });
  });
}
