/**
 * A hand-written check for the common, well-formed request: the member's own benefit with only
 * the plain fields (no deceased, samordning, disability or AFP inputs). It accepts exactly what
 * the zod schema in request.ts accepts for those fields and returns the same value, defaults
 * filled in; anything else — an unknown or rare field, a value out of range, a rule broken —
 * gives `undefined`, and the caller asks zod, which names the field in its error. So the
 * errors stay zod's; only the happy path is quicker (zod costs several microseconds a request,
 * which an actuary's whole-fund JSON Lines run pays a million times).
 * `test/rules/request-fast.test.ts` holds it to the schema.
 */
import { isIsoDate } from '../domain/dates';
import { AGE_LIMITS, FULL_PENSION_BP_BY_SCHEME } from './parameters/rates';
import type { CalcRequest, Employment } from './request';

const MAX_PERIODS = 200;

/** Benefits with no required field beyond the plain ones (disability, spouse and child have). */
const PLAIN_BENEFITS: ReadonlySet<unknown> = new Set([
  'old_age',
  'rule_85',
  'deferred',
  'afp_62_65',
  'afp_65_67',
  'accrual_2020',
  'conditional',
]);

/** `YYYY-MM-DD` naming a day that exists (the schema's DateString). */
function isDate(s: unknown): s is string {
  return typeof s === 'string' && isIsoDate(s);
}

/** A finite number with at most two decimals (the schema's `hundredths` refinement). */
function isHundredths(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n) && Math.abs(Math.round(n * 100) - n * 100) < 1e-7;
}

/** Percent in (0, 100] with two decimals. */
function isPercent(n: unknown): n is number {
  return isHundredths(n) && n > 0 && n <= 100;
}

function isKroner(n: unknown): n is number {
  return isHundredths(n) && n >= 0 && n <= 100_000_000;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function employment(v: unknown): Employment | undefined {
  if (!isObject(v)) return undefined;
  let keys = 0;
  for (const _ in v) keys++;
  const { from, to, positionPct, annualSalary } = v;
  if (keys !== 4 || !isDate(from) || !isDate(to) || !isPercent(positionPct) || !isKroner(annualSalary))
    return undefined;
  if (to < from) return undefined;
  // Exactly the four fields, checked: the parsed object itself serves (no copy per period).
  return v as unknown as Employment;
}

/** The request, as `CalcRequest.parse` would give it, or undefined: then ask zod. */
export function quickParse(input: unknown): CalcRequest | undefined {
  if (!isObject(input)) return undefined;
  let keys = 0;
  for (const _ in input) keys++;
  const {
    benefit,
    date,
    person,
    employments,
    otherServiceYears = 0,
    otherServicePct = 100,
    drawingPct = 100,
    nationalDisabilityBenefit = true,
    childrenUnder18 = 0,
    scheme = 'standard',
    afpQualified = false,
    survivorRules = 'net',
    trace = true,
  } = input;
  // Every key must be one of the thirteen above; counting the present ones proves it.
  let known = 2; // benefit and date, checked below
  if (!PLAIN_BENEFITS.has(benefit) || !isDate(date) || !isObject(person)) return undefined;
  known++;
  let personKeys = 0;
  for (const _ in person) personKeys++;
  const { birthDate, ageLimit = 70 } = person;
  if (personKeys !== (person.ageLimit === undefined ? 1 : 2) || !isDate(birthDate)) return undefined;
  if (!(AGE_LIMITS as readonly unknown[]).includes(ageLimit) || date < birthDate) return undefined;

  let periods: Employment[] = [];
  if (employments !== undefined) {
    known++;
    if (!Array.isArray(employments) || employments.length > MAX_PERIODS) return undefined;
    for (let i = 0; i < employments.length; i++) {
      const e = employment(employments[i]);
      if (!e) return undefined;
      // Periods may not overlap (pairs: histories are short).
      for (let j = 0; j < i; j++) {
        const b = employments[j] as Employment;
        if (e.from <= b.to && b.from <= e.to) return undefined;
      }
    }
    periods = employments as Employment[];
  }
  if (input.otherServiceYears !== undefined) known++;
  if (input.otherServicePct !== undefined) known++;
  if (input.drawingPct !== undefined) known++;
  if (input.nationalDisabilityBenefit !== undefined) known++;
  if (input.childrenUnder18 !== undefined) known++;
  if (input.scheme !== undefined) known++;
  if (input.afpQualified !== undefined) known++;
  if (input.survivorRules !== undefined) known++;
  if (input.trace !== undefined) known++;
  if (
    known !== keys ||
    !isHundredths(otherServiceYears) ||
    otherServiceYears < 0 ||
    otherServiceYears > 60 ||
    !isPercent(otherServicePct) ||
    !isPercent(drawingPct) ||
    typeof nationalDisabilityBenefit !== 'boolean' ||
    !Number.isInteger(childrenUnder18) ||
    (childrenUnder18 as number) < 0 ||
    (childrenUnder18 as number) > 20 ||
    typeof scheme !== 'string' ||
    !Object.hasOwn(FULL_PENSION_BP_BY_SCHEME, scheme) ||
    typeof afpQualified !== 'boolean' ||
    (survivorRules !== 'net' && survivorRules !== 'gross') ||
    typeof trace !== 'boolean'
  )
    return undefined;
  // A member's own benefit needs some service (the schema's superRefine).
  if (periods.length === 0 && otherServiceYears === 0) return undefined;
  return {
    benefit: benefit as CalcRequest['benefit'],
    date,
    person: { birthDate, ageLimit: ageLimit as number },
    employments: periods,
    otherServiceYears,
    otherServicePct,
    drawingPct,
    nationalDisabilityBenefit,
    childrenUnder18: childrenUnder18 as number,
    scheme,
    afpQualified,
    survivorRules,
    trace,
  };
}
