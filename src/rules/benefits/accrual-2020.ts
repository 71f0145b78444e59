/**
 * Old-age pension in the new accrual model (påslagspensjon) for members born 1963 or later
 * (oftp-rules §3.1–3.2, §3.4): 5.7 % of income up to 12 G plus 18.1 % between 7.1 G and 12 G,
 * credited yearly from 2020 between the ages 13 and 75, regulated with G, converted at drawing
 * with the cohort's delingstall (PROJECTED values), flexible drawing 62–75 with a drawing share.
 * Overgangstillegg (born 1963–1970) is added at 62–66 for members with ≥ 15 years who have left
 * public service. Not coordinated with folketrygd [S29].
 */

import { UNITS_PER_HUNDREDTH_YEAR, UNITS_PER_YEAR, ymdText } from '../calendar';
import { ageAt, birthdayAt, dayNumber, isoOfDay, yearOf } from '../days';
import { Dec, roundDecimal } from '../exact';
import { Eligibility, notEligible, type Outcome } from '../outcome';
import { delingstall } from '../parameters/delingstall';
import { gOn } from '../parameters/g';
import {
  ACCRUAL,
  ACCRUAL_START,
  GROSS,
  LAST_GROSS_COHORT,
  serviceRoundingOn,
  TRANSITIONAL,
  TRANSITIONAL_FACTOR_BY_COHORT,
  valueOn,
} from '../parameters/rates';
import type { CalcRequest } from '../request';
import { computeService, unitsWithin } from '../service';
import { fmt, Trace } from '../trace';
import { employedOnDayBefore } from './gross';
import { accrueHolding } from './holding';
import { serviceInputs } from './old-age';
import { traceSamordningNotApplicable } from './samordning';

export function accrual2020(r: CalcRequest, trace: Trace): Outcome {
  const a = valueOn(ACCRUAL, r.date, 'accrual');
  const gp = valueOn(GROSS, r.date, 'gross scheme');
  const g = gOn(r.date);
  const parameters: Outcome['parameters'] = { G: g, delingstallStatus: 'projected' };
  const e = new Eligibility(trace);
  const birthYear = yearOf(r.person.birthDate);
  const age = ageAt(r.person.birthDate, r.date);
  e.require(
    'cohort',
    birthYear > LAST_GROSS_COHORT,
    `born ${birthYear} >= ${LAST_GROSS_COHORT + 1} (new accrual model)`,
    { birthYear, firstCohort: LAST_GROSS_COHORT + 1 },
  );
  e.require(
    'age',
    age >= a.drawFromAge,
    `age ${age} >= ${a.drawFromAge} (flexible drawing ${a.drawFromAge}–${a.drawToAge})`,
    { age, from: a.drawFromAge },
  );
  const start = Math.max(dayNumber(ACCRUAL_START), dayNumber(birthdayAt(r.person.birthDate, a.fromAge)));
  const end = Math.min(dayNumber(r.date), dayNumber(birthdayAt(r.person.birthDate, a.toAge)));
  const h = accrueHolding(
    r.employments,
    start,
    end,
    [
      { bp: a.baseBp, fromG: 0, toG: a.capG },
      { bp: a.extraBp, fromG: a.extraFromG, toG: a.capG },
    ],
    r.date,
    'credit',
    trace,
  );
  // The 1-year right: calendar service from 2020 (within the accrual ages) plus other schemes.
  const serviceUnits =
    unitsWithin(r.employments, isoOfDay(start), isoOfDay(end)) +
    Math.round(r.otherServiceYears * 100) * UNITS_PER_HUNDREDTH_YEAR;
  e.require(
    'service',
    serviceUnits >= a.minServiceYears * UNITS_PER_YEAR,
    `service from 2020 plus other schemes ${ymdText(serviceUnits)} >= ${a.minServiceYears} years`,
    serviceInputs(serviceUnits, a.minServiceYears),
  );
  if (!e.ok) return notEligible(e, parameters);

  const drawAge = Math.min(age, a.drawToAge);
  const dt = delingstall(birthYear, drawAge);
  parameters.delingstall = dt;
  const drawH = Math.round(r.drawingPct * 100);
  const pension = h.holding.mul(drawH).div(new Dec(dt).mul(10000));
  const components: Record<string, number> = { accrualPension: roundDecimal(pension) };
  if (trace.on)
    trace.add(
      'conversion',
      `Yearly pension = holding ${fmt(h.holding.toNumber())} / delingstall ${dt} (cohort ${birthYear}, age ${drawAge}, PROJECTED)${drawH !== 10000 ? ` × drawing ${fmt(drawH / 100)} %` : ''} = ${components.accrualPension}`,
      {
        holding: roundDecimal(h.holding),
        delingstall: dt,
        drawingPct: drawH / 100,
        cohort: birthYear,
        age: drawAge,
      },
      components.accrualPension ?? 0,
    );
  let total = pension;
  const factor = TRANSITIONAL_FACTOR_BY_COHORT[birthYear];
  if (factor !== undefined && age < TRANSITIONAL.toAge) {
    // Overgangstillegg: service counts all public service (gross convention), before 2020 too.
    const service = computeService(
      r.employments,
      {
        end: r.date,
        roundUpFromMonths: serviceRoundingOn(r.scheme, r.date).roundUpFromMonths,
        otherServiceYears: r.otherServiceYears,
        otherServicePct: r.otherServicePct,
        minPositionPct: gp.minPositionPct,
        fullServiceYears: gp.fullServiceYears,
      },
      Trace.OFF,
    );
    const left = r.leftPublicService ?? !employedOnDayBefore(r.employments, r.date);
    const qualifies = service.years >= TRANSITIONAL.minServiceYears && left;
    const amount = qualifies ? new Dec(g).mul(factor) : new Dec(0);
    if (trace.on)
      trace.add(
        'overgangstillegg',
        qualifies
          ? `Overgangstillegg for cohort ${birthYear} = ${factor} × G ${g} = ${fmt(amount.toNumber())} (paid ${TRANSITIONAL.fromAge}–${TRANSITIONAL.toAge - 1}, not partial; service ${service.years} >= ${TRANSITIONAL.minServiceYears}; reduction for shorter service UNVERIFIED, not applied)`
          : `No overgangstillegg: needs ${TRANSITIONAL.minServiceYears} years of service (has ${service.years}) and to have left public service (${left ? 'has' : 'has not'})`,
        {
          factor,
          G: g,
          serviceYears: service.years,
          minServiceYears: TRANSITIONAL.minServiceYears,
          leftPublicService: left,
          cohort: birthYear,
          fromAge: TRANSITIONAL.fromAge,
          toAge: TRANSITIONAL.toAge - 1,
        },
        roundDecimal(amount),
      );
    if (qualifies) {
      components.transitionalSupplement = roundDecimal(amount);
      total = total.plus(amount);
    }
  }
  traceSamordningNotApplicable(
    trace,
    r.nationalPension !== undefined,
    'the accrual pension and overgangstillegg are not coordinated with folketrygd [S15]',
  );
  return { eligible: true, reasons: e.reasons, annual: roundDecimal(total), components, parameters };
}
