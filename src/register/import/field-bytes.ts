/**
 * Reading the common, well-formed values of an import field straight from its bytes, with no
 * string made. Each reader accepts only a plain form (ASCII digits and punctuation, no spaces) and
 * answers -1 (or undefined) for anything else; the validator then reads that field as text, the
 * way it always has, so odd values get exactly the same verdict and message as before.
 */
import { daysFromCivil } from '../../domain/day-numbers';

const ZERO = 48;
const DOT = 46;
const DASH = 45;

/** The value of `buf[from..to)` if it is only ASCII digits (at most 15 of them), else -1. */
export function digitsValue(buf: Buffer, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = (buf[i] as number) - ZERO;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Day numbers of 1 January of the years 0–9999, and the days before each month of a common year. */
const YEAR_START = Int32Array.from({ length: 10_000 }, (_, year) => daysFromCivil(year, 1, 1));
const BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The day number (days since 1970-01-01) of a real date written `YYYY-MM-DD` at `at`, else
 * undefined. Millions of dates per import: year starts come from a table, not from divisions.
 */
export function isoDateDays(buf: Buffer, at: number): number | undefined {
  if (buf[at + 4] !== DASH || buf[at + 7] !== DASH) return undefined;
  const year = digitsValue(buf, at, at + 4);
  const month = digitsValue(buf, at + 5, at + 7);
  const day = digitsValue(buf, at + 8, at + 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const extra = leap && month >= 2 ? 1 : 0; // 29 February, and the day it adds after it
  if (day > (MONTH_DAYS[month] as number) + (month === 2 ? extra : 0)) return undefined;
  return (YEAR_START[year] as number) + (BEFORE_MONTH[month] as number) + (month > 2 ? extra : 0) + day - 1;
}

/** A percentage 0–100 with at most two decimals ("100", "33.33", "7.5") in hundredths, else -1. */
export function percentHundredths(buf: Buffer, from: number, to: number): number {
  let dot = from;
  while (dot < to && buf[dot] !== DOT) dot++;
  const whole = digitsValue(buf, from, dot);
  if (whole < 0 || whole > 100) return -1;
  if (dot === to) return whole * 100;
  const decimals = to - dot - 1;
  if (decimals < 1 || decimals > 2) return -1;
  const frac = digitsValue(buf, dot + 1, to);
  if (frac < 0) return -1;
  const hundredths = whole * 100 + (decimals === 1 ? frac * 10 : frac);
  return hundredths > 10_000 ? -1 : hundredths;
}

/** Whole kroner or kroner and øre ("618408", "136760.58", at most 13 digits before the point) in øre, else -1. */
export function kronerOre(buf: Buffer, from: number, to: number): number {
  let dot = from;
  while (dot < to && buf[dot] !== DOT) dot++;
  if (dot - from > 13) return -1;
  const whole = digitsValue(buf, from, dot);
  if (whole < 0) return -1;
  if (dot === to) return whole * 100;
  const decimals = to - dot - 1;
  if (decimals < 1 || decimals > 2) return -1;
  const frac = digitsValue(buf, dot + 1, to);
  if (frac < 0) return -1;
  return whole * 100 + (decimals === 1 ? frac * 10 : frac);
}

/** True when `buf[from..to)` holds exactly the bytes of the ASCII string `text`. */
export function bytesEqual(buf: Buffer, from: number, to: number, text: string): boolean {
  if (to - from !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (buf[from + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** FNV-1a over bytes: finds a scheme code by its bytes without making a string. */
export function bytesHash(buf: Buffer, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ (buf[i] as number), 0x01000193);
  return h;
}

/** True when `buf[from..to)` equals `bytes`. */
export function sameBytes(buf: Buffer, from: number, to: number, bytes: Buffer): boolean {
  if (to - from !== bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (buf[from + i] !== bytes[i]) return false;
  return true;
}
