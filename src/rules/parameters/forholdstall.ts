/**
 * Forholdstall: the life-expectancy ratio a gross-scheme old-age pension is divided by
 * (levealdersjustering, oftp-rules §2.5). Everyone born 1943 or later has the occupational
 * pension adjusted like the folketrygd [S30]; SSB works out each cohort's life expectancy by July
 * of the year it turns 61 and the ratios are fixed then [S30], one per drawing age.
 *
 * Every value here carries its source. Only values we found published are in the table; a
 * cohort or age without one is NOT filled in by guess: the engine then leaves the pension
 * unadjusted, marks the answer `provisional` and says why in the trace. Add an official row
 * (NAV's table) with its source when it is at hand.
 */
import type { Dated } from './rates';

export interface ForholdstallRow {
  cohort: number;
  /** Whole years of age at drawing. */
  age: number;
  value: number;
  source: string;
}

/** Where the rules put the adjustment (oftp-rules §2.5, [S30]). */
export interface LifeExpectancyRules {
  /** The first cohort adjusted [S30]. */
  firstCohort: number;
  /** Not adjusted before this age (særalderspensjon, deferred and disability convert then) [S30]. */
  fromAge: number;
}

/** Null before the pension reform of 2011 brought the adjustment (no pension adjusted then). */
export const LIFE_EXPECTANCY: readonly Dated<LifeExpectancyRules | null>[] = [
  { from: '1967-01-01', value: null },
  { from: '2011-01-01', value: { firstCohort: 1943, fromAge: 67 } },
];

const SPK_APOTEK =
  'SPK, Pensjonsordning for apotekvirksomhet, ordbok «Forholdstall» (spk.no/apotekordningen/ordbok/forholdstall): cohort 1949, ages 62–67; the page calls them "anslått" (as SPK computes them)';

const OPF_1954 =
  'Oslo Pensjonsforsikring, «Levealdersjustering» (opf.no/personkunde/alderspensjon/din-pensjon-hos-oss/levealdersjustering): "Forholdstallet for deg som er født i 1954 og tar ut pensjon når du fyller 67 år er 1,062", with its worked example 385 000 / 1,062 = 362 524; the page points to NAV\'s table for the values';

/**
 * Rows by date set: a cohort's ratios are fixed by July of the year it turns 61 [S30] (1949 in
 * 2010, 1954 in 2015). NAV's own table was not among the sources at hand (searched for cohorts
 * 1950–1962): only the values quoted above are in. For cohorts 1954–1962 SPK uses justeringstall
 * (forholdstall and delingstall / 13.42 in the cohort's shares, SPK «Justeringstall»); the engine
 * divides by the forholdstall alone, as OPF's example does (oftp-rules §2.5, simplified).
 */
export const FORHOLDSTALL: readonly Dated<ForholdstallRow>[] = [
  { from: '2010-07-01', value: { cohort: 1949, age: 62, value: 1.319, source: SPK_APOTEK } },
  { from: '2010-07-01', value: { cohort: 1949, age: 63, value: 1.261, source: SPK_APOTEK } },
  { from: '2010-07-01', value: { cohort: 1949, age: 64, value: 1.203, source: SPK_APOTEK } },
  { from: '2010-07-01', value: { cohort: 1949, age: 65, value: 1.145, source: SPK_APOTEK } },
  { from: '2010-07-01', value: { cohort: 1949, age: 66, value: 1.088, source: SPK_APOTEK } },
  { from: '2010-07-01', value: { cohort: 1949, age: 67, value: 1.03, source: SPK_APOTEK } },
  { from: '2015-07-01', value: { cohort: 1954, age: 67, value: 1.062, source: OPF_1954 } },
];

const BY_KEY = new Map<number, Dated<ForholdstallRow>>(
  FORHOLDSTALL.map((r) => [r.value.cohort * 1000 + r.value.age, r]),
);

/** The published ratio for a cohort at an age, known on `date`, or undefined. */
export function forholdstall(cohort: number, age: number, date: string): ForholdstallRow | undefined {
  const row = BY_KEY.get(cohort * 1000 + age);
  return row && row.from <= date ? row.value : undefined;
}
