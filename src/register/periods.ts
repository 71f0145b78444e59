/** Periods with inclusive ends; an open end (null) lasts for ever. Pure. */
import { dateParts, daysInMonth, type IsoDate, isoDate } from '../domain/dates';
import type { Period } from './status';

export function overlaps(a: Period, b: Period): boolean {
  const aEndsBeforeB = a.endDate !== null && a.endDate < b.startDate;
  const bEndsBeforeA = b.endDate !== null && b.endDate < a.startDate;
  return !aEndsBeforeB && !bEndsBeforeA;
}

export function describePeriod(p: Period): string {
  return `${p.startDate}–${p.endDate ?? '(open)'}`;
}

/** The first of `existing` that overlaps `candidate`, if any. */
export function firstOverlap<T extends Period>(candidate: Period, existing: readonly T[]): T | undefined {
  return existing.find((p) => overlaps(candidate, p));
}

export function endsBeforeStart(startDate: IsoDate, endDate: IsoDate | null): boolean {
  return endDate !== null && endDate < startDate;
}

/** The calendar day before `date`: where a period ends when the next one starts on `date`. */
export function dayBefore(date: IsoDate): IsoDate {
  const { year, month, day } = dateParts(date);
  if (day > 1) return isoDate(year, month, day - 1);
  if (month > 1) return isoDate(year, month - 1, daysInMonth(year, month - 1));
  return isoDate(year - 1, 12, 31);
}
