/** The payments API (src/http/routes/payments.ts): answers checked with zod. Money in kroner. */
import { z } from 'zod';
import { ApiError, type ApiErrorItem, tokenStore } from './client';

export const RunSummary = z.object({
  month: z.string(),
  payments: z.number(),
  gross: z.number(),
  withholding: z.number(),
  net: z.number(),
  missingAccount: z.number(),
  backPay: z.number(),
  alreadyPaid: z.boolean(),
  defaultTax: z.number(),
  transactions: z.number(),
});

export const Run = z.object({
  id: z.number(),
  month: z.string(),
  payDate: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  payments: z.number(),
  transactions: z.number(),
  gross: z.number(),
  withholding: z.number(),
  deductions: z.number(),
  reissued: z.number(),
  net: z.number(),
  backPay: z.number(),
  missingAccount: z.number(),
  heldGross: z.number(),
  defaultTax: z.number(),
  fileWritten: z.boolean(),
  entries: z.array(z.object({ account: z.string(), debit: z.number(), credit: z.number() })),
  reconciliation: z.object({
    entriesBalance: z.boolean(),
    paymentsMatch: z.boolean(),
    debit: z.number(),
    credit: z.number(),
  }),
});
export type Run = z.infer<typeof Run>;
export const RunsAnswer = z.object({ runs: z.array(Run) });

export const RejectedAnswer = z.object({
  items: z.array(
    z.object({
      personId: z.number(),
      name: z.string(),
      month: z.string(),
      net: z.number(),
      reason: z.string().nullable(),
      rejectedAccount: z.string(),
      currentAccount: z.string().nullable(),
      accountCorrected: z.boolean(),
    }),
  ),
});

export const Claim = z.object({
  id: z.number(),
  personId: z.number(),
  name: z.string(),
  debtorPersonId: z.number(),
  firstMonth: z.string(),
  lastMonth: z.string(),
  amount: z.number(),
  gross: z.number().nullable(),
  withholding: z.number().nullable(),
  recovered: z.number(),
  instalment: z.number().nullable(),
  status: z.string(),
  writeOffReason: z.string().nullable(),
  writeOffBy: z.string().nullable(),
  writeOffApprovedBy: z.string().nullable(),
});
export type Claim = z.infer<typeof Claim>;
export const ClaimsAnswer = z.object({ items: z.array(Claim) });

export const GValuesAnswer = z.object({
  items: z.array(
    z.object({
      from: z.string(),
      g: z.number(),
      pensionFactor: z.string().nullable(),
      enteredBy: z.string(),
      approvedBy: z.string().nullable(),
      source: z.string(),
    }),
  ),
});

const Change = z.object({
  pensionId: z.number(),
  personId: z.number(),
  before: z.number(),
  after: z.number(),
});
export const RegulationAnswer = z.object({
  from: z.string(),
  g: z.number(),
  gBefore: z.number(),
  gFactor: z.string(),
  pensionFactor: z.string(),
  pensions: z.number(),
  before: z.number(),
  after: z.number(),
  alreadyRegulated: z.boolean(),
  dryRun: z.boolean(),
  benefits: z
    .record(
      z.string(),
      z.object({ pensions: z.number(), before: z.number(), after: z.number(), largest: z.array(Change) }),
    )
    .optional(),
});
export type RegulationAnswer = z.infer<typeof RegulationAnswer>;

export const PersonPaymentsAnswer = z.object({
  person: z.object({
    id: z.number(),
    name: z.string(),
    accountNumber: z.string().nullable(),
    deathDate: z.string().nullable(),
  }),
  payments: z.array(
    z.object({
      month: z.string(),
      payDate: z.string(),
      gross: z.number(),
      withholding: z.number(),
      deduction: z.number(),
      reissued: z.number(),
      net: z.number(),
      taxBasis: z.string(),
      accountNumber: z.string(),
      bankStatus: z.string().nullable(),
      bankReason: z.string().nullable(),
      lines: z.array(
        z.object({
          pensionId: z.number(),
          benefit: z.string(),
          forMonth: z.string(),
          gross: z.number(),
          backPay: z.boolean(),
        }),
      ),
    }),
  ),
  holds: z.array(z.object({ month: z.string(), reason: z.string(), gross: z.number() })),
  claims: z.array(
    z.object({
      id: z.number(),
      amount: z.number(),
      remaining: z.number(),
      status: z.string(),
      firstMonth: z.string(),
      lastMonth: z.string(),
    }),
  ),
});
export type PersonPaymentsAnswer = z.infer<typeof PersonPaymentsAnswer>;

/** A POST whose answer is 204 No Content (the queue actions). */
export async function postAction(url: string, body: unknown): Promise<void> {
  const token = tokenStore.get();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body ?? {}),
  });
  if (res.ok) return;
  let errors: ApiErrorItem[] = [];
  try {
    errors = ((await res.json()) as { errors?: ApiErrorItem[] }).errors ?? [];
  } catch {
    // not JSON
  }
  throw new ApiError(res.status, errors);
}
