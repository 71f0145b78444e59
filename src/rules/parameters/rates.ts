/**
 * Rates, caps, age limits and cohort tables of the public occupational schemes (oftp-rules.md).
 * Every value is dated (`from`) so a calculation for a date uses the value in force then; a
 * change adds a row, it never edits a formula. Rates are exact fractions as basis points
 * (1 % = 100 bp) so the engine can multiply integers.
 */

import { ParameterMissingError } from './g';

export interface Dated<T> {
  readonly from: string;
  readonly value: T;
}

export function valueOn<T>(rows: readonly Dated<T>[], date: string, name: string): T {
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i] as Dated<T>;
    if (row.from <= date) return row.value;
  }
  throw new ParameterMissingError(`parameter ${name} has no value on ${date}`);
}

/** Gross scheme (bruttoordning, §2). */
export interface GrossScheme {
  /** Full pension as a share of the pensionable base at full service [S9]. */
  fullPensionBp: number;
  /** Years of service for a full pension [S9]. */
  fullServiceYears: number;
  /** Cap on the pensionable base, in G [S11, S12]. */
  capG: number;
  /** Minimum service for a right to a pension (also deferred, pre-2020 rules) [S24]. */
  minServiceYears: number;
  /** Minimum position percentage for membership (SPK law § 5) [S17]. */
  minPositionPct: number;
  /** The age sum of the 85-year rule [S20]. */
  rule85Sum: number;
  /** How many years before the age limit the 85-year rule lets a member go [S20]. */
  rule85YearsBefore: number;
  /** Deferred pension: possible service is clamped to [min, max] years [S16]. */
  deferredPossibleMin: number;
  deferredPossibleMax: number;
  /** Deferred pension is paid from the age limit, at the earliest / latest at these ages [S24]. */
  deferredEarliestAge: number;
  deferredLatestAge: number;
  /** Ordinary drawing age for old-age pension with the general age limit 70 [S18]. */
  ordinaryDrawingAge: number;
}

export const GROSS: readonly Dated<GrossScheme>[] = [
  {
    from: '1967-01-01',
    value: {
      fullPensionBp: 6600,
      fullServiceYears: 30,
      capG: 12,
      minServiceYears: 3,
      minPositionPct: 20,
      rule85Sum: 85,
      rule85YearsBefore: 3,
      deferredPossibleMin: 30,
      deferredPossibleMax: 40,
      deferredEarliestAge: 65,
      deferredLatestAge: 67,
      ordinaryDrawingAge: 67,
    },
  },
];

/**
 * Scheme-specific full-pension percentages (oftp-rules §2.1: Oslo kommune uses 70 % [S13]).
 * A request names its scheme; the default is the statutory 66 %.
 */
export const FULL_PENSION_BP_BY_SCHEME: Readonly<Record<string, number>> = {
  standard: 6600,
  spk: 6600,
  klp: 6600,
  'opf-oslo': 7000,
};

/** Allowed age limits (aldersgrense / særaldersgrense) [S18, S19]; 68 is historic (UNVERIFIED). */
export const AGE_LIMITS = [60, 63, 65, 68, 70] as const;
export const GENERAL_AGE_LIMIT = 70;

/** Cohorts: the old gross scheme covers members born 1962 or earlier (§2). */
export const LAST_GROSS_COHORT = 1962;
/** The date the new accrual model starts (§3). */
export const ACCRUAL_START = '2020-01-01';

/** Old AFP (§4). */
export interface OldAfp {
  /** AFP-tillegg in kroner per year [S44, S45]. */
  afpSupplement: number;
  fromAge: number;
  splitAge: number;
  toAge: number;
  minServiceYears: number;
}
export const OLD_AFP: readonly Dated<OldAfp>[] = [
  {
    from: '2011-01-01',
    value: { afpSupplement: 20400, fromAge: 62, splitAge: 65, toAge: 67, minServiceYears: 3 },
  },
];

/** New accrual model, påslagspensjon (§3.1) [S15, S3]. */
export interface Accrual {
  baseBp: number;
  extraBp: number;
  /** The extra rate applies between these thresholds, in G. */
  extraFromG: number;
  capG: number;
  fromAge: number;
  toAge: number;
  drawFromAge: number;
  drawToAge: number;
  minServiceYears: number;
}
export const ACCRUAL: readonly Dated<Accrual>[] = [
  {
    from: '2020-01-01',
    value: {
      baseBp: 570,
      extraBp: 1810,
      extraFromG: 7.1,
      capG: 12,
      fromAge: 13,
      toAge: 75,
      drawFromAge: 62,
      drawToAge: 75,
      minServiceYears: 1,
    },
  },
];

/** Betinget tjenestepensjon (§3.3) [S14, S36]. */
export interface Conditional {
  rateBp: number;
  capG: number;
  /** Accrual stops at this birthday. */
  untilAge: number;
  drawFromAge: number;
  /** Members with a special age limit draw it at the earliest at this age [S38]. */
  specialLimitDrawFromAge: number;
  /** After this age the amount is computed as if drawn at it [S14]. */
  computeAtMostAge: number;
  minServiceYears: number;
}
export const CONDITIONAL: readonly Dated<Conditional>[] = [
  {
    from: '2020-01-01',
    value: {
      rateBp: 300,
      capG: 7.1,
      untilAge: 62,
      drawFromAge: 62,
      specialLimitDrawFromAge: 67,
      computeAtMostAge: 70,
      minServiceYears: 1,
    },
  },
];

/** Overgangstillegg (§3.4) [S32, S33, S39]: factor × G by cohort, paid 62–66, ≥ 15 years. */
export const TRANSITIONAL_FACTOR_BY_COHORT: Readonly<Record<number, number>> = {
  1963: 0.15,
  1964: 0.13125,
  1965: 0.1125,
  1966: 0.09375,
  1967: 0.075,
  1968: 0.05625,
  1969: 0.0375,
  1970: 0.01875,
};
export const TRANSITIONAL = { fromAge: 62, toAge: 67, minServiceYears: 15 } as const;

/** Disability pension from 2015 (§5) [S47, S48, S11]. */
export interface Disability {
  /** Kronetillegg: 25 % of G, at most 6 % of PG. */
  flatG: number;
  flatMaxPgBp: number;
  /** With national benefit: 3 % of PG up to 6 G + 69 % of PG between 6 G and 12 G. */
  lowBp: number;
  highBp: number;
  splitG: number;
  capG: number;
  /** Without a national benefit: 69 % of PG up to 12 G (+ the kronetillegg). */
  withoutNationalBp: number;
  minGradePct: number;
  /** Future service is counted to the age limit, at most to this age. */
  futureServiceToAge: number;
  /** Barnetillegg: 4 % of PG capped at 6 G per child under 18, at most 3 children [S11]. */
  childBp: number;
  childCapG: number;
  childMaxCount: number;
  childUnderAge: number;
}
export const DISABILITY: readonly Dated<Disability>[] = [
  {
    from: '2015-01-01',
    value: {
      flatG: 0.25,
      flatMaxPgBp: 600,
      lowBp: 300,
      highBp: 6900,
      splitG: 6,
      capG: 12,
      withoutNationalBp: 6900,
      minGradePct: 20,
      futureServiceToAge: 67,
      childBp: 400,
      childCapG: 6,
      childMaxCount: 3,
      childUnderAge: 18,
    },
  },
];

/** Survivor pensions (§6) [S50–S53]. */
export interface Survivor {
  spouseNetBp: number;
  spouseGrossBp: number;
  childBp: number;
  childUntilAge: number;
  /** A deceased active member's service counts to the age limit, at most to this age [S52]. */
  futureServiceToAge: number;
}
export const SURVIVOR: readonly Dated<Survivor>[] = [
  {
    from: '1967-01-01',
    value: {
      spouseNetBp: 900,
      spouseGrossBp: 3960,
      childBp: 1500,
      childUntilAge: 20,
      futureServiceToAge: 67,
    },
  },
];

/** Samordning (§2.4): the part of grunnpensjon above ¾ G is deducted (UNVERIFIED variants). */
export const SAMORDNING = { basicPensionFreeG: 0.75 } as const;

/** Regulation of old-age pensions in payment 2011–2021: wage growth divided by 1.0075 (§1.2). */
export const PAYMENT_REGULATION_DIVISOR: readonly Dated<number | null>[] = [
  { from: '2011-05-01', value: 1.0075 },
  // From 2022 the average of wage and price growth applies; the price growth is an input.
  { from: '2022-05-01', value: null },
];

/**
 * How each scheme rounds service time to whole years (oftp-rules §2.1), by date. Service is
 * counted in calendar years, months and days (calendar.ts); a year is added for the months left
 * when they reach `roundUpFromMonths`. OPF: "20 år og 4 måneder → 20; 20 år og 6 måneder → 21"
 * [S13]. SPK "counts whole years since 1 Jan 2018" [S16]: read as the same rounding to whole
 * years (whether the months below a year are dropped instead is UNVERIFIED); KLP and the
 * statutory default follow the SPK template.
 */
export interface ServiceRounding {
  roundUpFromMonths: number;
  source: string;
}
const HALF_YEAR_UP: ServiceRounding = { roundUpFromMonths: 6, source: 'S13' };
export const SERVICE_ROUNDING_BY_SCHEME: Readonly<Record<string, readonly Dated<ServiceRounding>[]>> = {
  standard: [{ from: '1967-01-01', value: HALF_YEAR_UP }],
  spk: [{ from: '1967-01-01', value: { roundUpFromMonths: 6, source: 'S13, S16' } }],
  klp: [{ from: '1967-01-01', value: HALF_YEAR_UP }],
  'opf-oslo': [{ from: '1967-01-01', value: HALF_YEAR_UP }],
};

/** The rounding of `scheme` on `date` (the standard rounding for a scheme without its own). */
export function serviceRoundingOn(scheme: string, date: string): ServiceRounding {
  const rows =
    SERVICE_ROUNDING_BY_SCHEME[scheme] ??
    (SERVICE_ROUNDING_BY_SCHEME.standard as readonly Dated<ServiceRounding>[]);
  return valueOn(rows, date, `service rounding (${scheme})`);
}
