/**
 * Calendar arithmetic on day numbers (days since 1970-01-01) for bulk generation: exact integer
 * civil-calendar conversions (Howard Hinnant's algorithms), no `Date`, with ISO strings cached.
 */
import type { IsoDate } from '../../domain/dates';
import { civilFromDays, daysFromCivil } from '../../domain/day-numbers';

export type Day = number;

export function dayOf(year: number, month: number, day: number): Day {
  return daysFromCivil(year, month, day);
}

export function civil(dayNumber: Day): { year: number; month: number; day: number } {
  return civilFromDays(dayNumber);
}

export function dayOfIso(text: string): Day {
  return dayOf(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}

// An array, not a Map: formatting dates is the hottest path of a million-member run.
const CACHE_OFFSET = 100_000; // days before 1970 covered by the cache (back to 1696)
const isoCache: Array<IsoDate | undefined> = [];

export function iso(dayNumber: Day): IsoDate {
  const index = dayNumber + CACHE_OFFSET;
  const cached = index >= 0 && index < 2 * CACHE_OFFSET ? isoCache[index] : undefined;
  if (cached !== undefined) return cached;
  const { year, month, day } = civil(dayNumber);
  const s = `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as IsoDate;
  if (index >= 0 && index < 2 * CACHE_OFFSET) isoCache[index] = s;
  return s;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The day a person born on `birth` reaches `years` of age, as `ageOn` counts it: a 29 February
 * birthday is reached on 1 March in common years.
 */
export function birthday(birth: Day, years: number): Day {
  const { year, month, day } = civil(birth);
  const y = year + years;
  if (month === 2 && day === 29 && !isLeap(y)) return dayOf(y, 3, 1);
  return dayOf(y, month, day);
}

/** Whole years of age on `on`. */
export function ageAt(birth: Day, on: Day): number {
  const b = civil(birth);
  const d = civil(on);
  const had = d.month > b.month || (d.month === b.month && d.day >= b.day);
  return d.year - b.year - (had ? 0 : 1);
}

/** The first day of the month after `d`: when a pension starts after an event. */
export function firstOfNextMonth(d: Day): Day {
  const { year, month } = civil(d);
  return month === 12 ? dayOf(year + 1, 1, 1) : dayOf(year, month + 1, 1);
}

/** The last day of the month `d` falls in. */
export function endOfMonth(d: Day): Day {
  return firstOfNextMonth(d) - 1;
}
