/**
 * The report's charts as SVG, rendered server-side with ECharts (the same library the web UI
 * uses), so the HTML and the PDF show the same pictures.
 */
import * as echarts from 'echarts';
import { AFP_AGES, BENEFIT_KEYS, GRADE_BANDS, type KeyFiguresReport } from './model';

export interface Chart {
  title: string;
  svg: string;
}

type Option = echarts.EChartsCoreOption;

export const STATUS_LABELS = { active: 'Active', pensioners: 'Pensioners', former: 'Former' } as const;
export const BENEFIT_LABELS: Record<string, string> = {
  rule_85: '85-year rule',
  afp_62_65: 'AFP 62–65',
  afp_65_67: 'AFP 65–67',
  old_age: 'Old-age',
  spouse: 'Spouse',
  child: 'Child',
  disability: 'Disability',
  total: 'Total',
};

const COLORS = ['#1e6fa8', '#e39b2c', '#6a9e3f', '#a43d6b', '#5c5c9c', '#3d9ea4', '#8c6d3b'];

export function renderSvg(option: Option, width = 640, height = 300): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({
    animation: false,
    color: COLORS,
    textStyle: { fontFamily: 'Roboto, Arial, sans-serif' },
    ...option,
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

const grid = { left: 60, right: 20, top: 40, bottom: 50, containLabel: true };
const legend = { top: 0 };

function stackedStatus(rows: [string, KeyFiguresReport['membershipsByProvider'][string]][]): Option {
  return {
    legend,
    grid,
    xAxis: {
      type: 'category',
      data: rows.map(([k]) => k),
      axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: (['active', 'pensioners', 'former'] as const).map((s) => ({
      name: STATUS_LABELS[s],
      type: 'bar',
      stack: 'status',
      data: rows.map(([, r]) => r[s]),
    })),
  };
}

const withoutTotal = <T>(m: Record<string, T>): [string, T][] =>
  Object.entries(m).filter(([k]) => k !== 'total');

/** Every chart of the report, in the order the documents show them. */
export function reportCharts(r: KeyFiguresReport): Chart[] {
  const providers = withoutTotal(r.finance).map(([p]) => p);
  const financeByProvider = providers.map((p) => r.financeTotals.byProvider[p]);
  const bands = r.ageDistributionOfActives.bands;
  const ages = r.ageDistributionOfActives.byProvider;
  return [
    {
      title: 'Memberships by provider',
      svg: renderSvg(stackedStatus(withoutTotal(r.membershipsByProvider))),
    },
    {
      title: 'Memberships by employer',
      svg: renderSvg(stackedStatus(withoutTotal(r.membershipsByEmployer))),
    },
    {
      title: 'Age distribution of active members',
      svg: renderSvg({
        legend,
        grid,
        xAxis: { type: 'category', data: bands },
        yAxis: { type: 'value', minInterval: 1 },
        series: withoutTotal(ages).map(([p, counts]) => ({
          name: p,
          type: 'bar',
          stack: 'age',
          data: bands.map((b) => counts[b] ?? 0),
        })),
      }),
    },
    {
      title: 'Pensions in payment by type',
      svg: renderSvg({
        legend,
        grid,
        xAxis: {
          type: 'category',
          data: BENEFIT_KEYS.map((b) => BENEFIT_LABELS[b]),
          axisLabel: { interval: 0 },
        },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: r.previousDate, type: 'bar', data: BENEFIT_KEYS.map((b) => r.pensionsByType.previous[b]) },
          { name: r.date, type: 'bar', data: BENEFIT_KEYS.map((b) => r.pensionsByType.current[b]) },
        ],
      }),
    },
    {
      title: 'Disability pensions by grade band (%)',
      svg: renderSvg({
        grid,
        xAxis: { type: 'category', data: [...GRADE_BANDS] },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: GRADE_BANDS.map((g) => r.disabilityByGrade[g]) }],
      }),
    },
    {
      title: 'AFP take-up by age (% of actives and drawers that age)',
      svg: renderSvg({
        grid,
        xAxis: { type: 'category', data: AFP_AGES.map(String) },
        yAxis: { type: 'value', max: 100 },
        series: [
          {
            type: 'bar',
            label: { show: true, position: 'top' },
            data: AFP_AGES.map((a) => r.afpTakeUp.byAge[String(a)]?.takeUp ?? 0),
          },
        ],
      }),
    },
    {
      title: 'Premium, premium reserve and pension cost by provider (NOK)',
      svg: renderSvg({
        legend,
        grid: { ...grid, left: 90 },
        xAxis: { type: 'category', data: providers },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: 'Premium', type: 'bar', data: financeByProvider.map((m) => m?.premium ?? 0) },
          {
            name: 'Premium reserve',
            type: 'bar',
            data: financeByProvider.map((m) => m?.premiumReserve ?? 0),
          },
          { name: 'Pension cost', type: 'bar', data: financeByProvider.map((m) => m?.pensionCost ?? 0) },
        ],
      }),
    },
  ];
}

/** The comparison chart of one employer's page: average ages, employer against the fund. */
export function comparisonChart(r: KeyFiguresReport, orgnr: string): string {
  const own = r.comparison.byEmployer[orgnr];
  const fund = r.comparison.fund;
  const keys = ['actives', 'disabled', 'oldAge', 'spouse', 'former'] as const;
  const labels = ['Actives', 'Disabled', 'Old-age', 'Spouse', 'Former'];
  return renderSvg(
    {
      legend,
      grid,
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', name: 'average age' },
      series: [
        { name: r.employers[orgnr] ?? orgnr, type: 'bar', data: keys.map((k) => own?.averageAge[k] ?? 0) },
        { name: 'Fund', type: 'bar', data: keys.map((k) => fund.averageAge[k] ?? 0) },
      ],
    },
    640,
    260,
  );
}
