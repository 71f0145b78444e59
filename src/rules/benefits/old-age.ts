/**
 * Old-age pension in the gross scheme (oftp-rules §2.1–2.2) and early retirement under the
 * 85-year rule (§2.2). Both pay the gross formula; they differ in who may draw and from when.
 */
import { yearsMonthsDays, ymdText } from '../calendar';
import { ageAt, birthdayAt, dayNumber, yearOf } from '../days';
import { type Dec, roundDecimal } from '../exact';
import { Eligibility, notEligible, type Outcome } from '../outcome';
import { gOnDay } from '../parameters/g';
import {
  FULL_PENSION_BP_BY_SCHEME,
  GENERAL_AGE_LIMIT,
  GROSS,
  LAST_GROSS_COHORT,
  serviceRoundingOn,
  valueOn,
} from '../parameters/rates';
import type { CalcRequest } from '../request';
import { computeService, UNITS_PER_YEAR } from '../service';
import { TextMemo } from '../texts';
import type { Trace } from '../trace';
import {
  type GrossTerms,
  grossDecimal,
  grossDecimalDivided,
  grossRounded,
  grossRoundedDivided,
  pensionableBase,
  traceGross,
} from './gross';
import { type Adjustment, lifeExpectancy } from './life-expectancy';
import { coordinate, traceNoSamordning } from './samordning';

// Reason texts recur across a fund (the same birth years, ages and service), so they are kept;
// the fast path (old-age-fast.ts) words its reasons with the same functions.
const cohortTexts = new TextMemo();
const ageTexts = new TextMemo();
const serviceTexts = new TextMemo();

export function cohortText(birthYear: number): string {
  return (
    cohortTexts.get(birthYear) ??
    cohortTexts.set(
      birthYear,
      `born ${birthYear}, the gross scheme covers cohorts up to ${LAST_GROSS_COHORT}`,
    )
  );
}

/** `from` is min(limit, ordinary drawing age), so the key need not hold it. */
export function ageText(age: number, from: number, limit: number, ordinaryDrawingAge: number): string {
  // Limits and drawing ages are below 256; ages below 2^14 (years up to 9999): a small-integer key.
  const key = (age * 256 + limit) * 256 + ordinaryDrawingAge;
  return (
    ageTexts.get(key) ??
    ageTexts.set(
      key,
      `age ${age} >= ${from} (age limit ${limit}, ordinary drawing from ${ordinaryDrawingAge})`,
    )
  );
}

/**
 * Own counted membership: service in other public schemes (overføringsavtalen) counts towards
 * the service conditions, but this scheme pays only on the pensionable base of its own members.
 */
export const MEMBER_TEXT =
  'has counted membership in this scheme (service in other public schemes alone gives no pensionable base here)';

/** Service in calendar terms against the minimum, e.g. "service 2 y 11 m 29 d >= 3 years". */
export function serviceText(units: number, minServiceYears: number): string {
  const key = units * 64 + minServiceYears;
  return (
    serviceTexts.get(key) ?? serviceTexts.set(key, `service ${ymdText(units)} >= ${minServiceYears} years`)
  );
}

/** Trace inputs of a service condition: the calendar service and the minimum. */
export function serviceInputs(units: number, minServiceYears: number): Record<string, number> {
  const { years, months, days } = yearsMonthsDays(units);
  return { years, months, days, minServiceYears };
}

export function oldAge(r: CalcRequest, trace: Trace, kind: 'old_age' | 'rule_85'): Outcome {
  const p = valueOn(GROSS, r.date, 'gross scheme');
  const day = dayNumber(r.date);
  const g = gOnDay(day, r.date);
  const parameters: Outcome['parameters'] = { G: g, capG: p.capG, fullServiceYears: p.fullServiceYears };
  const e = new Eligibility(trace);
  const birthYear = yearOf(r.person.birthDate);
  const age = ageAt(r.person.birthDate, r.date);
  const limit = r.person.ageLimit;
  const service = computeService(
    r.employments,
    {
      end: r.date,
      otherServiceYears: r.otherServiceYears,
      otherServicePct: r.otherServicePct,
      minPositionPct: p.minPositionPct,
      fullServiceYears: p.fullServiceYears,
      roundUpFromMonths: serviceRoundingOn(r.scheme, r.date).roundUpFromMonths,
    },
    trace,
  );

  if (kind === 'old_age') {
    e.require(
      'cohort',
      birthYear <= LAST_GROSS_COHORT,
      cohortText(birthYear),
      trace.on ? { birthYear, lastCohort: LAST_GROSS_COHORT } : undefined,
    );
    const from = Math.min(limit, p.ordinaryDrawingAge);
    e.require(
      'age',
      age >= from,
      ageText(age, from, limit, p.ordinaryDrawingAge),
      trace.on ? { age, from, ageLimit: limit, ordinaryDrawingAge: p.ordinaryDrawingAge } : undefined,
    );
  } else {
    // Born 1963+ keep the 85-year rule only with at most 10 years left to the limit on 1 Jan 2020 [S22].
    const keeps = birthYear <= LAST_GROSS_COHORT || birthdayAt(r.person.birthDate, limit) <= '2030-01-01';
    e.require(
      'cohort',
      keeps,
      `born ${birthYear}: ${birthYear <= LAST_GROSS_COHORT ? 'gross scheme cohort' : 'at most 10 years to the age limit on 2020-01-01'}`,
      { birthYear, lastCohort: LAST_GROSS_COHORT },
    );
    e.require(
      'age-limit',
      limit < GENERAL_AGE_LIMIT,
      `age limit ${limit} < ${GENERAL_AGE_LIMIT} (the 85-year rule is for special age limits)`,
      { ageLimit: limit, general: GENERAL_AGE_LIMIT },
    );
    const earliest = limit - p.rule85YearsBefore;
    e.require(
      'age',
      age >= earliest && age < limit,
      `age ${age} is from ${earliest} and below the age limit ${limit}`,
      { age, earliest, ageLimit: limit },
    );
    e.require(
      'sum-85',
      age + service.years >= p.rule85Sum,
      `age ${age} + service ${service.years} = ${age + service.years} >= ${p.rule85Sum}`,
      { age, serviceYears: service.years, sum: p.rule85Sum },
    );
  }
  e.require(
    'service',
    service.units >= p.minServiceYears * UNITS_PER_YEAR,
    serviceText(service.units, p.minServiceYears),
    trace.on ? serviceInputs(service.units, p.minServiceYears) : undefined,
  );
  e.require('member', service.last >= 0, MEMBER_TEXT);
  if (!e.ok) return notEligible(e, parameters, { gross: 0 });

  const base = pensionableBase(r.employments, service, r.date, p.capG, false, trace);
  const rateBp = FULL_PENSION_BP_BY_SCHEME[r.scheme] ?? p.fullPensionBp;
  const years = Math.min(service.years, p.fullServiceYears);
  const full: GrossTerms = { base, service, rateBp, years, fullYears: p.fullServiceYears, drawH: 10000 };
  const gross = grossRounded(full);
  traceGross(trace, 'gross-pension', full, 'Gross pension', gross);
  parameters.fullPensionPct = rateBp / 100;
  const drawH = Math.round(r.drawingPct * 100);
  const components: Record<string, number> = { gross };
  const drawn: GrossTerms = { ...full, drawH };
  const drawnRounded = drawH === 10000 ? gross : grossRounded(drawn);
  if (drawH !== 10000) {
    traceGross(trace, 'partial-drawing', drawn, 'Drawn pension', drawnRounded);
    components.partialDrawing = drawnRounded - gross;
  }
  const adj = lifeExpectancy(birthYear, age, r.date, trace);
  const adjusted = adjustedAmount(adj, drawn, drawnRounded, components, parameters, trace);
  let annual: number;
  if (!r.nationalPension) {
    annual = adjusted ?? drawnRounded;
    traceNoSamordning(trace);
  } else {
    const before = adjustedDecimal(adj, drawn);
    const c = coordinate(before, r.nationalPension, service.years, p.fullServiceYears, drawH, g, trace);
    annual = roundDecimal(c.net);
    components.samordning = -roundDecimal(c.deduction.gt(before) ? before : c.deduction);
  }
  return { eligible: true, reasons: e.reasons, annual, components, parameters, provisional: adj.provisional };
}

/** A forholdstall in thousandths (the published ratios have three decimals). */
function milli(factor: number): number {
  return Math.round(factor * 1000);
}

/** The drawn pension, divided by the forholdstall when one applies, unrounded (for samordning). */
export function adjustedDecimal(adj: Adjustment, drawn: GrossTerms): Dec {
  return adj.factor === undefined ? grossDecimal(drawn) : grossDecimalDivided(drawn, milli(adj.factor));
}

/**
 * The pension divided by the forholdstall when one applies, in whole kroner (component
 * `levealdersjustering`, the change); undefined when the amount stays as drawn. Names the ratio,
 * or that it is not published, in `parameters`. Integers over integers, exact at half a krone.
 */
export function adjustedAmount(
  adj: Adjustment,
  drawn: GrossTerms,
  drawnRounded: number,
  components: Record<string, number>,
  parameters: Outcome['parameters'],
  trace: Trace,
): number | undefined {
  if (adj.status === 'not-published') parameters.forholdstallStatus = 'not-published';
  if (adj.factor === undefined) return undefined;
  parameters.forholdstall = adj.factor;
  const rounded = grossRoundedDivided(drawn, milli(adj.factor));
  components.levealdersjustering = rounded - drawnRounded;
  if (trace.on)
    trace.add(
      'life-expectancy-adjusted',
      `Pension after levealdersjustering = ${drawnRounded} / forholdstall ${adj.factor} = ${rounded} (exact amount divided, rounded half up at the end)`,
      { before: drawnRounded, forholdstall: adj.factor },
      rounded,
    );
  return rounded;
}
