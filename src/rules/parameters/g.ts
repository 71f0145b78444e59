/**
 * Grunnbeløpet (G): the national insurance base amount, in force from 1 May each year, and the
 * yearly average. Source: oftp-rules.md §1.1 (navikt/g `grunnbeløp.json` [S1]).
 *
 * To add a new G: append one row `{ from: 'YYYY-05-01', g: <new G>, average: <avg G> }` at the
 * end of G_TABLE, where average = previous G × 4/12 + new G × 8/12 rounded to whole kroner.
 * Nothing else changes; `test/rules/parameters.test.ts` checks the average rule and the order.
 */
import { dayNumber } from '../days';

export interface GRow {
  /** First day the G applies (1 May). */
  readonly from: string;
  /** G in kroner from that day. */
  readonly g: number;
  /** Average G for the calendar year of `from`. */
  readonly average: number;
}

export const G_TABLE: readonly GRow[] = [
  { from: '2008-05-01', g: 70256, average: 69108 },
  { from: '2009-05-01', g: 72881, average: 72006 },
  { from: '2010-05-01', g: 75641, average: 74721 },
  { from: '2011-05-01', g: 79216, average: 78024 },
  { from: '2012-05-01', g: 82122, average: 81153 },
  { from: '2013-05-01', g: 85245, average: 84204 },
  { from: '2014-05-01', g: 88370, average: 87328 },
  { from: '2015-05-01', g: 90068, average: 89502 },
  { from: '2016-05-01', g: 92576, average: 91740 },
  { from: '2017-05-01', g: 93634, average: 93281 },
  { from: '2018-05-01', g: 96883, average: 95800 },
  { from: '2019-05-01', g: 99858, average: 98866 },
  { from: '2020-05-01', g: 101351, average: 100853 },
  { from: '2021-05-01', g: 106399, average: 104716 },
  { from: '2022-05-01', g: 111477, average: 109784 },
  { from: '2023-05-01', g: 118620, average: 116239 },
  { from: '2024-05-01', g: 124028, average: 122225 },
  { from: '2025-05-01', g: 130160, average: 128116 },
  { from: '2026-05-01', g: 136549, average: 134419 },
];

/** The first date the table can answer for. */
export const G_TABLE_START = G_TABLE[0]?.from ?? '';

export class ParameterMissingError extends Error {}

// The table's first days and amounts as typed arrays: the engine looks G up by day number for
// every calculation, and comparing integers is cheaper than comparing date strings.
const G_FROM_DAY = Int32Array.from(G_TABLE, (r) => dayNumber(r.from));
const G_AMOUNT = Float64Array.from(G_TABLE, (r) => r.g);

/** Index of the row in force on day number `day`, or -1 before the table. */
function indexOnDay(day: number): number {
  let i = G_FROM_DAY.length - 1;
  while (i >= 0 && (G_FROM_DAY[i] as number) > day) i--;
  return i;
}

function rowOn(date: string): GRow {
  const i = indexOnDay(dayNumber(date));
  if (i < 0) throw new ParameterMissingError(`no G before ${G_TABLE_START} (asked for ${date})`);
  return G_TABLE[i] as GRow;
}

/** G in force on `date`. */
export function gOn(date: string): number {
  return gOnDay(dayNumber(date), date);
}

/** G in force on day number `day` (`date` is the same day as text, for the error message). */
export function gOnDay(day: number, date: string): number {
  const i = indexOnDay(day);
  if (i < 0) throw new ParameterMissingError(`no G before ${G_TABLE_START} (asked for ${date})`);
  return G_AMOUNT[i] as number;
}

/** The date the G in force on `date` took effect. */
export function gFromOn(date: string): string {
  return rowOn(date).from;
}

/**
 * The average G of a calendar year. A year after the table (an estimate) uses the latest average,
 * just as `gOn` uses the latest G: the engine does not project wage growth.
 */
export function averageG(year: number): number {
  const latest = G_TABLE[G_TABLE.length - 1] as GRow;
  if (year > Number(latest.from.slice(0, 4))) return latest.average;
  const row = G_TABLE.find((r) => r.from.startsWith(`${year}-`));
  if (!row) throw new ParameterMissingError(`no average G for ${year}`);
  return row.average;
}
