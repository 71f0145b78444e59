/**
 * G (grunnbeløpet) as payments use it: a G recorded in Kassa (approved) wins over the rules
 * engine's built-in table from its date. Pure: the recorded values are handed in.
 */
import { G_TABLE } from '../rules/parameters/g';

export interface RecordedG {
  from: string;
  g: number;
}

/** The G in force on `date` and the day it took effect; recorded values win on the same day. */
export function gInForce(
  recorded: readonly RecordedG[],
  date: string,
): { from: string; g: number } | undefined {
  let best: { from: string; g: number } | undefined;
  for (const r of G_TABLE)
    if (r.from <= date && (!best || r.from > best.from)) best = { from: r.from, g: r.g };
  for (const r of recorded)
    if (r.from <= date && (!best || r.from >= best.from)) best = { from: r.from, g: r.g };
  return best;
}

/** The G before `date` (in force the day before): the divisor of the G factor. */
export function gBefore(
  recorded: readonly RecordedG[],
  date: string,
): { from: string; g: number } | undefined {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const prev = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
  return gInForce(recorded, prev);
}
