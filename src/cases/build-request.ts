/**
 * The rules engine's request for a case, built from the prepared service history (or the
 * register's, before preparing) and the case: pure, so what was asked is exactly what is stored.
 * Money goes from øre to kroner here (the engine's unit, contracts/calc.md).
 */
import type { IsoDate } from '../domain/dates';
import { formatKroner, type Ore } from '../domain/money';
import type { CalcRequestInput } from '../rules';
import { addDays } from './settings';

export interface ServicePeriod {
  kind: 'employment' | 'transfer';
  from: IsoDate;
  to: IsoDate | null;
  positionPct: number | null;
  annualSalary: Ore | null;
  serviceYears: number | null;
}

export interface RequestFacts {
  benefit: CalcRequestInput['benefit'];
  date: IsoDate;
  birthDate: IsoDate;
  ageLimit: number;
  periods: readonly ServicePeriod[];
  gradePct?: number | null;
  /** spouse, child: the member who died and their service. */
  deceased?: {
    birthDate: IsoDate;
    deathDate: IsoDate;
    ageLimit: number;
    periods: readonly ServicePeriod[];
  } | null;
}

const kroner = (amount: Ore | null): number => (amount === null ? 0 : Number(formatKroner(amount)));

/** Service before the date the benefit starts: open periods end the day before, later ones are left out. */
function employments(periods: readonly ServicePeriod[], date: IsoDate) {
  const last = addDays(date, -1);
  return periods
    .filter((p) => p.kind === 'employment' && p.from <= last)
    .map((p) => ({
      from: p.from,
      to: p.to === null || p.to > last ? last : p.to,
      positionPct: p.positionPct ?? 0,
      annualSalary: kroner(p.annualSalary),
    }))
    .filter((e) => e.positionPct > 0)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** Transfer-agreement service from other public schemes, in years as they report it. */
const otherYears = (periods: readonly ServicePeriod[]) =>
  Math.round(
    periods.filter((p) => p.kind === 'transfer').reduce((s, p) => s + (p.serviceYears ?? 0), 0) * 100,
  ) / 100;

export function buildRequest(f: RequestFacts): CalcRequestInput {
  const request: CalcRequestInput = {
    benefit: f.benefit,
    date: f.date,
    person: { birthDate: f.birthDate, ageLimit: f.ageLimit },
    employments: employments(f.periods, f.date),
    otherServiceYears: otherYears(f.periods),
    trace: true,
  };
  if (f.benefit === 'disability') request.disabilityGrade = f.gradePct ?? 100;
  if (f.deceased) {
    request.deceased = {
      birthDate: f.deceased.birthDate,
      deathDate: f.deceased.deathDate,
      ageLimit: f.deceased.ageLimit,
      employments: employments(f.deceased.periods, addDays(f.deceased.deathDate, 1)),
      otherServiceYears: otherYears(f.deceased.periods),
    };
    if (f.benefit === 'child') request.child = { birthDate: f.birthDate };
  }
  return request;
}

/** A G the fund recorded (payments' `g_value`), approved or not yet. */
export interface RecordedGRow {
  from_date: string;
  g: number;
  approved_by: string | null;
}

/**
 * The request with the fund's approved recorded G values as its `gTable` (issue #18): a new G
 * approved before the engine's built-in table has it counts from its date. Unapproved rows
 * (four eyes pending) do not; with none approved the request is unchanged.
 */
export function withRecordedG(
  request: CalcRequestInput,
  recorded: readonly RecordedGRow[],
): CalcRequestInput {
  const gTable = recorded
    .filter((r) => r.approved_by !== null)
    .map((r) => ({ from: r.from_date, g: Number(r.g) }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return gTable.length > 0 ? { ...request, gTable } : request;
}
