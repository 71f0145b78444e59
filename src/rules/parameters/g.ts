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

/**
 * G values a request brings (`gTable`: e.g. a G the fund recorded before it is in this table),
 * in force while one calculation runs. The engine is synchronous, so one calculation's table
 * cannot leak into another's; `withGTable` always restores the built-in table.
 */
interface GOverride {
  fromDay: Int32Array;
  rows: readonly GRow[];
}
let given: GOverride | undefined;

/** A G recorded outside the built-in table: in force from `from` (overrides the built-in row of that day). */
export interface GivenG {
  from: string;
  g: number;
}

/**
 * Runs `fn` with `rows` in force besides the built-in table: on any date the latest row by `from`
 * wins, and a given row wins over a built-in row of the same day. The average G of a year that
 * a given row starts in is weighted by the months before and after it (4/12 and 8/12 for 1 May).
 */
export function withGTable<T>(rows: readonly GivenG[], fn: () => T): T {
  const sorted = [...rows].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const full: GRow[] = [];
  for (const r of sorted) {
    const monthsBefore = Number(r.from.slice(5, 7)) - 1;
    // The G of the months before `from` in that year: the one in force on 1 January.
    const jan = `${r.from.slice(0, 4)}-01-01`;
    const before = monthsBefore === 0 ? r.g : (rowOfDay(dayNumber(jan), full)?.g ?? r.g);
    full.push({
      from: r.from,
      g: r.g,
      average: Math.round((before * monthsBefore + r.g * (12 - monthsBefore)) / 12),
    });
  }
  const previous = given;
  given = { fromDay: Int32Array.from(full, (r) => dayNumber(r.from)), rows: full };
  try {
    return fn();
  } finally {
    given = previous;
  }
}

/** Index of the built-in row in force on day number `day`, or -1 before the table. */
function indexOnDay(day: number): number {
  let i = G_FROM_DAY.length - 1;
  while (i >= 0 && (G_FROM_DAY[i] as number) > day) i--;
  return i;
}

/** The row in force on day number `day`: the given rows (`extra`, or the request's) over the built-in table. */
function rowOfDay(day: number, extra?: readonly GRow[]): GRow | undefined {
  const i = indexOnDay(day);
  let row = i < 0 ? undefined : (G_TABLE[i] as GRow);
  const rows = extra ?? given?.rows;
  if (rows) {
    const fromDay = extra ? undefined : given?.fromDay;
    for (let j = rows.length - 1; j >= 0; j--) {
      const d = fromDay ? (fromDay[j] as number) : dayNumber((rows[j] as GRow).from);
      if (d > day) continue;
      if (!row || d >= dayNumber(row.from)) row = rows[j] as GRow;
      break;
    }
  }
  return row;
}

function rowOn(date: string): GRow {
  const row = rowOfDay(dayNumber(date));
  if (!row) throw new ParameterMissingError(`no G before ${G_TABLE_START} (asked for ${date})`);
  return row;
}

/** G in force on `date`. */
export function gOn(date: string): number {
  return gOnDay(dayNumber(date), date);
}

/** G in force on day number `day` (`date` is the same day as text, for the error message). */
export function gOnDay(day: number, date: string): number {
  if (given) return rowOn(date).g;
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
  const givenRow = given?.rows.findLast((r) => r.from.startsWith(`${year}-`));
  if (givenRow) return givenRow.average;
  const latestGiven = given?.rows[given.rows.length - 1];
  const latest = G_TABLE[G_TABLE.length - 1] as GRow;
  if (latestGiven && latestGiven.from > latest.from && year > Number(latestGiven.from.slice(0, 4)))
    return latestGiven.average;
  if (year > Number(latest.from.slice(0, 4))) return latest.average;
  const row = G_TABLE.find((r) => r.from.startsWith(`${year}-`));
  if (!row) throw new ParameterMissingError(`no average G for ${year}`);
  return row.average;
}
