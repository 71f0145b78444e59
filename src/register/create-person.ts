/** Registering a new person: the number is checked and must agree with the birth date given. */
import type { IsoDate } from '../domain/dates';
import { checkAccountNumber, checkNationalId, maskNationalId } from '../domain/identifiers';
import { writeAudit } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { AppError, type FieldError, invalidInput } from '../platform/errors';
import { isUniqueViolation } from './db-errors';
import type { RegisterDb } from './tables';
import { todayInOslo } from './today';

export interface NewPerson {
  nationalId: string;
  name: string;
  birthDate?: IsoDate | undefined;
  address?: string | null | undefined;
  accountNumber?: string | null | undefined;
}

export interface CreatePersonOptions {
  /** Synthetic test numbers are accepted only in a training environment. */
  allowSynthetic: boolean;
}

const personExists = () =>
  new AppError('conflict', [
    {
      path: 'nationalId',
      message:
        'a person with this number is registered already: enrol them with POST /api/memberships and their nationalId',
    },
  ]);

export async function createPerson(
  db: RegisterDb,
  principal: Principal,
  input: NewPerson,
  options: CreatePersonOptions,
): Promise<number> {
  const today = todayInOslo();
  const errors: FieldError[] = [];
  const id = checkNationalId(input.nationalId, { allowSynthetic: options.allowSynthetic, today });
  if (!id.ok) errors.push({ path: 'nationalId', message: id.reason });
  else if (input.birthDate && input.birthDate !== id.value.birthDate) {
    errors.push({
      path: 'birthDate',
      message: `does not agree with the number, which gives ${id.value.birthDate}`,
    });
  }
  let accountNumber: string | null = null;
  if (input.accountNumber) {
    const a = checkAccountNumber(input.accountNumber);
    if (a.ok) accountNumber = a.value;
    else errors.push({ path: 'accountNumber', message: a.reason });
  }
  if (errors.length > 0 || !id.ok) throw invalidInput(errors);
  const birthDate = id.value.birthDate;

  try {
    return await db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('person')
        .select('id')
        .where('national_id', '=', input.nationalId)
        .executeTakeFirst();
      if (existing) throw personExists();
      const { id: personId } = await trx
        .insertInto('person')
        .values({
          national_id: input.nationalId,
          birth_date: birthDate,
          name: input.name,
          address: input.address ?? null,
          account_number: accountNumber,
          death_date: null,
          valid_from: today,
          recorded_by: principal.username,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeAudit(trx, principal, {
        action: 'create',
        entity: 'person',
        entityId: personId,
        details: { nationalIdMasked: maskNationalId(input.nationalId), name: input.name, birthDate },
      });
      return personId;
    });
  } catch (error) {
    // Two registrations of the same number at once: the unique index decides.
    if (isUniqueViolation(error)) throw personExists();
    throw error;
  }
}
