/** Today's calendar date where the fund works (Norway), as an ISO date string. */
import type { IsoDate } from '../domain/dates';

export function todayInOslo(now: Date = new Date()): IsoDate {
  // The Swedish locale formats as YYYY-MM-DD.
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' }) as IsoDate;
}
