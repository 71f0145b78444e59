/**
 * Preparing (klargjøring): the service history the calculation will use, taken from the register
 * with each period's provenance (who recorded it there, when), completed by hand with periods the
 * register lacks (from the employer's confirmation, the member's documents) and transfer-agreement
 * service from other public schemes (as that scheme reports it). Fetching again replaces the
 * register's periods and keeps those added by hand.
 */
import type { IsoDate } from '../domain/dates';
import type { Ore } from '../domain/money';
import type { Principal } from '../platform/auth/roles';
import { invalidInput } from '../platform/errors';
import { todayInOslo } from '../register/today';
import { loadMemberships } from '../register/views';
import type { ServicePeriod } from './build-request';
import { type Instant, isoInstant } from './json-rows';
import { type CaseRow, findCase, recordStep, requireStatus, requireWorker } from './steps';
import { asRegister, type CasesDb } from './tables';

export interface ManualPeriod {
  kind: 'employment' | 'transfer';
  /** Where the period comes from: the document, employer or scheme. */
  source: string;
  from: IsoDate;
  to?: IsoDate | null | undefined;
  positionPct?: number | null | undefined;
  annualSalary?: Ore | null | undefined;
  serviceYears?: number | null | undefined;
  note?: string | null | undefined;
}

export interface ServicePeriodView extends ServicePeriod {
  id: number;
  source: string;
  employmentId: number | null;
  note: string | null;
  /** Provenance: who recorded the period in the register (source 'register'), who added it here. */
  recordedInRegisterBy: string | null;
  addedBy: string;
  addedAt: string;
}

/** The register's periods of a membership, as the case records them. */
async function registerPeriods(db: CasesDb, membershipId: number) {
  const [m] = await loadMemberships(asRegister(db), { membershipId }, 'all', null, todayInOslo());
  return m?.employments ?? [];
}

function checkManual(periods: readonly ManualPeriod[]) {
  const errors = [];
  for (const [i, p] of periods.entries()) {
    if (p.to && p.to < p.from) errors.push({ path: `periods[${i}].to`, message: 'is before from' });
    if (p.kind === 'employment' && (p.positionPct == null || p.annualSalary == null))
      errors.push({
        path: `periods[${i}]`,
        message: 'an employment period needs positionPct and annualSalary',
      });
    if (p.kind === 'transfer' && p.serviceYears == null)
      errors.push({
        path: `periods[${i}].serviceYears`,
        message: 'a transfer period needs the service time the other scheme reports',
      });
  }
  if (errors.length > 0) throw invalidInput(errors);
}

/** Takes the register's periods into the case (replacing an earlier fetch) inside the caller's transaction. */
export async function snapshotRegister(
  trx: CasesDb,
  actor: string,
  row: CaseRow,
  now: Date,
): Promise<number> {
  await trx
    .updateTable('case_service_period')
    .set({ superseded_at: now })
    .where('case_id', '=', row.id)
    .where('source', '=', 'register')
    .where('superseded_at', 'is', null)
    .execute();
  const periods = await registerPeriods(trx, row.membership_id);
  if (periods.length > 0) {
    await trx
      .insertInto('case_service_period')
      .values(
        periods.map((e) => ({
          case_id: row.id,
          kind: 'employment' as const,
          source: 'register',
          employment_id: e.id,
          from_date: e.startDate,
          to_date: e.endDate,
          position_pct: e.positionPct,
          annual_salary: e.annualSalary,
          service_years: null,
          note: null,
          recorded_by_source: `${e.recordedBy} ${e.recordedAt}`,
          added_by: actor,
          superseded_at: null,
        })),
      )
      .execute();
  }
  return periods.length;
}

export async function prepareServiceHistory(
  db: CasesDb,
  principal: Principal,
  id: number,
  input: { periods?: readonly ManualPeriod[] | undefined },
  now = new Date(),
): Promise<ServicePeriodView[]> {
  const manual = input.periods ?? [];
  checkManual(manual);
  await db.transaction().execute(async (trx) => {
    const row = await findCase(trx, principal, id, 'case:handle', true);
    requireStatus(row, ['preparing'], 'prepare the service history of');
    const set = requireWorker(row, principal);
    const fetched = await snapshotRegister(trx, principal.username, row, now);
    if (manual.length > 0) {
      await trx
        .insertInto('case_service_period')
        .values(
          manual.map((p) => ({
            case_id: id,
            kind: p.kind,
            source: p.source,
            employment_id: null,
            from_date: p.from,
            to_date: p.to ?? null,
            position_pct: p.positionPct ?? null,
            annual_salary: p.annualSalary ?? null,
            service_years: p.serviceYears ?? null,
            note: p.note ?? null,
            recorded_by_source: null,
            added_by: principal.username,
            superseded_at: null,
          })),
        )
        .execute();
    }
    await trx.updateTable('pension_case').set(set).where('id', '=', id).execute();
    await recordStep(trx, principal, row, {
      at: now,
      action: 'service_history',
      details: { fromRegister: fetched, addedByHand: manual.length },
    });
  });
  return servicePeriods(db, id);
}

export interface ServicePeriodRow {
  id: number;
  kind: 'employment' | 'transfer';
  from_date: string;
  to_date: string | null;
  position_pct: number | null;
  annual_salary: number | null;
  service_years: number | null;
  source: string;
  employment_id: number | null;
  note: string | null;
  recorded_by_source: string | null;
  added_by: string;
  added_at: Instant;
}

export const servicePeriodView = (r: ServicePeriodRow): ServicePeriodView => ({
  id: r.id,
  kind: r.kind,
  from: r.from_date as IsoDate,
  to: r.to_date as IsoDate | null,
  positionPct: r.position_pct,
  annualSalary: r.annual_salary as Ore | null,
  serviceYears: r.service_years,
  source: r.source,
  employmentId: r.employment_id,
  note: r.note,
  recordedInRegisterBy: r.recorded_by_source,
  addedBy: r.added_by,
  addedAt: isoInstant(r.added_at),
});

export async function servicePeriods(db: CasesDb, caseId: number): Promise<ServicePeriodView[]> {
  const rows = await db
    .selectFrom('case_service_period')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('superseded_at', 'is', null)
    .orderBy('kind')
    .orderBy('from_date')
    .orderBy('id')
    .execute();
  return rows.map(servicePeriodView);
}

/** The periods a calculation uses: the prepared history, or the register's while none is prepared. */
export async function periodsFor(db: CasesDb, row: CaseRow): Promise<ServicePeriod[]> {
  const prepared = await servicePeriods(db, row.id);
  if (prepared.length > 0) return prepared;
  return (await registerPeriods(db, row.membership_id)).map((e) => ({
    kind: 'employment',
    from: e.startDate,
    to: e.endDate,
    positionPct: e.positionPct,
    annualSalary: e.annualSalary,
    serviceYears: null,
  }));
}
