/**
 * What each letter type needs in its order's `data` (amounts in øre, dates YYYY-MM-DD). The
 * orderer (cases, payments, the annual statement run, a handler) fills it; rendering checks it.
 */
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates';

const date = z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD');
const ore = z.number().int().safe();
const text = z.string().min(1).max(10_000);

/** One step of the rules engine's trace as cases stores it with the decision. */
export const TraceStepData = z.object({
  rule: z.string().max(200).optional(),
  text: z.string().max(2000),
  inputs: z.record(z.string(), z.unknown()).optional(),
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]).optional(),
});

export const DecisionData = z.object({
  outcome: z.enum(['granted', 'refused']),
  benefit: z.string().min(1).max(50),
  decisionDate: date,
  effectiveFrom: date.optional(),
  monthlyAmount: ore.optional(),
  annualAmount: ore.optional(),
  reasons: z.array(text).max(50).default([]),
  /** The stored calculation result: its trace steps are explained in the letter. */
  calculation: z.object({ steps: z.array(TraceStepData).max(200) }).optional(),
  appealWeeks: z.number().int().min(1).max(52).default(6),
});

export const PaymentNoticeData = z.object({
  benefit: z.string().min(1).max(50).default('old_age'),
  effectiveFrom: date,
  previousMonthly: ore,
  newMonthly: ore,
  reason: z.enum(['regulation', 'correction', 'other']).default('other'),
});

export const AnnualStatementData = z.object({
  year: z.number().int().min(1000).max(9999),
  gross: ore,
  taxWithheld: ore,
});

export const RecoveryData = z.object({
  deceasedName: z.string().min(1).max(200),
  dateOfDeath: date,
  paidFrom: date,
  paidTo: date,
  amount: ore.positive(),
  dueDate: date,
  account: z.string().regex(/^\d{11}$/, 'must be an 11-digit account number'),
});

export const FreeData = z.object({
  title: z.string().min(1).max(200),
  /** Paragraphs separated by a blank line. */
  body: z.string().min(1).max(20_000),
});

export const LETTER_DATA = {
  decision: DecisionData,
  payment_notice: PaymentNoticeData,
  annual_statement: AnnualStatementData,
  recovery: RecoveryData,
  free: FreeData,
} as const;
