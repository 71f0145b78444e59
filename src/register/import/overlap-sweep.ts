/**
 * The overlap check of the import's periods, on flat [start, end, line, …] lists of day numbers
 * (one list per membership and benefit): a million periods without an object each.
 */
import { isoOfDayNumber } from '../../domain/day-numbers';

/** Beyond every day number of a four-digit year: an open end. */
export const OPEN_END = 99_999_999;

export const showPeriod = (start: number, end: number) =>
  `${isoOfDayNumber(start)}–${end === OPEN_END ? 'open' : isoOfDayNumber(end)}`;

/** A period as day numbers, with its line (0: already in the register). */
export interface Span {
  start: number;
  end: number;
  line: number;
}

/** Reports each period of a flat [start, end, line, …] list that overlaps an earlier-starting one. */
export function sweep(list: number[], report: (a: Span, b: Span) => void) {
  const n = list.length / 3;
  if (n < 2) return;
  // Files list a membership's periods in order nearly always: then no sort (and no array) is needed.
  const order = inOrder(list)
    ? undefined
    : Array.from({ length: n }, (_, i) => i).sort(
        (a, b) => (list[a * 3] ?? 0) - (list[b * 3] ?? 0) || (list[a * 3 + 2] ?? 0) - (list[b * 3 + 2] ?? 0),
      );
  // Sweep in start order, remembering the period that reaches furthest.
  let reach = -1;
  for (let k = 0; k < n; k++) {
    const i = order ? (order[k] ?? 0) : k;
    const start = list[i * 3] ?? 0;
    const end = list[i * 3 + 1] ?? 0;
    const line = list[i * 3 + 2] ?? 0;
    if (reach >= 0 && start <= (list[reach * 3 + 1] ?? 0)) {
      const other = {
        start: list[reach * 3] ?? 0,
        end: list[reach * 3 + 1] ?? 0,
        line: list[reach * 3 + 2] ?? 0,
      };
      report({ start, end, line }, other);
    }
    if (reach < 0 || end > (list[reach * 3 + 1] ?? 0)) reach = i;
  }
}

/** True when a flat [start, end, line, …] list is sorted by start, then line. */
function inOrder(list: number[]): boolean {
  for (let i = 3; i < list.length; i += 3) {
    const start = list[i] ?? 0;
    const before = list[i - 3] ?? 0;
    if (start < before || (start === before && (list[i + 2] ?? 0) < (list[i - 1] ?? 0))) return false;
  }
  return true;
}

/** The line of the first imported period in a flat [start, end, line, …] list starting on `start`, or 0. */
export function sameStart(list: number[], start: number): number {
  for (let i = 0; i < list.length; i += 3) if (list[i] === start) return list[i + 2] ?? 0;
  return 0;
}
