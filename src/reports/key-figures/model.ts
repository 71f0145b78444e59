/**
 * The key-figures report as JSON (shared/contracts/key-figures.md). The keys of the contract are
 * kept exactly; the extra keys (shares, previous, change, comparison …) are descriptive and stable
 * because the web UI renders them. Percentages are numbers 0–100 with two decimals, null when the
 * denominator is zero. Money is whole kroner.
 */
import { z } from 'zod';

export const BENEFIT_KEYS = [
  'rule_85',
  'afp_62_65',
  'afp_65_67',
  'old_age',
  'spouse',
  'child',
  'disability',
] as const;
export type BenefitKey = (typeof BENEFIT_KEYS)[number];

export const GRADE_BANDS = ['<20', '20-39', '40-59', '60-79', '80-99', '100'] as const;
export type GradeBand = (typeof GRADE_BANDS)[number];

/** Five-year age bands of active members. */
export const AGE_BANDS = [
  '<20',
  '20-24',
  '25-29',
  '30-34',
  '35-39',
  '40-44',
  '45-49',
  '50-54',
  '55-59',
  '60-64',
  '65-69',
  '70+',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** AFP take-up is reported for these ages. */
export const AFP_AGES = [62, 63, 64, 65, 66] as const;

export const STATUSES = ['active', 'pensioners', 'former'] as const;
export type Status = (typeof STATUSES)[number];

const Percent = z.number().nullable().describe('percent 0–100, null when the denominator is 0');
const Change = z.object({ number: z.number().int(), percent: Percent });

export const StatusCounts = z.object({
  active: z.number().int(),
  pensioners: z.number().int(),
  former: z.number().int(),
  total: z.number().int(),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

/** One row of memberships by status: counts on the date, shares of the row total, last year, change. */
export const MembershipRow = StatusCounts.extend({
  shares: z.object({ active: Percent, pensioners: Percent, former: Percent }),
  previous: StatusCounts,
  change: z.object({ active: Change, pensioners: Change, former: Change, total: Change }),
});
export type MembershipRow = z.infer<typeof MembershipRow>;

const BenefitCounts = z.object({
  rule_85: z.number().int(),
  afp_62_65: z.number().int(),
  afp_65_67: z.number().int(),
  old_age: z.number().int(),
  spouse: z.number().int(),
  child: z.number().int(),
  disability: z.number().int(),
  total: z.number().int(),
});
export type BenefitCounts = z.infer<typeof BenefitCounts>;

const GradeCounts = z.object({
  '<20': z.number().int(),
  '20-39': z.number().int(),
  '40-59': z.number().int(),
  '60-79': z.number().int(),
  '80-99': z.number().int(),
  '100': z.number().int(),
});

const Money = z.object({
  premium: z.number().int(),
  premiumReserve: z.number().int(),
  pensionCost: z.number().int(),
});
export type Money = z.infer<typeof Money>;

const Averages = z.object({
  actives: z.number().nullable(),
  disabled: z.number().nullable(),
  oldAge: z.number().nullable(),
  spouse: z.number().nullable(),
  former: z.number().nullable(),
});

/** The figures of the per-employer comparison page (and the same for the total). */
export const Comparison = z.object({
  memberships: StatusCounts,
  averagePartTimePct: z.number().nullable().describe('mean position percentage of active members'),
  disabled: z.number().int(),
  disabilityShare: Percent.describe('disabled / (active + disabled) memberships'),
  averageDisabilityGrade: z.number().nullable(),
  averageAge: Averages,
  averageAgeAtFirstDrawing: z.object({
    afp: z.number().nullable(),
    rule_85: z.number().nullable(),
    old_age: z.number().nullable(),
    disability: z.number().nullable(),
  }),
});
export type Comparison = z.infer<typeof Comparison>;

const AfpAge = z.object({
  drawing: z.number().int(),
  active: z.number().int(),
  denominator: z.number().int().describe('active members of that age + AFP drawers of that age'),
  takeUp: Percent,
});

export const KeyFiguresReport = z.object({
  date: z.string(),
  previousDate: z.string(),
  financeYear: z.number().int(),
  scope: z.object({
    employers: z
      .array(z.string())
      .nullable()
      .describe('organisation numbers the rows are limited to; null = all'),
  }),
  providers: z.record(z.string(), z.string()).describe('provider code → name'),
  employers: z.record(z.string(), z.string()).describe('orgnr → name, employers in scope'),
  membershipsByProvider: z.record(z.string(), MembershipRow),
  membershipsByEmployer: z.record(z.string(), MembershipRow),
  pensionsByType: z.object({
    current: BenefitCounts,
    previous: BenefitCounts,
    change: z.record(z.string(), Change),
  }),
  disabilityByGrade: GradeCounts,
  disability: z.object({
    disabled: z.number().int(),
    active: z.number().int(),
    disabilityShare: Percent,
    averageGrade: z.number().nullable(),
  }),
  afpTakeUp: z.object({
    byAge: z.record(z.string(), AfpAge),
    drawers: z.number().int(),
    fullAfp: z.number().int(),
    fullAfpShare: Percent,
  }),
  enrolment: z.object({
    byProvider: z.record(z.string(), z.object({ enrolled: z.number().int(), notEnrolled: z.null() })),
    byEmployer: z.record(z.string(), z.object({ enrolled: z.number().int(), notEnrolled: z.null() })),
  }),
  ageDistributionOfActives: z.object({
    bands: z.array(z.string()),
    byProvider: z.record(z.string(), z.record(z.string(), z.number().int())),
  }),
  bornFrom1963ByProvider: z.record(
    z.string(),
    z.object({ members: z.number().int(), active: z.number().int() }),
  ),
  pensionsByTypeProviderEmployer: z.record(
    z.string(),
    z.record(z.string(), z.record(z.string(), z.number().int())),
  ),
  finance: z.record(z.string(), z.record(z.string(), Money)),
  financeTotals: z.object({
    byProvider: z.record(z.string(), Money),
    byEmployer: z.record(z.string(), Money),
    total: Money,
  }),
  comparison: z.object({
    byEmployer: z.record(z.string(), Comparison),
    total: Comparison.describe('the rows in scope together'),
    fund: Comparison.describe('the whole fund, every employer'),
  }),
  notes: z.array(z.string()),
});
export type KeyFiguresReport = z.infer<typeof KeyFiguresReport>;
