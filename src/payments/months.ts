/** Payment months ('YYYY-MM') and pay dates: calendar arithmetic only, no clock. */
import { type IsoDate, parseIsoDate } from '../domain/dates';

export type Month = string & { readonly __month: true };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parseMonth(text: string): Month | undefined {
  const m = MONTH.exec(text);
  return m && Number(m[1]) >= 1000 ? (text as Month) : undefined;
}

/** The first day of the month, as the database keys a month. */
export const firstDay = (m: Month): IsoDate => `${m}-01` as IsoDate;

export const monthOf = (date: string): Month => date.slice(0, 7) as Month;

export function addMonths(m: Month, n: number): Month {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  const i = y * 12 + (mo - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}` as Month;
}

/**
 * The default pay date: the 20th of the month, moved back to the Friday before when it falls on a
 * weekend (public holidays are not known here: give --pay-date for those months).
 */
export function defaultPayDate(m: Month): IsoDate {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  const dow = new Date(Date.UTC(y, mo - 1, 20)).getUTCDay();
  const day = dow === 6 ? 19 : dow === 0 ? 18 : 20;
  return `${m}-${String(day).padStart(2, '0')}` as IsoDate;
}

export function isDate(text: string): text is IsoDate {
  return parseIsoDate(text) !== undefined;
}
