/**
 * The key-figures report (contracts/key-figures.md). The contract's keys are required; keys
 * the report adds beyond it are optional here so the page shows them when they are present.
 */
import { z } from 'zod';

export const StatusCounts = z.looseObject({
  active: z.number(),
  pensioners: z.number(),
  former: z.number(),
  total: z.number(),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

export const PENSION_TYPES = [
  'rule_85',
  'afp_62_65',
  'afp_65_67',
  'old_age',
  'spouse',
  'child',
  'disability',
] as const;
export const GRADE_BANDS = ['<20', '20-39', '40-59', '60-79', '80-99', '100'] as const;

const Counts = z.record(z.string(), z.number());

export const FinanceFigures = z.looseObject({
  premium: z.number(),
  premiumReserve: z.number(),
  pensionCost: z.number(),
});
export type FinanceFigures = z.infer<typeof FinanceFigures>;

export const KeyFigures = z.looseObject({
  date: z.string(),
  previousDate: z.string(),
  membershipsByProvider: z.record(z.string(), StatusCounts),
  membershipsByEmployer: z.record(z.string(), StatusCounts),
  pensionsByType: z.looseObject({ current: Counts, previous: Counts }),
  disabilityByGrade: Counts,
  pensionsByTypeProviderEmployer: z.record(z.string(), z.record(z.string(), Counts)),
  finance: z.record(z.string(), z.record(z.string(), FinanceFigures)),
  // Extras the report may add; read through the adapters in reports/extras.ts.
  ageDistribution: z.unknown().optional(),
  afpTakeUp: z.unknown().optional(),
  enrolment: z.unknown().optional(),
  employerComparison: z.unknown().optional(),
  employerNames: z.record(z.string(), z.string()).optional(),
});
export type KeyFigures = z.infer<typeof KeyFigures>;

export const DOWNLOAD_FORMATS = ['pdf', 'xlsx', 'csv', 'html'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];
