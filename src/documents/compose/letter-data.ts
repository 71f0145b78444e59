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

const DecisionFields = z.object({
  outcome: z.enum(['granted', 'refused']),
  benefit: z.string().min(1).max(50),
  decisionDate: date,
  effectiveFrom: date.optional(),
  monthlyAmount: ore.optional(),
  annualAmount: ore.optional(),
  reasons: z.array(text).max(50).default([]),
  /** Trace steps only (a handler's or an older order): listed in the letter as they are. */
  calculation: z.object({ steps: z.array(TraceStepData).max(200) }).optional(),
  /** The rules engine's whole answer with its trace: explained in plain language (rules/explain). */
  result: z
    .looseObject({ benefit: z.string(), eligible: z.boolean(), trace: z.array(z.unknown()) })
    .optional(),
  appealWeeks: z.number().int().min(1).max(52).default(6),
});

/**
 * A decision as the cases capability orders it at approval (cases/approve-decision.ts):
 * `{caseType, outcome, from, reason, benefit, annualAmount, monthlyAmount, calculation:
 * {version, request, result}, approvedAt}`, read into the letter's fields.
 */
function fromCaseOrder(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || !('caseId' in data) || !('approvedAt' in data))
    return data;
  const c = data as Record<string, unknown>;
  const calc = c.calculation as { result?: unknown } | null | undefined;
  const orUndefined = (v: unknown) => (v === null ? undefined : v);
  return {
    outcome: c.outcome,
    benefit: c.benefit ?? c.caseType,
    decisionDate: typeof c.approvedAt === 'string' ? c.approvedAt.slice(0, 10) : c.approvedAt,
    effectiveFrom: orUndefined(c.from),
    monthlyAmount: orUndefined(c.monthlyAmount),
    annualAmount: orUndefined(c.annualAmount),
    reasons: typeof c.reason === 'string' && c.reason !== '' ? [c.reason] : [],
    result: orUndefined(calc?.result),
  };
}

export const DecisionData = z.preprocess(fromCaseOrder, DecisionFields);

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
