/**
 * The report's tables, once, for every people format (HTML, PDF, CSV, XLSX), so they carry the
 * same content. Cells are numbers, text or null (shown as "–").
 */
import { BENEFIT_LABELS, STATUS_LABELS } from './charts';
import {
  AFP_AGES,
  BENEFIT_KEYS,
  type Comparison,
  GRADE_BANDS,
  type KeyFiguresReport,
  type MembershipRow,
} from './model';

export type Cell = string | number | null;
export interface Table {
  id: string;
  title: string;
  head: string[];
  rows: Cell[][];
  /** Which columns are percentages (for formatting). */
  percentColumns?: number[];
}

const entries = <T>(m: Record<string, T>): [string, T][] => {
  const rest = Object.entries(m).filter(([k]) => k !== 'total');
  const total = m.total;
  return total === undefined ? rest : [...rest, ['total', total]];
};

const label = (k: string) => (k === 'total' ? 'Total' : k);

function membershipTable(
  id: string,
  title: string,
  unit: string,
  m: Record<string, MembershipRow>,
  names: Record<string, string>,
): Table {
  return {
    id,
    title,
    head: [
      unit,
      'Name',
      STATUS_LABELS.active,
      '% of row',
      STATUS_LABELS.pensioners,
      '% of row',
      STATUS_LABELS.former,
      '% of row',
      'Total',
      'Active last year',
      'Pensioners last year',
      'Former last year',
      'Total last year',
      'Change',
      'Change %',
    ],
    percentColumns: [3, 5, 7, 14],
    rows: entries(m).map(([k, r]) => [
      label(k),
      names[k] ?? '',
      r.active,
      r.shares.active,
      r.pensioners,
      r.shares.pensioners,
      r.former,
      r.shares.former,
      r.total,
      r.previous.active,
      r.previous.pensioners,
      r.previous.former,
      r.previous.total,
      r.change.total.number,
      r.change.total.percent,
    ]),
  };
}

export function reportTables(r: KeyFiguresReport): Table[] {
  const ages = r.ageDistributionOfActives;
  const typeRows: Cell[][] = [];
  for (const b of BENEFIT_KEYS) {
    for (const [provider, perEmployer] of Object.entries(r.pensionsByTypeProviderEmployer[b] ?? {})) {
      for (const [orgnr, n] of Object.entries(perEmployer)) {
        typeRows.push([BENEFIT_LABELS[b] ?? b, provider, orgnr, r.employers[orgnr] ?? '', n]);
      }
    }
  }
  const financeRows: Cell[][] = [];
  for (const [provider, perEmployer] of Object.entries(r.finance)) {
    for (const [orgnr, m] of Object.entries(perEmployer)) {
      financeRows.push([
        provider,
        orgnr,
        r.employers[orgnr] ?? '',
        m.premium,
        m.premiumReserve,
        m.pensionCost,
      ]);
    }
    const t = r.financeTotals.byProvider[provider];
    if (t) financeRows.push([provider, 'Total', '', t.premium, t.premiumReserve, t.pensionCost]);
  }
  const ft = r.financeTotals.total;
  financeRows.push(['Total', '', '', ft.premium, ft.premiumReserve, ft.pensionCost]);

  return [
    membershipTable(
      'memberships-by-provider',
      'Memberships by provider',
      'Provider',
      r.membershipsByProvider,
      r.providers,
    ),
    membershipTable(
      'memberships-by-employer',
      'Memberships by employer',
      'Orgnr',
      r.membershipsByEmployer,
      r.employers,
    ),
    {
      id: 'pensions-by-type',
      title: 'Pensions in payment by type',
      head: ['Type', r.date, r.previousDate, 'Change', 'Change %'],
      percentColumns: [4],
      rows: [...BENEFIT_KEYS, 'total' as const].map((b) => [
        BENEFIT_LABELS[b] ?? b,
        r.pensionsByType.current[b],
        r.pensionsByType.previous[b],
        r.pensionsByType.change[b]?.number ?? null,
        r.pensionsByType.change[b]?.percent ?? null,
      ]),
    },
    {
      id: 'disability-by-grade',
      title: 'Disability pensions by grade',
      head: ['Grade band (%)', 'Pensions'],
      rows: [
        ...GRADE_BANDS.map((g): Cell[] => [g, r.disabilityByGrade[g]]),
        ['Disabled memberships', r.disability.disabled],
        ['Disability share (% of active + disabled)', r.disability.disabilityShare],
        ['Average grade (%)', r.disability.averageGrade],
      ],
    },
    {
      id: 'afp-take-up',
      title: 'AFP take-up by age',
      head: ['Age', 'Drawing AFP', 'Active', 'Active + drawing', 'Take-up %'],
      percentColumns: [4],
      rows: [
        ...AFP_AGES.map((a): Cell[] => {
          const x = r.afpTakeUp.byAge[String(a)];
          return [String(a), x?.drawing ?? 0, x?.active ?? 0, x?.denominator ?? 0, x?.takeUp ?? null];
        }),
        ['Full AFP (all ages)', r.afpTakeUp.fullAfp, null, r.afpTakeUp.drawers, r.afpTakeUp.fullAfpShare],
      ],
    },
    {
      id: 'enrolment',
      title: 'Active members enrolled and not enrolled',
      head: ['Provider or employer', 'Enrolled', 'Not enrolled'],
      rows: [
        ...entries(r.enrolment.byProvider)
          .filter(([k]) => k !== 'total')
          .map(([k, e]): Cell[] => [`Provider ${k}`, e.enrolled, e.notEnrolled]),
        ...entries(r.enrolment.byEmployer).map(([k, e]): Cell[] => [
          k === 'total' ? 'Total' : `${k} ${r.employers[k] ?? ''}`,
          e.enrolled,
          e.notEnrolled,
        ]),
      ],
    },
    {
      id: 'age-distribution',
      title: 'Age distribution of active members',
      head: ['Provider', ...ages.bands],
      rows: entries(ages.byProvider).map(([p, counts]) => [
        label(p),
        ...ages.bands.map((b) => counts[b] ?? 0),
      ]),
    },
    {
      id: 'born-1963',
      title: 'Members born 1963 or later (new rules)',
      head: ['Provider', 'Members', 'Active'],
      rows: entries(r.bornFrom1963ByProvider).map(([p, x]) => [label(p), x.members, x.active]),
    },
    {
      id: 'pensions-by-type-provider-employer',
      title: 'Pensions by type, provider and employer',
      head: ['Type', 'Provider', 'Orgnr', 'Employer', 'Pensions'],
      rows: typeRows,
    },
    {
      id: 'finance',
      title: `Premium, premium reserve and pension cost ${r.financeYear} (NOK)`,
      head: ['Provider', 'Orgnr', 'Employer', 'Premium', 'Premium reserve', 'Pension cost'],
      rows: financeRows,
    },
    comparisonTable(r),
  ];
}

const COMPARISON_FIGURES: [string, (c: Comparison) => Cell][] = [
  ['Memberships', (c) => c.memberships.total],
  ['Active', (c) => c.memberships.active],
  ['Average part-time %', (c) => c.averagePartTimePct],
  ['Disabled', (c) => c.disabled],
  ['Disabled % of active + disabled', (c) => c.disabilityShare],
  ['Average disability grade %', (c) => c.averageDisabilityGrade],
  ['Average age, actives', (c) => c.averageAge.actives],
  ['Average age, disabled', (c) => c.averageAge.disabled],
  ['Average age, old-age pensioners', (c) => c.averageAge.oldAge],
  ['Average age, spouse pensioners', (c) => c.averageAge.spouse],
  ['Average age, former members', (c) => c.averageAge.former],
  ['Average age at first drawing, AFP', (c) => c.averageAgeAtFirstDrawing.afp],
  ['Average age at first drawing, 85-year rule', (c) => c.averageAgeAtFirstDrawing.rule_85],
  ['Average age at first drawing, old-age', (c) => c.averageAgeAtFirstDrawing.old_age],
  ['Average age at first drawing, disability', (c) => c.averageAgeAtFirstDrawing.disability],
];

/** Every employer beside the total of the rows and the whole fund. */
export function comparisonTable(r: KeyFiguresReport, only?: string): Table {
  const orgnrs = only ? [only] : Object.keys(r.comparison.byEmployer);
  const columns: [string, Comparison | undefined][] = [
    ...orgnrs.map((o): [string, Comparison | undefined] => [o, r.comparison.byEmployer[o]]),
    ...(only ? [] : [['Total', r.comparison.total] as [string, Comparison]]),
    ['Fund', r.comparison.fund],
  ];
  return {
    id: only ? `comparison-${only}` : 'comparison',
    title: only ? `${r.employers[only] ?? only} (${only}) compared with the fund` : 'Employers compared',
    head: ['Figure', ...columns.map(([k]) => k)],
    rows: COMPARISON_FIGURES.map(([name, f]) => [name, ...columns.map(([, c]) => (c ? f(c) : null))]),
  };
}
