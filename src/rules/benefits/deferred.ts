/**
 * Deferred pension (oppsatt pensjon) for former members (oftp-rules §2.3):
 *   amount = PG at exit regulated with G × average part-time × 66 % × actual / clamp(possible, 30, 40)
 * Right from 3 years' total service (transfer agreement counts other schemes); paid from the
 * age limit of the last post, at the earliest 65 and at the latest 67. Members born 1963 or
 * later keep this right for service before 2020 only. Coordinated with folketrygd as old age
 * when the folketrygd amounts are given (samordning.ts, SIMPLIFIED).
 */
import { spanUnits, ymdText } from '../calendar';
import { ageAt, birthdayAt, yearOf } from '../days';
import { roundDecimal } from '../exact';
import { Eligibility, notEligible, type Outcome } from '../outcome';
import { gOn } from '../parameters/g';
import {
  ACCRUAL_START,
  FULL_PENSION_BP_BY_SCHEME,
  GROSS,
  LAST_GROSS_COHORT,
  serviceRoundingOn,
  valueOn,
} from '../parameters/rates';
import type { CalcRequest } from '../request';
import { computeService, roundYears, UNITS_PER_YEAR } from '../service';
import type { Trace } from '../trace';
import { employedOnDayBefore, type GrossTerms, grossRounded, pensionableBase, traceGross } from './gross';
import { lifeExpectancy } from './life-expectancy';
import { adjustedAmount, adjustedDecimal, MEMBER_TEXT, serviceInputs, serviceText } from './old-age';
import { coordinate, traceNoSamordning } from './samordning';

export function deferred(r: CalcRequest, trace: Trace): Outcome {
  const p = valueOn(GROSS, r.date, 'gross scheme');
  const g = gOn(r.date);
  const parameters: Outcome['parameters'] = { G: g, capG: p.capG };
  const e = new Eligibility(trace);
  const birthYear = yearOf(r.person.birthDate);
  const age = ageAt(r.person.birthDate, r.date);
  const limit = r.person.ageLimit;
  const newCohort = birthYear > LAST_GROSS_COHORT;
  const end = newCohort && ACCRUAL_START < r.date ? ACCRUAL_START : r.date;
  const roundUpFromMonths = serviceRoundingOn(r.scheme, r.date).roundUpFromMonths;
  if (newCohort && trace.on)
    trace.add(
      'cohort',
      `Born ${birthYear}: only service before ${ACCRUAL_START} counts for the deferred gross right`,
      { birthYear, cutoff: ACCRUAL_START },
      ACCRUAL_START,
    );
  const service = computeService(
    r.employments,
    {
      end,
      roundUpFromMonths,
      otherServiceYears: r.otherServiceYears,
      otherServicePct: r.otherServicePct,
      minPositionPct: p.minPositionPct,
      fullServiceYears: p.fullServiceYears,
    },
    trace,
  );
  e.require(
    'former-member',
    !employedOnDayBefore(r.employments, r.date),
    'has left the scheme before the date',
  );
  e.require(
    'service',
    service.units >= p.minServiceYears * UNITS_PER_YEAR,
    serviceText(service.units, p.minServiceYears),
    serviceInputs(service.units, p.minServiceYears),
  );
  // Without an own counted period there is no pensionable base and no first day of membership
  // to count possible service from: other public service alone gives no deferred pension here.
  e.require(
    'member',
    service.last >= 0,
    newCohort
      ? `has counted membership in this scheme before ${ACCRUAL_START} (service in other public schemes alone gives no pensionable base here)`
      : MEMBER_TEXT,
  );
  const payAge = Math.min(Math.max(limit, p.deferredEarliestAge), p.deferredLatestAge);
  e.require(
    'age',
    age >= payAge,
    `age ${age} >= ${payAge} (age limit ${limit}, earliest ${p.deferredEarliestAge}, latest ${p.deferredLatestAge})`,
    { age, payAge, ageLimit: limit },
  );
  if (!e.ok) return notEligible(e, parameters, { gross: 0 });

  // Possible service: from the first day of membership to the age limit (calendar time), plus
  // other service.
  const limitDate = birthdayAt(r.person.birthDate, limit);
  const possibleUnits = spanUnits(service.first, limitDate) + (service.units - service.ownUnits);
  const possibleRaw = roundYears(possibleUnits, roundUpFromMonths);
  const possible = Math.min(Math.max(possibleRaw, p.deferredPossibleMin), p.deferredPossibleMax);
  const actual = Math.min(service.years, possible);
  if (trace.on)
    trace.add(
      'possible-service',
      `Possible service from first membership ${service.first} to the age limit ${limit} (${limitDate}), plus other service = ${ymdText(possibleUnits)}, counted ${possibleRaw} years, kept within ${p.deferredPossibleMin}–${p.deferredPossibleMax} = ${possible}`,
      {
        possibleYears: possibleRaw,
        ageLimit: limit,
        min: p.deferredPossibleMin,
        max: p.deferredPossibleMax,
        actualYears: actual,
      },
      possible,
    );
  const base = pensionableBase(r.employments, service, r.date, p.capG, true, trace);
  const rateBp = FULL_PENSION_BP_BY_SCHEME[r.scheme] ?? p.fullPensionBp;
  const terms: GrossTerms = { base, service, rateBp, years: actual, fullYears: possible, drawH: 10000 };
  const gross = grossRounded(terms);
  traceGross(trace, 'deferred-pension', terms, 'Deferred pension (actual / possible service)', gross);
  const components: Record<string, number> = { gross };
  // An old-age pension from a former membership: life-expectancy adjusted as old age [S30].
  const adj = lifeExpectancy(birthYear, age, r.date, trace);
  const adjusted = adjustedAmount(adj, terms, gross, components, parameters, trace);
  let annual = adjusted ?? gross;
  if (r.nationalPension) {
    // A gross-scheme benefit, coordinated as old age (oftp-rules §2.3–2.4); the deduction is
    // scaled by the same service fraction as the pension, actual / possible (SIMPLIFIED).
    const before = adjustedDecimal(adj, terms);
    const c = coordinate(before, r.nationalPension, actual, possible, 10000, g, trace);
    annual = roundDecimal(c.net);
    components.samordning = -roundDecimal(c.deduction.gt(before) ? before : c.deduction);
  } else traceNoSamordning(trace);
  parameters.possibleServiceYears = possible;
  return { eligible: true, reasons: e.reasons, annual, components, parameters, provisional: adj.provisional };
}
