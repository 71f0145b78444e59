/**
 * Norwegian identifiers: fødselsnummer and D-number (national identity numbers), organisasjons-
 * nummer and kontonummer. Pure functions; every failure says what is wrong in words a user can act on.
 */
import { type IsoDate, isoDate, isRealDate } from './dates';

export type NationalIdKind = 'fnr' | 'dnr';
/** Synthetic test populations: NAV's Dolly adds 40 to the month, Skatteetaten's Tenor adds 80. */
export type SyntheticKind = 'dolly' | 'tenor';

export interface NationalId {
  kind: NationalIdKind;
  synthetic: SyntheticKind | null;
  birthDate: IsoDate;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface NationalIdOptions {
  /** Accept synthetic test numbers (only in a training environment). */
  allowSynthetic?: boolean;
  /** The day of checking: from 2032 a changed control rule must be accepted as well. */
  today?: IsoDate;
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const ORGNR_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const ACCOUNT_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const GENDER_NEUTRAL_FROM = '2032-01-01';

function weightedSum(digits: number[], weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  return sum;
}

/** The classic mod-11 control digit: 11 → 0, 10 → no valid digit (undefined). */
export function mod11ControlDigit(digits: number[], weights: number[]): number | undefined {
  const k = 11 - (weightedSum(digits, weights) % 11);
  if (k === 11) return 0;
  return k === 10 ? undefined : k;
}

function toDigits(text: string, length: number): number[] | undefined {
  if (text.length !== length) return undefined;
  const digits: number[] = new Array(length);
  for (let i = 0; i < length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    digits[i] = d;
  }
  return digits;
}

/** The full year of birth from the two-digit year and the individual number (NAV's ranges). */
function birthYear(yy: number, individual: number): number | undefined {
  if (individual <= 499) return 1900 + yy;
  if (individual >= 900 && yy >= 40) return 1900 + yy;
  if (individual >= 500 && yy <= 39) return 2000 + yy;
  if (individual >= 500 && individual <= 749 && yy >= 54) return 1800 + yy;
  return undefined;
}

/** Checks a fødselsnummer or D-number: length, both control digits, a real birth date, the century. */
export function checkNationalId(text: string, options: NationalIdOptions = {}): Checked<NationalId> {
  const d = toDigits(text, 11);
  if (!d) return { ok: false, reason: 'must be exactly 11 digits' };
  const [d0 = 0, d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0, d6 = 0, d7 = 0, d8 = 0, k1 = 0, k2 = 0] = d;

  const newRule = (options.today ?? '') >= GENDER_NEUTRAL_FROM;
  const sum1 = weightedSum(d, K1_WEIGHTS) + k1;
  const k1Ok = sum1 % 11 === 0 || (newRule && sum1 % 11 <= 3);
  if (!k1Ok) return { ok: false, reason: 'first control digit (digit 10) is wrong' };
  if ((weightedSum(d, K2_WEIGHTS) + k2) % 11 !== 0) {
    return { ok: false, reason: 'second control digit (digit 11) is wrong' };
  }

  let day = d0 * 10 + d1;
  let month = d2 * 10 + d3;
  const yy = d4 * 10 + d5;
  const individual = d6 * 100 + d7 * 10 + d8;

  let kind: NationalIdKind = 'fnr';
  if (day > 40) {
    kind = 'dnr';
    day -= 40;
  }
  let synthetic: SyntheticKind | null = null;
  if (month > 80) {
    synthetic = 'tenor';
    month -= 80;
  } else if (month > 40) {
    synthetic = 'dolly';
    month -= 40;
  }
  if (synthetic && !options.allowSynthetic) {
    return {
      ok: false,
      reason: `synthetic test number (month + ${synthetic === 'tenor' ? 80 : 40}) is accepted only in a training environment`,
    };
  }
  const year = birthYear(yy, individual);
  if (year === undefined) return { ok: false, reason: 'individual number does not fit the year of birth' };
  if (!isRealDate(year, month, day))
    return { ok: false, reason: 'the birth date in the number does not exist' };
  return { ok: true, value: { kind, synthetic, birthDate: isoDate(year, month, day) } };
}

/** Checks a 9-digit organisasjonsnummer (mod 11, weights 3,2,7,6,5,4,3,2). */
export function checkOrgnr(text: string): Checked<string> {
  const d = toDigits(text, 9);
  if (!d) return { ok: false, reason: 'must be exactly 9 digits' };
  const k = mod11ControlDigit(d, ORGNR_WEIGHTS);
  if (k === undefined || k !== d[8]) return { ok: false, reason: 'control digit (digit 9) is wrong' };
  return { ok: true, value: text };
}

/** Checks an 11-digit Norwegian kontonummer (4 bank + 2 + 5, mod 11). Accepts dots or spaces as separators. */
export function checkAccountNumber(text: string): Checked<string> {
  const compact = text.replace(/[.\s]/g, '');
  const d = toDigits(compact, 11);
  if (!d) return { ok: false, reason: 'must be exactly 11 digits' };
  const k = mod11ControlDigit(d, ACCOUNT_WEIGHTS);
  if (k === undefined || k !== d[10]) return { ok: false, reason: 'control digit (digit 11) is wrong' };
  return { ok: true, value: compact };
}

/** Masks a national identity number for logs and screens that need no more than the birth date part. */
export function maskNationalId(text: string): string {
  return text.length === 11 ? `${text.slice(0, 6)}*****` : '***********';
}
