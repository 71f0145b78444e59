/**
 * Calendar dates as day numbers, for counting service days fast. Inputs are ISO strings already
 * checked by the request schema; a day number is days since 1970-01-01 (proleptic Gregorian).
 */
import type { IsoDate } from '../domain/dates';
import { civilFromDays, daysFromCivil } from '../domain/day-numbers';

export { daysFromCivil };

// Day numbers of 1 January for the years most dates fall in, and of the first of each month in a
// common year: a table look-up instead of five divisions for every date of every request.
const TABLE_FROM = 1800;
const TABLE_TO = 2299;
const YEAR_START = new Int32Array(TABLE_TO - TABLE_FROM + 1);
const LEAP = new Uint8Array(TABLE_TO - TABLE_FROM + 1);
for (let y = TABLE_FROM; y <= TABLE_TO; y++) {
  YEAR_START[y - TABLE_FROM] = daysFromCivil(y, 1, 1);
  LEAP[y - TABLE_FROM] = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 1 : 0;
}
const MONTH_START = Int32Array.of(0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334);

/** Day number of an ISO date string, read digit by digit (no allocation). */
export function dayNumber(iso: string): number {
  // No inner helper function: under tsx every closure creation costs a defineProperty call.
  const y =
    iso.charCodeAt(0) * 1000 + iso.charCodeAt(1) * 100 + iso.charCodeAt(2) * 10 + iso.charCodeAt(3) - 53328;
  const m = iso.charCodeAt(5) * 10 + iso.charCodeAt(6) - 528;
  const d = iso.charCodeAt(8) * 10 + iso.charCodeAt(9) - 528;
  const t = y - TABLE_FROM;
  if (t >= 0 && y <= TABLE_TO && m >= 1 && m <= 12)
    return (
      (YEAR_START[t] as number) + (MONTH_START[m - 1] as number) + (m > 2 ? (LEAP[t] as number) : 0) + d - 1
    );
  return daysFromCivil(y, m, d);
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): IsoDate {
  const { year: y, month: m, day: d } = civilFromDays(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate;
}

/** Year of an ISO date. */
export function yearOf(iso: string): number {
  return (
    (iso.charCodeAt(0) - 48) * 1000 +
    (iso.charCodeAt(1) - 48) * 100 +
    (iso.charCodeAt(2) - 48) * 10 +
    (iso.charCodeAt(3) - 48)
  );
}

/** Whole years of age on `on`; the birthday itself counts as the new age. String compare of MM-DD. */
export function ageAt(birthDate: string, on: string): number {
  const years = yearOf(on) - yearOf(birthDate);
  return monthDay(on) >= monthDay(birthDate) ? years : years - 1;
}

/** MMDD of an ISO date as a number (0101..1231), read by character. */
function monthDay(iso: string): number {
  return (
    (iso.charCodeAt(5) - 48) * 1000 +
    (iso.charCodeAt(6) - 48) * 100 +
    (iso.charCodeAt(8) - 48) * 10 +
    (iso.charCodeAt(9) - 48)
  );
}

/**
 * The day a person reaches `age`. One rule for the whole engine, the same as `ageAt` and
 * `ageOn` (domain/dates.ts) count: a person born 29 February reaches a new age on 1 March in
 * common years (the Norwegian convention), so `ageAt(b, birthdayAt(b, n)) === n` and the day
 * before is still n − 1.
 */
export function birthdayAt(birthDate: string, age: number): string {
  const y = yearOf(birthDate) + age;
  let md = birthDate.slice(5);
  if (md === '02-29' && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)) md = '03-01';
  return `${String(y).padStart(4, '0')}-${md}`;
}
