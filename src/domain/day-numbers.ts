/**
 * Calendar dates as day numbers (days since 1970-01-01, proleptic Gregorian), for code that
 * counts days in bulk: exact integer conversions (Howard Hinnant's algorithms), no `Date`.
 */
import type { IsoDate } from './dates';

/** The day number of year-month-day (days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The year, month and day of a day number (civil_from_days). */
export function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The day number of an ISO `YYYY-MM-DD` date (not checked: give it a valid one). */
export function dayNumberOfIso(date: string): number {
  const year =
    date.charCodeAt(0) * 1000 + date.charCodeAt(1) * 100 + date.charCodeAt(2) * 10 + date.charCodeAt(3);
  const month = date.charCodeAt(5) * 10 + date.charCodeAt(6);
  const day = date.charCodeAt(8) * 10 + date.charCodeAt(9);
  // Each sum counted '0' (48) once per digit weight: 48 × 1111, 48 × 11.
  return daysFromCivil(year - 48 * 1111, month - 48 * 11, day - 48 * 11);
}

/** The ISO `YYYY-MM-DD` date of a day number (years 0–9999). */
export function isoOfDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}
