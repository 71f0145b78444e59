/**
 * Pensions in payment from a membership (benefit, grade, start, end, yearly amount). Two pensions
 * of the same benefit from one membership never run at the same time. A survivor's pension (spouse,
 * child) goes on the survivor's membership of kind 'survivor', every other benefit on an 'own'
 * membership, so that a survivor who also works there stays an active member (migration 0009).
 */
import type { IsoDate } from '../domain/dates';
import type { Ore } from '../domain/money';
import { writeAudit } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { type FieldError, invalidInput, notFound } from '../platform/errors';
import { lockMembership } from './memberships';
import { describePeriod, endsBeforeStart, firstOverlap } from './periods';
import { employerScope } from './scope';
import { type Benefit, type MembershipKind, membershipKindOf, type RegisterDb } from './tables';
import { loadPension, type PensionView } from './views';

export interface NewPension {
  benefit: Benefit;
  startDate: IsoDate;
  endDate?: IsoDate | null | undefined;
  gradePct?: number | null | undefined;
  annualAmount: Ore;
  /** A survivor's pension: the member who died (an own membership at the same employer and scheme). */
  deceasedPersonId?: number | null | undefined;
}

async function sameBenefit(db: RegisterDb, membershipId: number, benefit: Benefit, except?: number) {
  let q = db
    .selectFrom('pension')
    .select(['id', 'start_date as startDate', 'end_date as endDate'])
    .where('membership_id', '=', membershipId)
    .where('benefit', '=', benefit);
  if (except !== undefined) q = q.where('id', '!=', except);
  return q.execute();
}

export async function addPension(
  db: RegisterDb,
  principal: Principal,
  membershipId: number,
  input: NewPension,
): Promise<PensionView> {
  const id = await db.transaction().execute((trx) => insertPension(trx, principal, membershipId, input));
  return loadPension(db, id);
}

/**
 * Records a pension inside the caller's transaction (an approved case decision writes its pension
 * together with the decision), with the same checks and audit row as `addPension`. Returns its id.
 */
export async function insertPension(
  trx: RegisterDb,
  principal: Principal,
  membershipId: number,
  input: NewPension,
): Promise<number> {
  const endDate = input.endDate ?? null;
  const errors: FieldError[] = [];
  if (endsBeforeStart(input.startDate, endDate))
    errors.push({ path: 'endDate', message: 'must not be before startDate' });
  if (input.benefit === 'disability' && (input.gradePct === undefined || input.gradePct === null)) {
    errors.push({ path: 'gradePct', message: 'a disability pension needs its grade' });
  }
  if (errors.length > 0) throw invalidInput(errors);
  const scope = employerScope(principal, 'register:write');
  const membership = await lockMembership(trx, membershipId, scope);
  const needs = membershipKindOf(input.benefit);
  if (membership.kind !== needs) {
    throw invalidInput([
      {
        path: 'benefit',
        message:
          needs === 'survivor'
            ? `a ${input.benefit} pension is a survivor's pension: record it on the survivor's membership of kind 'survivor', not on membership ${membershipId} (kind 'own')`
            : `a ${input.benefit} pension is the member's own: record it on a membership of kind 'own', not on the survivor's membership ${membershipId}`,
      },
    ]);
  }
  const deceased = input.deceasedPersonId ?? null;
  if (deceased !== null) await checkDeceased(trx, membership, deceased, input.startDate);
  const clash = firstOverlap(
    { startDate: input.startDate, endDate },
    await sameBenefit(trx, membershipId, input.benefit),
  );
  if (clash) {
    throw invalidInput([
      {
        path: 'startDate',
        message: `overlaps the ${input.benefit} pension ${describePeriod(clash)} of this membership`,
      },
    ]);
  }
  const { id } = await trx
    .insertInto('pension')
    .values({
      membership_id: membershipId,
      benefit: input.benefit,
      start_date: input.startDate,
      end_date: endDate,
      grade_pct: input.gradePct ?? null,
      annual_amount: input.annualAmount,
      deceased_person_id: deceased,
      recorded_by: principal.username,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(trx, principal, {
    action: 'create',
    entity: 'pension',
    entityId: id,
    details: { membershipId, ...input },
  });
  return id;
}

/**
 * The member named as deceased for a survivor's pension: someone else, recorded as dead before the
 * pension starts, with an own membership at the employer and scheme it is paid from. The survivor's
 * membership is in the caller's scope, so that membership is too: the answer reveals nothing else.
 */
async function checkDeceased(
  db: RegisterDb,
  survivor: { id: number; personId: number; kind: MembershipKind },
  deceasedPersonId: number,
  startDate: IsoDate,
) {
  const problem = (message: string) => invalidInput([{ path: 'deceasedPersonId', message }]);
  if (survivor.kind !== 'survivor')
    throw problem("only a survivor's pension (spouse, child) names a deceased member");
  if (deceasedPersonId === survivor.personId) throw problem('must be another person than the survivor');
  const found = await db
    .selectFrom('membership as own')
    .innerJoin('membership as s', (j) =>
      j.onRef('s.employer_id', '=', 'own.employer_id').onRef('s.scheme_code', '=', 'own.scheme_code'),
    )
    .innerJoin('person as p', 'p.id', 'own.person_id')
    .select('p.death_date')
    .where('s.id', '=', survivor.id)
    .where('own.person_id', '=', deceasedPersonId)
    .where('own.kind', '=', 'own')
    .executeTakeFirst();
  if (!found)
    throw problem(`person ${deceasedPersonId} has no own membership in this scheme at this employer`);
  if (found.death_date === null) throw problem(`person ${deceasedPersonId} has no date of death recorded`);
  if (startDate <= found.death_date) {
    throw invalidInput([
      { path: 'startDate', message: `must be after the deceased member's death on ${found.death_date}` },
    ]);
  }
}

/** Ends (or with null re-opens) a pension. */
export async function endPension(
  db: RegisterDb,
  principal: Principal,
  pensionId: number,
  change: { endDate: IsoDate | null; reason: string },
): Promise<PensionView> {
  await db.transaction().execute((trx) => endPensionIn(trx, principal, pensionId, change));
  return loadPension(db, pensionId);
}

/** `endPension` inside the caller's transaction (a decided change or stop case ends the pension it replaces). */
export async function endPensionIn(
  trx: RegisterDb,
  principal: Principal,
  pensionId: number,
  change: { endDate: IsoDate | null; reason: string },
): Promise<void> {
  const scope = employerScope(principal, 'register:write');
  const found = await trx
    .selectFrom('pension')
    .select('membership_id')
    .where('id', '=', pensionId)
    .executeTakeFirst();
  if (!found) throw notFound('pension');
  await lockMembership(trx, found.membership_id, scope, 'pension');
  const current = await trx
    .selectFrom('pension')
    .selectAll()
    .where('id', '=', pensionId)
    .executeTakeFirstOrThrow();
  if (endsBeforeStart(current.start_date, change.endDate)) {
    throw invalidInput([
      { path: 'endDate', message: `must not be before the start date ${current.start_date}` },
    ]);
  }
  const others = await sameBenefit(trx, found.membership_id, current.benefit, pensionId);
  const clash = firstOverlap({ startDate: current.start_date, endDate: change.endDate }, others);
  if (clash) {
    throw invalidInput([{ path: 'endDate', message: `would overlap the pension ${describePeriod(clash)}` }]);
  }
  await trx
    .updateTable('pension')
    .set({ end_date: change.endDate, recorded_by: principal.username })
    .where('id', '=', pensionId)
    .execute();
  await writeAudit(trx, principal, {
    action: change.endDate === null ? 'update' : 'end',
    entity: 'pension',
    entityId: pensionId,
    reason: change.reason,
    details: { from: { endDate: current.end_date }, to: { endDate: change.endDate } },
  });
}

/**
 * Corrects a pension's start, amount and grade inside the caller's transaction: a decision found
 * wrong and decided again replaces what the first one recorded (the history table keeps it).
 */
export async function correctPensionIn(
  trx: RegisterDb,
  principal: Principal,
  pensionId: number,
  change: { startDate: IsoDate; annualAmount: Ore; gradePct: number | null; reason: string },
): Promise<void> {
  const scope = employerScope(principal, 'register:write');
  const found = await trx
    .selectFrom('pension')
    .select('membership_id')
    .where('id', '=', pensionId)
    .executeTakeFirst();
  if (!found) throw notFound('pension');
  await lockMembership(trx, found.membership_id, scope, 'pension');
  const current = await trx
    .selectFrom('pension')
    .selectAll()
    .where('id', '=', pensionId)
    .executeTakeFirstOrThrow();
  if (endsBeforeStart(change.startDate, current.end_date))
    throw invalidInput([
      { path: 'startDate', message: `must not be after the end date ${current.end_date}` },
    ]);
  const others = await sameBenefit(trx, found.membership_id, current.benefit, pensionId);
  const clash = firstOverlap({ startDate: change.startDate, endDate: current.end_date }, others);
  if (clash)
    throw invalidInput([
      { path: 'startDate', message: `would overlap the pension ${describePeriod(clash)}` },
    ]);
  await trx
    .updateTable('pension')
    .set({
      start_date: change.startDate,
      annual_amount: change.annualAmount,
      grade_pct: change.gradePct,
      recorded_by: principal.username,
    })
    .where('id', '=', pensionId)
    .execute();
  await writeAudit(trx, principal, {
    action: 'correct',
    entity: 'pension',
    entityId: pensionId,
    reason: change.reason,
    details: {
      from: {
        startDate: current.start_date,
        annualAmount: current.annual_amount,
        gradePct: current.grade_pct,
      },
      to: { startDate: change.startDate, annualAmount: change.annualAmount, gradePct: change.gradePct },
    },
  });
}
