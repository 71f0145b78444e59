/**
 * Schemas shared by many routes: the one place where ids, dates and text are checked at the HTTP
 * boundary. A route of any capability uses these, so a tightened rule reaches every route at once.
 *
 * - Ids are PostgreSQL `integer`s: 1 … 2 147 483 647. In a path or query they are plain decimal
 *   digits only (`0x10`, `1e3`, ` 1`, `+1`, `01` are refused, not read as some other number).
 * - Dates are `YYYY-MM-DD`, a real day, years MIN_YEAR … 9999. Nobody in a pension register was
 *   born, employed or paid before 1800; year 0 does not exist in PostgreSQL at all.
 * - Text: no string anywhere in a request (path, query, body, at any depth) may hold a NUL
 *   character or a lone UTF-16 surrogate: PostgreSQL cannot store either (text, jsonb of the audit
 *   log). `unsafeTextIssues` finds them; the server's preValidation hook refuses them for every
 *   route with 400 and the field's path, before the route's own schema runs.
 */
import { z } from 'zod';
import { parseIsoDate } from '../domain/dates';

export const ErrorResponse = z
  .object({ errors: z.array(z.object({ path: z.string(), message: z.string() })) })
  .describe('A list of problems, each with the path of the field it concerns');

/** The error answers every protected route can give. */
export const protectedErrors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
};

/** The largest id: PostgreSQL's `integer`. */
export const MAX_ID = 2_147_483_647;
/** The earliest year a date may have (see above). */
export const MIN_YEAR = 1800;

/** An id in a JSON body: a whole number 1 … 2^31−1. */
export const Id = z.number().int().min(1).max(MAX_ID, `must be at most ${MAX_ID}`);

/** An id in a path or query string: decimal digits only, no sign, no leading zero, ≤ 2^31−1. */
export const IdString = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, 'must be a positive whole number in decimal digits')
  .refine((s) => Number(s) <= MAX_ID, `must be at most ${MAX_ID}`)
  .transform(Number);

export const IdParams = z.object({ id: IdString });

/** A non-negative whole number in a query string (offsets, limits): digits only, ≤ 2^31−1. */
export const CountString = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,9})$/, 'must be a whole number in decimal digits')
  .refine((s) => Number(s) <= MAX_ID, `must be at most ${MAX_ID}`)
  .transform(Number);

export const IsoDateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => parseIsoDate(s) !== undefined, 'not a real date')
  .refine((s) => Number(s.slice(0, 4)) >= MIN_YEAR, `must be in year ${MIN_YEAR} or later`);

/** Finds NUL characters and lone surrogates in every string of a value, with each one's field path. */
export function unsafeTextIssues(
  value: unknown,
  prefix: string,
  out: { path: string; message: string }[] = [],
) {
  if (out.length >= 20) return out;
  if (typeof value === 'string') {
    const problem = unsafeText(value);
    if (problem) out.push({ path: prefix, message: problem });
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) unsafeTextIssues(value[i], `${prefix}[${i}]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const keyProblem = unsafeText(k);
      if (keyProblem) out.push({ path: prefix, message: `a field name ${keyProblem}` });
      else unsafeTextIssues(v, prefix ? `${prefix}.${k}` : k, out);
    }
  }
  return out;
}

// A NUL, or a high surrogate not followed by a low one, or a low one not preceded by a high one.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const UNSAFE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function unsafeText(s: string): string | undefined {
  const m = UNSAFE.exec(s);
  if (!m) return undefined;
  return m[0] === '\u0000'
    ? 'must not contain a NUL character'
    : 'must not contain a lone surrogate (text that is not valid Unicode)';
}
