/**
 * The report's charts as SVG, rendered server-side with ECharts (the same library the web UI
 * uses), so the HTML and the PDF show the same pictures.
 */
import * as echarts from 'echarts';
import type { ReportTexts } from './messages';
import { AFP_AGES, BENEFIT_KEYS, GRADE_BANDS, type KeyFiguresReport } from './model';

export interface Chart {
  title: string;
  svg: string;
}

type Option = echarts.EChartsCoreOption;

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

function stackedStatus(
  tx: ReportTexts,
  rows: [string, KeyFiguresReport['membershipsByProvider'][string]][],
): Option {
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
      name: tx.status[s],
      type: 'bar',
      stack: 'status',
      data: rows.map(([, r]) => r[s]),
    })),
  };
}

const withoutTotal = <T>(m: Record<string, T>): [string, T][] =>
  Object.entries(m).filter(([k]) => k !== 'total');

/** Every chart of the report, in the order the documents show them. */
export function reportCharts(r: KeyFiguresReport, tx: ReportTexts): Chart[] {
  const providers = withoutTotal(r.finance).map(([p]) => p);
  const financeByProvider = providers.map((p) => r.financeTotals.byProvider[p]);
  const bands = r.ageDistributionOfActives.bands;
  const ages = r.ageDistributionOfActives.byProvider;
  return [
    {
      title: tx.chart.byProvider,
      svg: renderSvg(stackedStatus(tx, withoutTotal(r.membershipsByProvider))),
    },
    {
      title: tx.chart.byEmployer,
      svg: renderSvg(stackedStatus(tx, withoutTotal(r.membershipsByEmployer))),
    },
    {
      title: tx.chart.ageDistribution,
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
      title: tx.chart.pensionsByType,
      svg: renderSvg({
        legend,
        grid,
        xAxis: {
          type: 'category',
          data: BENEFIT_KEYS.map((b) => tx.benefit[b] ?? b),
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
      title: tx.chart.disabilityByGrade,
      svg: renderSvg({
        grid,
        xAxis: { type: 'category', data: [...GRADE_BANDS] },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: GRADE_BANDS.map((g) => r.disabilityByGrade[g]) }],
      }),
    },
    {
      title: tx.chart.afpTakeUp,
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
      title: tx.chart.finance,
      svg: renderSvg({
        legend,
        grid: { ...grid, left: 90 },
        xAxis: { type: 'category', data: providers },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: tx.column.premium, type: 'bar', data: financeByProvider.map((m) => m?.premium ?? 0) },
          {
            name: tx.column.premiumReserve,
            type: 'bar',
            data: financeByProvider.map((m) => m?.premiumReserve ?? 0),
          },
          {
            name: tx.column.pensionCost,
            type: 'bar',
            data: financeByProvider.map((m) => m?.pensionCost ?? 0),
          },
        ],
      }),
    },
  ];
}

/** The comparison chart of one employer's page: average ages, employer against the fund. */
export function comparisonChart(r: KeyFiguresReport, orgnr: string, tx: ReportTexts): string {
  const own = r.comparison.byEmployer[orgnr];
  const fund = r.comparison.fund;
  const keys = ['actives', 'disabled', 'oldAge', 'spouse', 'former'] as const;
  return renderSvg(
    {
      legend,
      grid,
      xAxis: { type: 'category', data: [...tx.chart.ageGroups] },
      yAxis: { type: 'value', name: tx.chart.averageAge },
      series: [
        { name: r.employers[orgnr] ?? orgnr, type: 'bar', data: keys.map((k) => own?.averageAge[k] ?? 0) },
        { name: tx.fund, type: 'bar', data: keys.map((k) => fund.averageAge[k] ?? 0) },
      ],
    },
    640,
    260,
  );
}
