/**
 * Durations counted as the funds count them: calendar years, months and days, never days / 365.25
 * (engineering.md; oftp-rules §2.1 "20 y 4 m → 20; 20 y 6 m → 21" [S13]).
 *
 * One period from its first day to the day before `end` is whole calendar months (the same day of
 * the month, or the month's last day when it has no such day) plus the days left over:
 * 2020-10-01 up to 2023-10-01 is 36 months and 0 days, exactly 3 years.
 *
 * Several periods (chosen and documented in docs/rules.md): their years, months and days are
 * added up, then 30 days make a month and 12 months a year. SPK states full service as
 * "360 måneder" (its levealdersjustering example); a month of service is the unit, days are the
 * rest. As an integer, a duration is `units`: a day is 10, a month 300, a year 3 600, so a
 * hundredth of a year (other service, given in years) is 36 and every sum stays exact.
 */
import { daysInMonth } from '../domain/dates';

export const UNITS_PER_DAY = 10;
export const UNITS_PER_MONTH = 300;
export const UNITS_PER_YEAR = 3600;
/** Other service (overføringsavtalen) is given in years with two decimals. */
export const UNITS_PER_HUNDREDTH_YEAR = 36;

function yearOf(iso: string): number {
  return (
    iso.charCodeAt(0) * 1000 + iso.charCodeAt(1) * 100 + iso.charCodeAt(2) * 10 + iso.charCodeAt(3) - 53328
  );
}
function monthOf(iso: string): number {
  return iso.charCodeAt(5) * 10 + iso.charCodeAt(6) - 528;
}
function dayOf(iso: string): number {
  return iso.charCodeAt(8) * 10 + iso.charCodeAt(9) - 528;
}

/**
 * Whole months and days from (sy, sm, sd) up to, not including, (ey, em, ed), in units. The end
 * must not be before the start.
 */
export function spanUnitsOf(sy: number, sm: number, sd: number, ey: number, em: number, ed: number): number {
  let months = (ey - sy) * 12 + (em - sm);
  let days: number;
  if (ed >= sd) days = ed - sd;
  else {
    // The last whole month ends in the month before the end month, on the start's day or the
    // last day of that month; the days left run from there to the end.
    months--;
    const py = em === 1 ? ey - 1 : ey;
    const pm = em === 1 ? 12 : em - 1;
    const dim = daysInMonth(py, pm);
    days = dim - (sd < dim ? sd : dim) + ed;
  }
  return months * UNITS_PER_MONTH + days * UNITS_PER_DAY;
}

/** From `from` up to, not including, `end` (ISO dates). Zero when `end` is not after `from`. */
export function spanUnits(from: string, end: string): number {
  if (end <= from) return 0;
  return spanUnitsOf(yearOf(from), monthOf(from), dayOf(from), yearOf(end), monthOf(end), dayOf(end));
}

/**
 * A period `from`–`to` (both days included) cut at `end` (the first day that does not count):
 * the calendar length of what is left, in units.
 */
export function periodUnits(from: string, to: string, end: string): number {
  if (to >= end) return spanUnits(from, end);
  if (to < from) return 0;
  // The day after `to`, without a day-number round trip.
  let y = yearOf(to);
  let m = monthOf(to);
  let d = dayOf(to) + 1;
  if (d > daysInMonth(y, m)) {
    d = 1;
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return spanUnitsOf(yearOf(from), monthOf(from), dayOf(from), y, m, d);
}

export interface YearsMonthsDays {
  years: number;
  months: number;
  days: number;
}

/** A sum of units as normalised years, months and days (30 days a month, 12 months a year). */
export function yearsMonthsDays(units: number): YearsMonthsDays {
  const days = Math.floor(units / UNITS_PER_DAY);
  const months = Math.floor(days / 30);
  return { years: Math.floor(months / 12), months: months % 12, days: days % 30 };
}

/**
 * Whole years as counted for the pension: the whole months, then a year for every 12 and one
 * more when `roundUpFromMonths` are left (6: half a year rounds up, OPF [S13]). Days left over
 * after the whole months do not count towards the rounding ("20 y 4 m → 20; 20 y 6 m → 21").
 */
export function countedYears(units: number, roundUpFromMonths: number): number {
  const months = Math.floor(units / UNITS_PER_MONTH);
  return Math.floor((months + 12 - roundUpFromMonths) / 12);
}

/** "29 y 5 m 12 d" for an English trace text. */
export function ymdText(units: number): string {
  const { years, months, days } = yearsMonthsDays(units);
  return `${years} y ${months} m ${days} d`;
}

/** `{<prefix>Years, <prefix>Months, <prefix>Days}` for trace inputs. */
export function ymdInputs(prefix: string, units: number): Record<string, number> {
  const { years, months, days } = yearsMonthsDays(units);
  return { [`${prefix}Years`]: years, [`${prefix}Months`]: months, [`${prefix}Days`]: days };
}
