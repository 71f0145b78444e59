/** Today's calendar date where the fund works (Norway), as an ISO date string. */
import type { IsoDate } from '../domain/dates';

// The Swedish locale formats as YYYY-MM-DD. One formatter, made once: `toLocaleDateString` with a
// time zone builds a new one per call (about a millisecond; a case list called it per row).
const OSLO_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });

/** The calendar date in Oslo of an instant (now by default). */
export function todayInOslo(now: Date = new Date()): IsoDate {
  return OSLO_DAY.format(now) as IsoDate;
}
