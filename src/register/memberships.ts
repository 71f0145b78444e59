/** Memberships: a person in a scheme through an employer. */
import { logAccess, writeAudit } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { AppError, type FieldError, invalidInput, notFound } from '../platform/errors';
import { isUniqueViolation } from './db-errors';
import { type EmployerScope, employerScope, requireEmployerInScope, requireRecordInScope } from './scope';
import type { MembershipKind, RegisterDb } from './tables';
import { todayInOslo } from './today';
import { loadMemberships, type MembershipView } from './views';

/**
 * The person by their id, or by their national identity number. A writer limited to some employers
 * names by id only persons they already reach (a membership at one of their employers); anyone
 * else they enrol by number — knowing it is what an employer's side has of a new employee, and it
 * reveals no more than that the number is registered.
 */
export interface NewMembership {
  personId?: number | undefined;
  nationalId?: string | undefined;
  employerId: number;
  schemeCode: string;
  /** 'own' (through work; the default) or 'survivor' (a survivor's pension after a deceased member). */
  kind?: MembershipKind | undefined;
}

export interface LockedMembership {
  id: number;
  personId: number;
  orgnr: string;
  kind: MembershipKind;
}

/**
 * Locks a membership row for the rest of the transaction, so that two writers checking the
 * periods of one membership for overlaps run one after the other. Checks the caller's scope:
 * outside it, the answer is 404 `<what> not found`, as for an id that does not exist (`what` is
 * the record the caller asked for: the membership, or the employment period or pension in it).
 */
export async function lockMembership(
  db: RegisterDb,
  id: number,
  scope: EmployerScope,
  what = 'membership',
): Promise<LockedMembership> {
  const row = await db
    .selectFrom('membership as m')
    .innerJoin('employer as e', 'e.id', 'm.employer_id')
    .select(['m.id', 'm.person_id', 'm.kind', 'e.orgnr'])
    .where('m.id', '=', id)
    .forUpdate('m')
    .executeTakeFirst();
  if (!row) throw notFound(what);
  requireRecordInScope(scope, row.orgnr, what);
  return { id: row.id, personId: row.person_id, orgnr: row.orgnr, kind: row.kind };
}

export async function createMembership(
  db: RegisterDb,
  principal: Principal,
  input: NewMembership,
): Promise<number> {
  const scope = employerScope(principal, 'register:write');
  const kind = input.kind ?? 'own';
  const exists = () =>
    new AppError('conflict', [
      {
        path: 'schemeCode',
        message:
          kind === 'own'
            ? 'this person is already a member of this scheme through this employer'
            : "this person already has a survivor's membership in this scheme at this employer",
      },
    ]);
  try {
    return await db.transaction().execute(async (trx) => {
      const [person, employer, scheme] = await Promise.all([
        findPerson(trx, input, scope),
        trx
          .selectFrom('employer')
          .select(['id', 'orgnr'])
          .where('id', '=', input.employerId)
          .executeTakeFirst(),
        trx.selectFrom('scheme').select('code').where('code', '=', input.schemeCode).executeTakeFirst(),
      ]);
      const errors: FieldError[] = [];
      if (!person)
        errors.push(
          input.nationalId === undefined
            ? { path: 'personId', message: 'no person with this id' }
            : { path: 'nationalId', message: 'no person with this number: register them first' },
        );
      if (!employer) errors.push({ path: 'employerId', message: 'no employer with this id' });
      if (!scheme) errors.push({ path: 'schemeCode', message: 'no scheme with this code' });
      if (errors.length > 0 || !employer || !person) throw invalidInput(errors);
      requireEmployerInScope(scope, employer.orgnr);
      const found = await trx
        .selectFrom('membership')
        .select('id')
        .where('person_id', '=', person.id)
        .where('employer_id', '=', input.employerId)
        .where('scheme_code', '=', input.schemeCode)
        .where('kind', '=', kind)
        .executeTakeFirst();
      if (found) throw exists();
      const { id } = await trx
        .insertInto('membership')
        .values({
          person_id: person.id,
          employer_id: input.employerId,
          scheme_code: input.schemeCode,
          kind,
          recorded_by: principal.username,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeAudit(trx, principal, {
        action: 'create',
        entity: 'membership',
        entityId: id,
        // The person by id: a national identity number never goes into a log.
        details: { personId: person.id, employerId: input.employerId, schemeCode: input.schemeCode, kind },
      });
      return id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw exists();
    throw error;
  }
}

/** The person a new membership is for; undefined if none, or (by id) one outside the caller's reach. */
async function findPerson(
  db: RegisterDb,
  input: NewMembership,
  scope: EmployerScope,
): Promise<{ id: number } | undefined> {
  if ((input.personId === undefined) === (input.nationalId === undefined))
    throw invalidInput([{ path: 'personId', message: 'give either personId or nationalId' }]);
  if (input.nationalId !== undefined)
    return db
      .selectFrom('person')
      .select('id')
      .where('national_id', '=', input.nationalId)
      .executeTakeFirst();
  let q = db
    .selectFrom('person as p')
    .select('p.id')
    .where('p.id', '=', input.personId ?? 0);
  if (scope !== 'all')
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('membership as m')
          .innerJoin('employer as e', 'e.id', 'm.employer_id')
          .select('m.id')
          .whereRef('m.person_id', '=', 'p.id')
          .where('e.orgnr', 'in', scope),
      ),
    );
  return q.executeTakeFirst();
}

/** One membership with its periods, pensions and status today, for a caller who may read it. */
export async function getMembership(
  db: RegisterDb,
  principal: Principal,
  id: number,
  purpose = 'view',
): Promise<MembershipView> {
  const scope = employerScope(principal, 'person:read');
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('membership as m')
      .innerJoin('employer as e', 'e.id', 'm.employer_id')
      .innerJoin('person as p', 'p.id', 'm.person_id')
      .select(['e.orgnr', 'p.id as person_id', 'p.death_date'])
      .where('m.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('membership');
    requireRecordInScope(scope, row.orgnr, 'membership');
    const [view] = await loadMemberships(trx, { membershipId: id }, scope, row.death_date, todayInOslo());
    if (!view) throw notFound('membership');
    await logAccess(trx, principal, { personIds: [row.person_id], purpose, what: 'membership' });
    return view;
  });
}
