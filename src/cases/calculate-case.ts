/**
 * Calculating: the rules engine on the case's prepared data for its benefit and date. The full
 * request, the answer and its trace are stored as a new version; the caller may add or override
 * inputs (e.g. a samordning amount, another date). Each version can be compared with the one before.
 */

import type { Kysely } from 'kysely';
import { listGValues } from '../payments/record-g';
import type { Principal } from '../platform/auth/roles';
import { invalidInput } from '../platform/errors';
import type { PlatformTables } from '../platform/tables';
import { type CalcResponse, calculateChecked, parseCalcRequest } from '../rules';
import { withRecordedG } from './build-request';
import { type Change, diffCalculations } from './diff';
import { caseFacts } from './facts';
import { type Instant, isoInstant } from './json-rows';
import { conflict, findCase, recordStep, requireStatus, requireWorker } from './steps';
import type { CasesDb } from './tables';

export interface CalculationView {
  version: number;
  calculatedBy: string;
  calculatedAt: string;
  request: Record<string, unknown>;
  result: CalcResponse;
  /** What changed since the version before (empty for the first). */
  changes: Change[];
}

export async function calculateCase(
  db: CasesDb,
  principal: Principal,
  id: number,
  input: { request?: Record<string, unknown> | undefined },
): Promise<{ version: number; result: CalcResponse }> {
  return db.transaction().execute(async (trx) => {
    const row = await findCase(trx, principal, id, 'case:handle', true);
    requireStatus(row, ['calculating'], 'calculate');
    const set = requireWorker(row, principal);
    const facts = await caseFacts(trx, row);
    if (!facts.request) throw conflict(`a ${row.type} case has nothing to calculate`);
    // A G the fund recorded and approved counts from its date (payments' g_value, issue #18).
    const prepared = withRecordedG(
      facts.request,
      await listGValues(trx as unknown as Kysely<PlatformTables>),
    );
    const request = { ...prepared, ...(input.request ?? {}), trace: true };
    const parsed = parseCalcRequest(request);
    if (!parsed.ok) throw invalidInput(parsed.errors.map((e) => ({ ...e, path: `request.${e.path}` })));
    const answer = calculateChecked(parsed.request);
    if ('errors' in answer)
      throw invalidInput(answer.errors.map((e) => ({ ...e, path: `request.${e.path}` })));
    const last = await trx
      .selectFrom('case_calculation')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('case_id', '=', id)
      .executeTakeFirst();
    const version = (last?.v ?? 0) + 1;
    await trx
      .insertInto('case_calculation')
      .values({
        case_id: id,
        version,
        request: JSON.stringify(parsed.request),
        result: JSON.stringify(answer),
        calculated_by: principal.username,
      })
      .execute();
    await trx.updateTable('pension_case').set(set).where('id', '=', id).execute();
    await recordStep(trx, principal, row, {
      action: 'calculate',
      details: {
        version,
        eligible: answer.eligible,
        annualAmount: answer.annualAmount,
        monthlyAmount: answer.monthlyAmount,
      },
    });
    return { version, result: answer };
  });
}

export interface CalculationRow {
  version: number;
  request: unknown;
  result: unknown;
  calculated_by: string;
  calculated_at: Instant;
}

/** The versions in order, each with what changed since the one before. */
export function calculationViews(rows: readonly CalculationRow[]): CalculationView[] {
  return rows.map((r, i) => {
    const prev = i > 0 ? rows[i - 1] : undefined;
    return {
      version: r.version,
      calculatedBy: r.calculated_by,
      calculatedAt: isoInstant(r.calculated_at),
      request: r.request as Record<string, unknown>,
      result: r.result as CalcResponse,
      changes: prev ? diffCalculations(prev, r) : [],
    };
  });
}

export async function calculationsOf(db: CasesDb, caseId: number): Promise<CalculationView[]> {
  const rows = await db
    .selectFrom('case_calculation')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('version')
    .execute();
  return calculationViews(rows);
}

export async function latestCalculation(db: CasesDb, caseId: number) {
  return db
    .selectFrom('case_calculation')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}
