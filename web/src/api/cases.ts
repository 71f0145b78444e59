/**
 * Pension cases over the API (contracts/cases.md): the shapes the case pages rely on, and the
 * calls. The vocabularies (types, statuses, stages, error categories) are the server's own lists.
 */
import { z } from 'zod';
import {
  CASE_STATUSES,
  CASE_TYPES,
  type CaseStatus,
  type CaseType,
  ERROR_CATEGORIES,
  WORK_STAGES,
} from '../../../src/cases/tables';
import { getJson, postJson, query } from './client';

export { CASE_STATUSES, CASE_TYPES, type CaseStatus, type CaseType, ERROR_CATEGORIES, WORK_STAGES };

/** The working stages in order, as the checklist shows them. */
export const STAGES: CaseStatus[] = [
  'received',
  'preparing',
  'assessing',
  'calculating',
  'awaiting_approval',
  'decided',
];

export const CaseSummary = z.looseObject({
  id: z.number(),
  type: z.enum(CASE_TYPES),
  personId: z.number(),
  status: z.enum(CASE_STATUSES),
  assignee: z.number().nullable(),
  assigneeName: z.string().nullable(),
  claimedFrom: z.string(),
  receivedAt: z.string(),
  dueDate: z.string(),
  overdue: z.boolean(),
  ageDays: z.number(),
  orgUnit: z.string(),
  source: z.string(),
  hold: z
    .looseObject({ reason: z.string().nullable(), until: z.string().nullable(), due: z.boolean() })
    .nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseList = z.object({
  items: z.array(CaseSummary.extend({ personName: z.string().nullable() })),
  total: z.number(),
  totalExact: z.boolean().optional(),
});
export type CaseList = z.infer<typeof CaseList>;

const TraceStep = z.looseObject({
  rule: z.string(),
  text: z.string(),
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
});
export const Calculation = z.looseObject({
  version: z.number(),
  calculatedBy: z.string(),
  calculatedAt: z.string(),
  request: z.record(z.string(), z.unknown()),
  result: z.looseObject({
    eligible: z.boolean(),
    reasons: z.array(z.string()),
    annualAmount: z.number(),
    monthlyAmount: z.number(),
    components: z.record(z.string(), z.number()),
    trace: z.array(TraceStep).optional(),
  }),
  changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type Calculation = z.infer<typeof Calculation>;

export const CaseDetail = CaseSummary.extend({
  note: z.string().nullable(),
  decision: z
    .looseObject({
      outcome: z.enum(['granted', 'refused']),
      from: z.string().nullable(),
      reason: z.string().nullable().optional(),
      annualAmount: z.number().nullable().optional(),
      monthlyAmount: z.number().nullable().optional(),
      calculationVersion: z.number().nullable().optional(),
      proposedBy: z.string().nullable().optional(),
      proposedById: z.number().nullable().optional(),
      approvedBy: z.string().nullable().optional(),
      approvedAt: z.string().nullable().optional(),
    })
    .nullable(),
  servicePeriods: z.array(
    z.looseObject({
      id: z.number(),
      kind: z.enum(['employment', 'transfer']),
      from: z.string(),
      to: z.string().nullable(),
      positionPct: z.number().nullable(),
      annualSalary: z.number().nullable(),
      serviceYears: z.number().nullable(),
      source: z.string(),
      recordedInRegisterBy: z.string().nullable(),
      addedBy: z.string(),
    }),
  ),
  conditions: z.array(
    z.looseObject({
      name: z.string(),
      met: z.boolean(),
      note: z.string().nullable(),
      source: z.enum(['rules', 'manual']),
    }),
  ),
  calculations: z.array(Calculation),
  time: z
    .object({
      totalMinutes: z.number(),
      entries: z.array(z.object({ stage: z.string(), minutes: z.number(), at: z.string(), by: z.string() })),
    })
    .nullable(),
  errors: z.array(z.looseObject({ category: z.string(), reason: z.string(), at: z.string() })),
  history: z.array(
    z.object({
      at: z.string(),
      by: z.string(),
      action: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      comment: z.string().nullable(),
    }),
  ),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const CaseSettings = z.object({
  types: z.array(z.looseObject({ type: z.enum(CASE_TYPES), orgUnit: z.string(), dueDays: z.number() })),
});

const StatRow = z.looseObject({
  received: z.number(),
  decided: z.number(),
  open: z.number(),
  leadTimeMedianDays: z.number().nullable(),
  leadTimeP90Days: z.number().nullable(),
  minutesPerCase: z.number().nullable(),
  errors: z.number(),
  errorRate: z.number().nullable(),
});
export const CaseStatistics = z.object({
  periods: z.array(StatRow.extend({ period: z.string(), start: z.string(), end: z.string() })),
  total: StatRow,
});
export type CaseStatistics = z.infer<typeof CaseStatistics>;

export interface CaseListQuery {
  queue?: string;
  status?: string;
  type?: string;
  unit?: string;
  overdue?: string;
  sort?: string;
  offset?: number;
  limit?: number;
}

export const casesApi = {
  list: (q: CaseListQuery) => getJson(`/api/cases${query({ ...q })}`, CaseList),
  get: (id: number | string) => getJson(`/api/cases/${encodeURIComponent(String(id))}`, CaseDetail),
  settings: () => getJson('/api/cases/settings', CaseSettings),
  statistics: (q: { from: string; to: string; by: string; type?: string; unit?: string }) =>
    getJson(`/api/cases/statistics${query(q)}`, CaseStatistics),
  create: (body: {
    type: string;
    personId: number;
    claimedFrom: string;
    source: string;
    note?: string;
    gradePct?: number;
  }) => postJson('/api/cases', body, CaseDetail),
  /** A step on the case (take, advance, decision, approve, …): answers the case as it now is. */
  step: (id: number, step: string, body: unknown = {}) =>
    postJson(`/api/cases/${id}/${step}`, body, CaseDetail),
  conditions: (id: number, body: unknown) => postJson(`/api/cases/${id}/conditions`, body, z.unknown()),
  calculate: (id: number, body: unknown = {}) => postJson(`/api/cases/${id}/calculations`, body, z.unknown()),
};
