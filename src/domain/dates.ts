/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. Birth dates and periods are never `Date` objects:
 * ages and periods must be exact, with no time zone in sight.
 */
declare const isoDateBrand: unique symbol;
export type IsoDate = string & { readonly [isoDateBrand]: true };

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for `YYYY-MM-DD` naming a day that exists (no 2023-02-29); read by character, as it runs for
 * every date of every request and every imported row. */
export function isIsoDate(s: string): s is IsoDate {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    y = y * 10 + c;
  }
  const m1 = s.charCodeAt(5) - 48;
  const m2 = s.charCodeAt(6) - 48;
  const d1 = s.charCodeAt(8) - 48;
  const d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  return isRealDate(y, m1 * 10 + m2, d1 * 10 + d2);
}

/** Parses `YYYY-MM-DD` and checks that the day exists. */
export function parseIsoDate(text: string): IsoDate | undefined {
  return isIsoDate(text) ? text : undefined;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  if (!isRealDate(year, month, day)) throw new RangeError(`no such date: ${year}-${month}-${day}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Whole years of age on `on` (the birthday itself counts as the new age). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const b = dateParts(birthDate);
  const d = dateParts(on);
  const hadBirthday = d.month > b.month || (d.month === b.month && d.day >= b.day);
  return d.year - b.year - (hadBirthday ? 0 : 1);
}

/** The same calendar day `years` later; 29 February falls back to 28 February. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const y = year + years;
  return isoDate(y, month, Math.min(day, daysInMonth(y, month)));
}

/** Same date one year earlier: the previous reporting date. */
export function oneYearBefore(date: IsoDate): IsoDate {
  return addYears(date, -1);
}
