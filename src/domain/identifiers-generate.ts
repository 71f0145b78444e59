/**
 * Makers of valid Norwegian identifiers: the inverse of `identifiers.ts`. Pure; used by the
 * synthetic population generator and by tests. Each maker returns undefined when no valid
 * number exists for its input (a mod-11 control digit of 10), so the caller picks another.
 */
import { dateParts, type IsoDate } from './dates';
import { mod11ControlDigit, type SyntheticKind } from './identifiers';

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const ORGNR_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const ACCOUNT_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Ranges of individual numbers (individnummer) that encode a year of birth, inclusive (§7). */
export function individualRanges(year: number): Array<readonly [number, number]> {
  if (year >= 1854 && year <= 1899) return [[500, 749]];
  if (year >= 1900 && year <= 1939) return [[0, 499]];
  if (year >= 1940 && year <= 1999)
    return [
      [0, 499],
      [900, 999],
    ];
  if (year >= 2000 && year <= 2039) return [[500, 999]];
  return [];
}

export function individualFitsYear(year: number, individual: number): boolean {
  return individualRanges(year).some(([from, to]) => individual >= from && individual <= to);
}

export interface NationalIdSpec {
  birthDate: IsoDate;
  /** Individnummer 0–999; must fit the year of birth. */
  individual: number;
  /** D-number (day + 40): for people without a fødselsnummer. */
  dNumber?: boolean;
  /** Synthetic test number: Dolly adds 40 to the month, Tenor 80. */
  synthetic?: SyntheticKind | null;
}

/**
 * Writes a fødselsnummer / D-number / synthetic number with both control digits under today's
 * rule (remainder 0). Undefined when the individual number does not fit the year or a control
 * digit would be 10.
 */
export function makeNationalId(spec: NationalIdSpec): string | undefined {
  const { year, month, day } = dateParts(spec.birthDate);
  if (!individualFitsYear(year, spec.individual)) return undefined;
  const dd = day + (spec.dNumber ? 40 : 0);
  const mm = month + (spec.synthetic === 'tenor' ? 80 : spec.synthetic === 'dolly' ? 40 : 0);
  return nationalIdFromParts(dd, mm, year % 100, spec.individual);
}

/** The fast path for bulk generation: day/month already shifted, no range checks. */
export function nationalIdFromParts(
  dd: number,
  mm: number,
  yy: number,
  individual: number,
): string | undefined {
  const digits = [
    Math.floor(dd / 10),
    dd % 10,
    Math.floor(mm / 10),
    mm % 10,
    Math.floor(yy / 10),
    yy % 10,
    Math.floor(individual / 100),
    Math.floor(individual / 10) % 10,
    individual % 10,
  ];
  const k1 = mod11ControlDigit(digits, K1_WEIGHTS);
  if (k1 === undefined) return undefined;
  digits.push(k1);
  const k2 = mod11ControlDigit(digits, K2_WEIGHTS);
  if (k2 === undefined) return undefined;
  digits.push(k2);
  return digits.join('');
}

/** A 9-digit organisasjonsnummer from its first 8 digits (0–99 999 999), or undefined if none exists. */
export function makeOrgnr(base: number): string | undefined {
  return withControlDigit(base, 8, ORGNR_WEIGHTS);
}

/** An 11-digit kontonummer from its first 10 digits (bank 4 + 2 + 4), or undefined if none exists. */
export function makeAccountNumber(base: number): string | undefined {
  return withControlDigit(base, 10, ACCOUNT_WEIGHTS);
}

function withControlDigit(base: number, length: number, weights: number[]): string | undefined {
  if (!Number.isSafeInteger(base) || base < 0 || base >= 10 ** length) {
    throw new RangeError(`base must be a whole number of at most ${length} digits`);
  }
  const text = String(base).padStart(length, '0');
  const k = mod11ControlDigit(Array.from(text, Number), weights);
  return k === undefined ? undefined : `${text}${k}`;
}
