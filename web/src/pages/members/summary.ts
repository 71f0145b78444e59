/**
 * The member page's summary, computed from the person as the API gives it: age, each
 * membership's state today in words the user knows, service time by the calendar, the current
 * position and salary, and the pensions in payment. Pure, so it is tested without a browser.
 */
import { ageOn, dateParts, daysInMonth, type IsoDate } from '../../../../src/domain/dates';
import type { Employment, Membership, Pension, Person } from '../../api/types';

/**
 * A membership's state today. The server's status follows the key-figures contract, where a
 * dead person's membership and an ended survivor's membership are not counted (null); the page
 * says what they are instead of "unknown".
 */
export type MembershipState =
  | 'active'
  | 'pensioner'
  | 'former'
  | 'deceased' // the member has died
  | 'survivorEnded' // a survivor's membership whose pension has ended
  | 'survivorFuture' // a survivor's pension that starts later
  | 'startsLater' // the first employment starts after today
  | 'empty'; // nothing registered yet

const runs = (p: { startDate: string; endDate: string | null }, on: string) =>
  p.startDate <= on && (p.endDate === null || p.endDate >= on);

export function membershipState(m: Membership, deathDate: string | null, today: IsoDate): MembershipState {
  if (m.status) return m.status;
  if (deathDate !== null && deathDate <= today) return 'deceased';
  if (m.kind === 'survivor')
    return m.pensions.some((p) => p.startDate > today) ? 'survivorFuture' : 'survivorEnded';
  if (m.employments.some((e) => e.startDate > today) || m.pensions.some((p) => p.startDate > today))
    return 'startsLater';
  return 'empty';
}

export interface Duration {
  years: number;
  months: number;
  days: number;
}

/** The day after an ISO date. */
function nextDay(date: string): { year: number; month: number; day: number } {
  const { year, month, day } = dateParts(date as IsoDate);
  if (day < daysInMonth(year, month)) return { year, month, day: day + 1 };
  return month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
}

/** Calendar years, months and days from `from` (inclusive) to `to` (inclusive). */
export function calendarSpan(from: string, to: string): Duration {
  const a = dateParts(from as IsoDate);
  const b = nextDay(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  let days = b.day - a.day;
  if (days < 0) {
    months -= 1;
    // days left in the month before b's month, counted from a's day
    const pm = b.month === 1 ? 12 : b.month - 1;
    const py = b.month === 1 ? b.year - 1 : b.year;
    days += daysInMonth(py, pm);
  }
  if (months < 0) return { years: 0, months: 0, days: 0 };
  return { years: Math.floor(months / 12), months: months % 12, days };
}

/**
 * Service time up to today: each own employment period's calendar span, summed. Leftover days
 * of several periods are added as days and carried into a month only at 30 days, the way the
 * fund's letters state service time (år, måneder, dager); the pension itself is computed by the
 * rules engine, not from this figure.
 */
export function serviceTime(memberships: Membership[], today: IsoDate): Duration {
  let months = 0;
  let days = 0;
  for (const m of memberships) {
    if (m.kind !== 'own') continue;
    for (const e of m.employments) {
      if (e.startDate > today) continue;
      const end = e.endDate !== null && e.endDate < today ? e.endDate : today;
      const span = calendarSpan(e.startDate, end);
      months += span.years * 12 + span.months;
      days += span.days;
    }
  }
  months += Math.floor(days / 30);
  days %= 30;
  return { years: Math.floor(months / 12), months: months % 12, days };
}

export interface CurrentPosition {
  membership: Membership;
  employment: Employment;
}

export function currentPositions(memberships: Membership[], today: IsoDate): CurrentPosition[] {
  return memberships.flatMap((m) =>
    m.employments.filter((e) => runs(e, today)).map((employment) => ({ membership: m, employment })),
  );
}

export function pensionsInPayment(
  memberships: Membership[],
  today: IsoDate,
): (Pension & { membership: Membership })[] {
  return memberships.flatMap((m) =>
    m.pensions.filter((p) => runs(p, today)).map((p) => ({ ...p, membership: m })),
  );
}

export interface Summary {
  age: number | null;
  ageAtDeath: number | null;
  states: { membership: Membership; state: MembershipState }[];
  service: Duration;
  positions: CurrentPosition[];
  pensions: (Pension & { membership: Membership })[];
}

export function summarise(person: Person, today: IsoDate): Summary {
  const dead = person.deathDate !== null && person.deathDate <= today;
  return {
    age: dead ? null : ageOn(person.birthDate as IsoDate, today),
    ageAtDeath:
      dead && person.deathDate ? ageOn(person.birthDate as IsoDate, person.deathDate as IsoDate) : null,
    states: person.memberships.map((m) => ({
      membership: m,
      state: membershipState(m, person.deathDate, today),
    })),
    service: serviceTime(person.memberships, today),
    positions: dead ? [] : currentPositions(person.memberships, today),
    pensions: dead ? [] : pensionsInPayment(person.memberships, today),
  };
}

/** Today's date in Norway as an ISO date (the browser's clock, Oslo's calendar). */
export function todayInOslo(now = new Date()): IsoDate {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now) as IsoDate;
}
