/**
 * Betinget tjenestepensjon (conditional pension, oftp-rules §3.3) for members born 1963 or later
 * who do not qualify for AFP: 3 % of income up to 7.1 G per year from 2020 through the month
 * the member turns 62 (SPK-en [S14]; an older SPK page says "through the year of 61"), regulated with G, divided by the delingstall (PROJECTED) at the drawing age, or as if
 * drawn at 70 when later. Cannot be graded: the drawing share does not apply.
 */

import { UNITS_PER_HUNDREDTH_YEAR, UNITS_PER_YEAR, ymdText } from '../calendar';
import { ageAt, birthdayAt, dayNumber, daysFromCivil, isoOfDay, yearOf } from '../days';
import { Dec, roundDecimal } from '../exact';
import { Eligibility, notEligible, type Outcome } from '../outcome';
import { delingstall } from '../parameters/delingstall';
import { gOn } from '../parameters/g';
import {
  ACCRUAL_START,
  CONDITIONAL,
  GENERAL_AGE_LIMIT,
  LAST_GROSS_COHORT,
  valueOn,
} from '../parameters/rates';
import type { CalcRequest } from '../request';
import { unitsWithin } from '../service';
import { fmt, type Trace } from '../trace';
import { accrueHolding } from './holding';
import { serviceInputs } from './old-age';
import { traceSamordningNotApplicable } from './samordning';

export function conditional(r: CalcRequest, trace: Trace): Outcome {
  const c = valueOn(CONDITIONAL, r.date, 'conditional pension');
  const g = gOn(r.date);
  const parameters: Outcome['parameters'] = { G: g, delingstallStatus: 'projected' };
  const e = new Eligibility(trace);
  const birthYear = yearOf(r.person.birthDate);
  const age = ageAt(r.person.birthDate, r.date);
  const from = r.person.ageLimit < GENERAL_AGE_LIMIT ? c.specialLimitDrawFromAge : c.drawFromAge;
  e.require('cohort', birthYear > LAST_GROSS_COHORT, `born ${birthYear} >= ${LAST_GROSS_COHORT + 1}`, {
    birthYear,
    firstCohort: LAST_GROSS_COHORT + 1,
  });
  e.require('no-afp', !r.afpQualified, 'does not qualify for AFP (afpQualified is false)');
  e.require(
    'age',
    age >= from,
    `age ${age} >= ${from}${from !== c.drawFromAge ? ' (special age limit)' : ''}`,
    { age, from },
  );
  const start = dayNumber(ACCRUAL_START);
  // Accrual runs through the month the member turns 62 (SPK-en, oftp-rules §3.3 [S14]): the
  // first day that does not count is the 1st of the month after the 62nd birthday.
  const turns = birthdayAt(r.person.birthDate, c.untilAge);
  const ty = yearOf(turns);
  const tm = Number(turns.slice(5, 7));
  const accrualEnd = tm === 12 ? daysFromCivil(ty + 1, 1, 1) : daysFromCivil(ty, tm + 1, 1);
  const end = Math.min(dayNumber(r.date), accrualEnd);
  if (trace.on)
    trace.add(
      'conditional-accrual-period',
      `Accrual from ${ACCRUAL_START} through the month the member turns ${c.untilAge} (${turns}), so up to and including ${isoOfDay(accrualEnd - 1)}, and not past the day before ${r.date} [S14]`,
      { turns, untilAge: c.untilAge },
      isoOfDay(end - 1),
    );
  const h = accrueHolding(
    r.employments,
    start,
    end,
    [{ bp: c.rateBp, fromG: 0, toG: c.capG }],
    r.date,
    'conditional-credit',
    trace,
  );
  // The 1-year right: calendar service from 2020 to the end of the accrual plus other schemes.
  const serviceUnits =
    unitsWithin(r.employments, ACCRUAL_START, isoOfDay(end)) +
    Math.round(r.otherServiceYears * 100) * UNITS_PER_HUNDREDTH_YEAR;
  e.require(
    'service',
    serviceUnits >= c.minServiceYears * UNITS_PER_YEAR,
    `service ${ymdText(serviceUnits)} >= ${c.minServiceYears} years`,
    serviceInputs(serviceUnits, c.minServiceYears),
  );
  if (!e.ok) return notEligible(e, parameters);
  const atAge = Math.min(age, c.computeAtMostAge);
  const dt = delingstall(birthYear, atAge);
  parameters.delingstall = dt;
  const pension = h.holding.div(new Dec(dt));
  const annual = roundDecimal(pension);
  if (trace.on)
    trace.add(
      'conversion',
      `Conditional pension = holding ${fmt(h.holding.toNumber())} / delingstall ${dt} (cohort ${birthYear}, age ${atAge}, PROJECTED) = ${annual}; cannot be graded, so the drawing share is not applied`,
      { holding: roundDecimal(h.holding), delingstall: dt, cohort: birthYear, age: atAge },
      annual,
    );
  traceSamordningNotApplicable(
    trace,
    r.nationalPension !== undefined,
    'the conditional pension belongs to the new accrual model, which is not coordinated with folketrygd [S15]',
  );
  return {
    eligible: true,
    reasons: e.reasons,
    annual,
    components: { conditionalPension: annual },
    parameters,
  };
}
