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

function weightedSum(digits: ArrayLike<number>, weights: number[]): number {
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

/** Why a fødselsnummer or D-number of 11 digits is refused, by the code `nationalIdBirth` returns. */
const NATIONAL_ID_REASONS: readonly string[] = [
  'first control digit (digit 10) is wrong',
  'second control digit (digit 11) is wrong',
  'synthetic test number (month + 40) is accepted only in a training environment',
  'synthetic test number (month + 80) is accepted only in a training environment',
  'individual number does not fit the year of birth',
  'the birth date in the number does not exist',
];

/**
 * The rules of `checkNationalId` for 11 digits: the birth date as year × 10 000 + month × 100 + day,
 * or a negative code (-1 - index into NATIONAL_ID_REASONS) when the number is refused. Allocates
 * nothing, for callers that check a million numbers (the migration import).
 */
export function nationalIdBirth(d: ArrayLike<number>, options: NationalIdOptions = {}): number {
  const newRule = (options.today ?? '') >= GENDER_NEUTRAL_FROM;
  const sum1 = weightedSum(d, K1_WEIGHTS) + (d[9] ?? 0);
  const k1Ok = sum1 % 11 === 0 || (newRule && sum1 % 11 <= 3);
  if (!k1Ok) return -1;
  if ((weightedSum(d, K2_WEIGHTS) + (d[10] ?? 0)) % 11 !== 0) return -2;

  let day = (d[0] ?? 0) * 10 + (d[1] ?? 0);
  let month = (d[2] ?? 0) * 10 + (d[3] ?? 0);
  const yy = (d[4] ?? 0) * 10 + (d[5] ?? 0);
  const individual = (d[6] ?? 0) * 100 + (d[7] ?? 0) * 10 + (d[8] ?? 0);

  if (day > 40) day -= 40; // a D-number
  let synthetic = 0;
  if (month > 80) synthetic = 80;
  else if (month > 40) synthetic = 40;
  month -= synthetic;
  if (synthetic > 0 && !options.allowSynthetic) return synthetic === 40 ? -3 : -4;
  const year = birthYear(yy, individual);
  if (year === undefined) return -5;
  if (!isRealDate(year, month, day)) return -6;
  return year * 10_000 + month * 100 + day;
}

/** Checks a fødselsnummer or D-number: length, both control digits, a real birth date, the century. */
export function checkNationalId(text: string, options: NationalIdOptions = {}): Checked<NationalId> {
  const d = toDigits(text, 11);
  if (!d) return { ok: false, reason: 'must be exactly 11 digits' };
  const birth = nationalIdBirth(d, options);
  if (birth < 0) return { ok: false, reason: NATIONAL_ID_REASONS[-1 - birth] ?? 'is not valid' };
  const day = (d[0] ?? 0) * 10 + (d[1] ?? 0);
  const month = (d[2] ?? 0) * 10 + (d[3] ?? 0);
  const kind: NationalIdKind = day > 40 ? 'dnr' : 'fnr';
  const synthetic: SyntheticKind | null = month > 80 ? 'tenor' : month > 40 ? 'dolly' : null;
  const birthDate = isoDate(Math.floor(birth / 10_000), Math.floor(birth / 100) % 100, birth % 100);
  return { ok: true, value: { kind, synthetic, birthDate } };
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
