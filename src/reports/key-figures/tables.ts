/**
 * The report's tables, once, for every people format (HTML, PDF, CSV, XLSX), so they carry the
 * same content. Cells are numbers, text or null (shown as "–").
 */
import type { ReportTexts } from './messages';
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

const label = (tx: ReportTexts, k: string) => (k === 'total' ? tx.total : k);

function membershipTable(
  tx: ReportTexts,
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
      tx.column.name,
      tx.status.active,
      tx.column.shareOfRow,
      tx.status.pensioners,
      tx.column.shareOfRow,
      tx.status.former,
      tx.column.shareOfRow,
      tx.column.total,
      tx.column.activeLastYear,
      tx.column.pensionersLastYear,
      tx.column.formerLastYear,
      tx.column.totalLastYear,
      tx.column.change,
      tx.column.changePct,
    ],
    percentColumns: [3, 5, 7, 14],
    rows: entries(m).map(([k, r]) => [
      label(tx, k),
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

export function reportTables(r: KeyFiguresReport, tx: ReportTexts): Table[] {
  const ages = r.ageDistributionOfActives;
  const typeRows: Cell[][] = [];
  for (const b of BENEFIT_KEYS) {
    for (const [provider, perEmployer] of Object.entries(r.pensionsByTypeProviderEmployer[b] ?? {})) {
      for (const [orgnr, n] of Object.entries(perEmployer)) {
        typeRows.push([tx.benefit[b] ?? b, provider, orgnr, r.employers[orgnr] ?? '', n]);
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
    if (t) financeRows.push([provider, tx.total, '', t.premium, t.premiumReserve, t.pensionCost]);
  }
  const ft = r.financeTotals.total;
  financeRows.push([tx.total, '', '', ft.premium, ft.premiumReserve, ft.pensionCost]);

  return [
    membershipTable(
      tx,
      'memberships-by-provider',
      tx.table.byProvider,
      tx.column.provider,
      r.membershipsByProvider,
      r.providers,
    ),
    membershipTable(
      tx,
      'memberships-by-employer',
      tx.table.byEmployer,
      tx.column.orgnr,
      r.membershipsByEmployer,
      r.employers,
    ),
    {
      id: 'pensions-by-type',
      title: tx.table.pensionsByType,
      head: [tx.column.type, r.date, r.previousDate, tx.column.change, tx.column.changePct],
      percentColumns: [4],
      rows: [...BENEFIT_KEYS, 'total' as const].map((b) => [
        tx.benefit[b] ?? b,
        r.pensionsByType.current[b],
        r.pensionsByType.previous[b],
        r.pensionsByType.change[b]?.number ?? null,
        r.pensionsByType.change[b]?.percent ?? null,
      ]),
    },
    {
      id: 'disability-by-grade',
      title: tx.table.disabilityByGrade,
      head: [tx.column.gradeBand, tx.column.pensions],
      rows: [
        ...GRADE_BANDS.map((g): Cell[] => [g, r.disabilityByGrade[g]]),
        [tx.table.disabledMemberships, r.disability.disabled],
        [tx.table.disabilityShare, r.disability.disabilityShare],
        [tx.table.averageGrade, r.disability.averageGrade],
      ],
    },
    {
      id: 'afp-take-up',
      title: tx.table.afpTakeUp,
      head: [
        tx.column.age,
        tx.column.drawingAfp,
        tx.column.active,
        tx.column.activeAndDrawing,
        tx.column.takeUpPct,
      ],
      percentColumns: [4],
      rows: [
        ...AFP_AGES.map((a): Cell[] => {
          const x = r.afpTakeUp.byAge[String(a)];
          return [String(a), x?.drawing ?? 0, x?.active ?? 0, x?.denominator ?? 0, x?.takeUp ?? null];
        }),
        [tx.table.fullAfp, r.afpTakeUp.fullAfp, null, r.afpTakeUp.drawers, r.afpTakeUp.fullAfpShare],
      ],
    },
    {
      id: 'enrolment',
      title: tx.table.enrolment,
      head: [tx.column.providerOrEmployer, tx.column.enrolled, tx.column.notEnrolled],
      rows: [
        ...entries(r.enrolment.byProvider)
          .filter(([k]) => k !== 'total')
          .map(([k, e]): Cell[] => [tx.table.providerRow(k), e.enrolled, e.notEnrolled]),
        ...entries(r.enrolment.byEmployer).map(([k, e]): Cell[] => [
          k === 'total' ? tx.total : `${k} ${r.employers[k] ?? ''}`,
          e.enrolled,
          e.notEnrolled,
        ]),
      ],
    },
    {
      id: 'age-distribution',
      title: tx.table.ageDistribution,
      head: [tx.column.provider, ...ages.bands],
      rows: entries(ages.byProvider).map(([p, counts]) => [
        label(tx, p),
        ...ages.bands.map((b) => counts[b] ?? 0),
      ]),
    },
    {
      id: 'born-1963',
      title: tx.table.born1963,
      head: [tx.column.provider, tx.column.members, tx.column.active],
      rows: entries(r.bornFrom1963ByProvider).map(([p, x]) => [label(tx, p), x.members, x.active]),
    },
    {
      id: 'pensions-by-type-provider-employer',
      title: tx.table.byTypeProviderEmployer,
      head: [tx.column.type, tx.column.provider, tx.column.orgnr, tx.column.employer, tx.column.pensions],
      rows: typeRows,
    },
    {
      id: 'finance',
      title: tx.table.finance(r.financeYear),
      head: [
        tx.column.provider,
        tx.column.orgnr,
        tx.column.employer,
        tx.column.premium,
        tx.column.premiumReserve,
        tx.column.pensionCost,
      ],
      rows: financeRows,
    },
    comparisonTable(r, tx),
  ];
}

/** The comparison's rows: a key of the catalogue's `comparison` texts and the figure. */
const COMPARISON_FIGURES: [keyof ReportTexts['comparison'], (c: Comparison) => Cell][] = [
  ['memberships', (c) => c.memberships.total],
  ['active', (c) => c.memberships.active],
  ['averagePartTime', (c) => c.averagePartTimePct],
  ['disabled', (c) => c.disabled],
  ['disabilityShare', (c) => c.disabilityShare],
  ['averageGrade', (c) => c.averageDisabilityGrade],
  ['ageActives', (c) => c.averageAge.actives],
  ['ageDisabled', (c) => c.averageAge.disabled],
  ['ageOldAge', (c) => c.averageAge.oldAge],
  ['ageSpouse', (c) => c.averageAge.spouse],
  ['ageFormer', (c) => c.averageAge.former],
  ['firstAfp', (c) => c.averageAgeAtFirstDrawing.afp],
  ['firstRule85', (c) => c.averageAgeAtFirstDrawing.rule_85],
  ['firstOldAge', (c) => c.averageAgeAtFirstDrawing.old_age],
  ['firstDisability', (c) => c.averageAgeAtFirstDrawing.disability],
];

/** Every employer beside the total of the rows and the whole fund. */
export function comparisonTable(r: KeyFiguresReport, tx: ReportTexts, only?: string): Table {
  const orgnrs = only ? [only] : Object.keys(r.comparison.byEmployer);
  const columns: [string, Comparison | undefined][] = [
    ...orgnrs.map((o): [string, Comparison | undefined] => [o, r.comparison.byEmployer[o]]),
    ...(only ? [] : [[tx.total, r.comparison.total] as [string, Comparison]]),
    [tx.fund, r.comparison.fund],
  ];
  return {
    id: only ? `comparison-${only}` : 'comparison',
    title: only ? tx.table.comparedWithFund(r.employers[only] ?? only, only) : tx.table.comparison,
    head: [tx.column.figure, ...columns.map(([k]) => k)],
    rows: COMPARISON_FIGURES.map(([key, f]) => [
      tx.comparison[key],
      ...columns.map(([, c]) => (c ? f(c) : null)),
    ]),
  };
}
