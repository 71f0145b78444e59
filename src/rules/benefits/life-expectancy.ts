/**
 * Levealdersjustering of a gross-scheme old-age pension (oftp-rules §2.5): the pension is divided
 * by the cohort's forholdstall at the drawing age [S25 ch. 5.1, S30]. Cohorts before 1943 are not
 * adjusted; særalderspensjon and a deferred pension are not adjusted before 67 [S30]. The age is
 * the member's whole age on the date, at least 67 (which age applies is UNVERIFIED, oftp-rules
 * §2.5; SPK explains the ratio by "when you take out the pension").
 * Where the ratio is not published (parameters/forholdstall.ts), the pension is left unadjusted
 * and the answer is provisional: never a guessed ratio.
 */
import { forholdstall, LIFE_EXPECTANCY } from '../parameters/forholdstall';
import { valueOn } from '../parameters/rates';
import type { Trace } from '../trace';

export type AdjustmentStatus =
  | 'applied'
  | 'not-published'
  | 'before-reform'
  | 'before-cohorts'
  | 'not-before-age';

export interface Adjustment {
  status: AdjustmentStatus;
  /** The ratio divided by when applied. */
  factor?: number;
  /** True when the amount waits for a ratio that is not published. */
  provisional: boolean;
}

export function lifeExpectancy(birthYear: number, age: number, date: string, trace: Trace): Adjustment {
  const rules = valueOn(LIFE_EXPECTANCY, date, 'levealdersjustering');
  const atAge = Math.max(age, rules?.fromAge ?? 0);
  let a: Adjustment;
  let source = '';
  if (!rules) a = { status: 'before-reform', provisional: false };
  else if (birthYear < rules.firstCohort) a = { status: 'before-cohorts', provisional: false };
  else if (age < rules.fromAge) a = { status: 'not-before-age', provisional: false };
  else {
    const row = forholdstall(birthYear, atAge, date);
    if (row) {
      a = { status: 'applied', factor: row.value, provisional: false };
      source = row.source;
    } else a = { status: 'not-published', provisional: true };
  }
  if (trace.on && !rules)
    trace.add(
      'levealdersjustering',
      `Levealdersjustering does not apply on ${date}: it came with the pension reform of 2011 [S30]`,
      { status: a.status, cohort: birthYear, age, provisional: false },
      null,
    );
  else if (trace.on && rules) {
    const text =
      a.status === 'applied'
        ? `Levealdersjustering: divided by the forholdstall ${a.factor} of cohort ${birthYear} at age ${atAge} (${source})`
        : a.status === 'not-published'
          ? `Levealdersjustering NOT applied: the forholdstall of cohort ${birthYear} at age ${atAge} is not published in the engine's table; the amount is before adjustment and PROVISIONAL until the ratio is added`
          : a.status === 'before-cohorts'
            ? `Levealdersjustering does not apply: born ${birthYear}, before ${rules.firstCohort} [S30]`
            : `Levealdersjustering not applied yet: the pension is adjusted from age ${rules.fromAge} (age now ${age}) [S30]`;
    trace.add(
      'levealdersjustering',
      text,
      {
        status: a.status,
        cohort: birthYear,
        age: atAge,
        fromAge: rules.fromAge,
        firstCohort: rules.firstCohort,
        provisional: a.provisional,
      },
      a.factor ?? null,
    );
  }
  return a;
}
