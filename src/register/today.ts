/** Today's calendar date where the fund works (Norway), as an ISO date string. */
import type { IsoDate } from '../domain/dates';

// Built once: toLocaleDateString with options builds a new formatter (time-zone data) on every call.
// The Swedish locale formats as YYYY-MM-DD.
const OSLO_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });

export function todayInOslo(now: Date = new Date()): IsoDate {
  return OSLO_DATE.format(now) as IsoDate;
}
