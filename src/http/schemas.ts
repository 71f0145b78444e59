/** Schemas shared by many routes. */
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

export const IdParams = z.object({ id: z.coerce.number().int().positive() });

export const IsoDateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => parseIsoDate(s) !== undefined, 'not a real date');
