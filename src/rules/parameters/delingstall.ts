/**
 * Delingstall: the divisor that turns a pension holding into a yearly pension, by cohort and
 * drawing age (§3.2). The official values are set by 1 July of the year a cohort turns 61 and
 * published by NAV/regjeringen; they were not available to us.
 *
 * ALL VALUES HERE ARE PROJECTED, NOT OFFICIAL. They are anchored at the one projected figure in
 * the sources (cohort 1970 at 67 ≈ 17.08 [S35]), with +0.05 per later cohort (longer life
 * expectancy) and a fixed step per year of drawing age (remaining life expectancy). Replace the
 * table with the official one before any decision is made from it: each row is a cohort, each
 * column an age from 62 to 75.
 */
import { ParameterMissingError } from './g';

export const DELINGSTALL_AGES = [62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75] as const;

/** Offsets from the value at 67, by drawing age (PROJECTED). */
const AGE_OFFSET = [4.6, 3.7, 2.8, 1.85, 0.93, 0, -0.9, -1.78, -2.65, -3.5, -4.33, -5.14, -5.93, -6.7];

/** Value at 67 for cohort 1970 (PROJECTED, [S35]). */
const ANCHOR_1970_AT_67 = 17.08;
const PER_COHORT = 0.05;

function projectedRow(cohort: number): readonly number[] {
  const at67 = ANCHOR_1970_AT_67 + (cohort - 1970) * PER_COHORT;
  // Two decimals, as the official tables are published.
  return AGE_OFFSET.map((o) => Math.round((at67 + o) * 100) / 100);
}

export const DELINGSTALL_FIRST_COHORT = 1963;
export const DELINGSTALL_LAST_COHORT = 2010;

/** cohort → values for ages 62..75. Every row is PROJECTED. */
export const DELINGSTALL: ReadonlyMap<number, readonly number[]> = new Map(
  Array.from({ length: DELINGSTALL_LAST_COHORT - DELINGSTALL_FIRST_COHORT + 1 }, (_, i) => {
    const cohort = DELINGSTALL_FIRST_COHORT + i;
    return [cohort, projectedRow(cohort)] as const;
  }),
);

export const DELINGSTALL_STATUS = 'projected' as const;

/** Delingstall for a cohort drawing at a whole age (62..75). */
export function delingstall(cohort: number, age: number): number {
  const row = DELINGSTALL.get(cohort);
  const i = age - 62;
  const value = row?.[i];
  if (value === undefined)
    throw new ParameterMissingError(`no delingstall for cohort ${cohort} at age ${age}`);
  return value;
}
