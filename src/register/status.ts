/**
 * Status of one membership on a date, exactly as `contracts/migration-import.md` ("Status on a
 * date") defines it. Pure: the caller supplies the membership's employment periods, its pensions
 * and the person's death date.
 *
 * Death: a person whose death date is on or before D (`death_date <= D`) is not alive on D and
 * the membership is not counted on D at all (status null) — a dead person neither works nor
 * receives a pension in their own name, and a former member must be alive.
 */
import type { IsoDate } from '../domain/dates';

export type MemberStatus = 'active' | 'pensioner' | 'former';

export interface Period {
  startDate: IsoDate;
  /** Last day of the period; null while it lasts. */
  endDate: IsoDate | null;
}

export interface MembershipFacts {
  employments: readonly Period[];
  /** Pensions paid from this membership to its person (own or survivor's). */
  pensions: readonly Period[];
  deathDate: IsoDate | null;
}

/** True when the period runs on `date` (both ends inclusive). ISO strings compare as dates. */
export function runsOn(period: Period, date: IsoDate): boolean {
  return period.startDate <= date && (period.endDate === null || period.endDate >= date);
}

export function isAliveOn(deathDate: IsoDate | null, date: IsoDate): boolean {
  return deathDate === null || deathDate > date;
}

/**
 * 'pensioner' wins over 'active' (a 50 % disabled member still working 50 % is a pensioner);
 * 'former' needs employment periods that all ended before the date. A survivor's membership
 * has no employment, so it is a pensioner while its pension runs and otherwise not counted.
 */
export function statusOn(facts: MembershipFacts, date: IsoDate): MemberStatus | null {
  if (!isAliveOn(facts.deathDate, date)) return null;
  if (facts.pensions.some((p) => runsOn(p, date))) return 'pensioner';
  if (facts.employments.some((e) => runsOn(e, date))) return 'active';
  const endedBefore = (e: Period) => e.endDate !== null && e.endDate < date;
  if (facts.employments.length > 0 && facts.employments.every(endedBefore)) return 'former';
  return null;
}
