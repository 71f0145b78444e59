/** The figures of one key-figures report, each as a chart and a table. */
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyFigures } from '../../api/keyFigures';
import { EChart } from '../../components/EChart';
import { useFormat } from '../../format/format';
import { benefitLabel } from '../members/labels';
import { barChart } from './charts';
import { GridTable } from './GridTable';
import { financeRows, type Grid, gradeBands, pensionChanges, share, statusGrid, toGrid } from './grid';

/** Employers shown in the chart; the table lists them all. */
const CHART_EMPLOYERS = 15;

interface Props {
  report: KeyFigures;
  employerName: (orgnr: string) => string | undefined;
}

export function KeyFiguresView({ report, employerName }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const total = t('reports.total');
  const statusLabel = (c: string) => t(`reports.status.${c}`);
  const employerLabel = (o: string) =>
    o === 'total' ? total : employerName(o) ? `${employerName(o)} (${o})` : o;
  const providerLabel = (p: string) => (p === 'total' ? total : p);
  const countWithShare = (v: number, _r: string, c: string, row: number[]) =>
    c === 'total' ? f.number(v) : `${f.number(v)} (${f.share(share(v, row[row.length - 1] ?? 0))})`;

  const byProvider = statusGrid(report.membershipsByProvider);
  const byEmployer = statusGrid(report.membershipsByEmployer);
  const withoutTotal = (g: Grid, limit = Number.POSITIVE_INFINITY): Grid => {
    const keep = g.rows
      .map((r, i) => ({ r, v: g.values[i] ?? [] }))
      .filter((x) => x.r !== 'total')
      .sort((a, b) => (b.v[b.v.length - 1] ?? 0) - (a.v[a.v.length - 1] ?? 0))
      .slice(0, limit);
    return {
      rows: keep.map((x) => x.r),
      columns: g.columns.slice(0, -1),
      values: keep.map((x) => x.v.slice(0, -1)),
    };
  };

  const pensions = pensionChanges(report);
  const pensionGrid: Grid = {
    rows: pensions.map((p) => p.type),
    columns: ['current', 'previous', 'change', 'changePct'],
    values: pensions.map((p) => [p.current, p.previous, p.change, p.changePct ?? Number.NaN]),
  };
  const pensionChartGrid: Grid = {
    rows: pensions.filter((p) => p.type !== 'total').map((p) => p.type),
    columns: ['previous', 'current'],
    values: pensions.filter((p) => p.type !== 'total').map((p) => [p.previous, p.current]),
  };
  const bands = gradeBands(report);
  const bandTotal = bands.reduce((s, b) => s + b.count, 0);
  const bandGrid: Grid = {
    rows: bands.map((b) => b.band),
    columns: ['count'],
    values: bands.map((b) => [b.count]),
  };
  const finance = financeRows(report);
  const financeColumns = ['premium', 'premiumReserve', 'pensionCost'] as const;
  const financeGrid: Grid = {
    rows: [
      ...finance.rows.map((r) => `${r.provider}|${r.orgnr}`),
      ...finance.byProvider.map((r) => `${r.provider}|`),
      'total',
    ],
    columns: [...financeColumns],
    values: [
      ...finance.rows.map((r) => financeColumns.map((c) => r[c])),
      ...finance.byProvider.map((r) => financeColumns.map((c) => r[c])),
      financeColumns.map((c) => finance.total[c]),
    ],
  };
  const financeChartGrid: Grid = {
    rows: finance.byProvider.map((r) => r.provider),
    columns: [...financeColumns],
    values: finance.byProvider.map((r) => financeColumns.map((c) => r[c])),
  };
  const financeRowLabel = (key: string) => {
    if (key === 'total') return total;
    const [provider, orgnr] = key.split('|');
    return orgnr ? `${provider} · ${employerLabel(orgnr)}` : t('reports.providerSum', { provider });
  };

  const ageGrid = toGrid(report.ageDistribution);
  const afpGrid = toGrid(report.afpTakeUp);
  const enrolmentGrid = toGrid(report.enrolment);
  const asShare = (g: Grid | null) => g?.values.flat().every((v) => v >= 0 && v <= 1) ?? false;
  const extraColumn = (c: string) => t(`reports.columns.${c}`, { defaultValue: providerLabel(c) });

  return (
    <div className="kassa-stack" data-testid="key-figures">
      <Paragraph data-size="sm">
        {t('reports.period', { date: f.date(report.date), previous: f.date(report.previousDate) })}
      </Paragraph>

      <Figure title={t('reports.byProvider')}>
        <EChart
          label={t('reports.byProvider')}
          option={barChart(withoutTotal(byProvider), {
            stacked: true,
            columnLabel: statusLabel,
            format: (v) => f.number(v),
          })}
        />
        <GridTable
          testId="table-by-provider"
          grid={byProvider}
          caption={t('reports.byProvider')}
          rowHeader={t('reports.provider')}
          rowLabel={providerLabel}
          columnLabel={statusLabel}
          cell={countWithShare}
        />
      </Figure>

      <Figure title={t('reports.byEmployer')}>
        <EChart
          label={t('reports.byEmployer')}
          height={Math.max(240, Math.min(CHART_EMPLOYERS, byEmployer.rows.length) * 32 + 60)}
          option={barChart(withoutTotal(byEmployer, CHART_EMPLOYERS), {
            stacked: true,
            horizontal: true,
            rowLabel: (o) => employerName(o) ?? o,
            columnLabel: statusLabel,
            format: (v) => f.number(v),
          })}
        />
        <GridTable
          testId="table-by-employer"
          grid={byEmployer}
          caption={t('reports.byEmployer')}
          rowHeader={t('reports.employer')}
          rowLabel={employerLabel}
          columnLabel={statusLabel}
          cell={countWithShare}
        />
      </Figure>

      {ageGrid && (
        <Figure title={t('reports.ageDistribution')}>
          <EChart
            label={t('reports.ageDistribution')}
            option={barChart(ageGrid, { columnLabel: extraColumn, format: (v) => f.number(v) })}
          />
          <GridTable
            testId="table-age"
            grid={ageGrid}
            caption={t('reports.ageDistribution')}
            rowHeader={t('reports.age')}
            columnLabel={extraColumn}
            cell={(v) => f.number(v, 2)}
          />
        </Figure>
      )}

      <Figure title={t('reports.pensionsByType')}>
        <EChart
          label={t('reports.pensionsByType')}
          option={barChart(pensionChartGrid, {
            rowLabel: (b) => benefitLabel(t, b),
            columnLabel: (c) => (c === 'current' ? f.date(report.date) : f.date(report.previousDate)),
            format: (v) => f.number(v),
          })}
        />
        <GridTable
          testId="table-pensions"
          grid={pensionGrid}
          caption={t('reports.pensionsByType')}
          rowHeader={t('reports.pensionType')}
          rowLabel={(b) => (b === 'total' ? total : benefitLabel(t, b))}
          columnLabel={(c) =>
            c === 'current'
              ? f.date(report.date)
              : c === 'previous'
                ? f.date(report.previousDate)
                : t(`reports.${c}`)
          }
          cell={(v, _r, c) =>
            c === 'changePct'
              ? f.share(Number.isNaN(v) ? null : v)
              : c === 'change'
                ? signed(f.number(v), v)
                : f.number(v)
          }
        />
      </Figure>

      <Figure title={t('reports.disabilityByGrade')}>
        <EChart
          label={t('reports.disabilityByGrade')}
          option={barChart(bandGrid, {
            rowLabel: gradeLabel,
            columnLabel: () => t('reports.count'),
            format: (v) => f.number(v),
          })}
        />
        <GridTable
          testId="table-disability"
          grid={{
            ...bandGrid,
            columns: ['count', 'share'],
            values: bandGrid.values.map((r) => [r[0] ?? 0, r[0] ?? 0]),
          }}
          caption={t('reports.disabilityByGrade')}
          rowHeader={t('reports.gradeBand')}
          rowLabel={gradeLabel}
          columnLabel={(c) => t(`reports.${c}`)}
          cell={(v, _r, c) => (c === 'share' ? f.share(share(v, bandTotal)) : f.number(v))}
        />
      </Figure>

      {afpGrid && (
        <Figure title={t('reports.afpTakeUp')}>
          <EChart
            label={t('reports.afpTakeUp')}
            option={barChart(afpGrid, {
              percent: asShare(afpGrid),
              columnLabel: extraColumn,
              format: (v) => (asShare(afpGrid) ? f.share(v) : f.number(v, 2)),
            })}
          />
          <GridTable
            testId="table-afp"
            grid={afpGrid}
            caption={t('reports.afpTakeUp')}
            rowHeader={t('reports.age')}
            columnLabel={extraColumn}
            cell={(v) => (asShare(afpGrid) ? f.share(v) : f.number(v, 2))}
          />
        </Figure>
      )}

      {enrolmentGrid && (
        <Figure title={t('reports.enrolment')}>
          <GridTable
            testId="table-enrolment"
            grid={enrolmentGrid}
            caption={t('reports.enrolment')}
            rowHeader={t('reports.group')}
            rowLabel={(r) => employerLabel(r)}
            columnLabel={extraColumn}
            cell={(v) => (asShare(enrolmentGrid) ? f.share(v) : f.number(v, 2))}
          />
        </Figure>
      )}

      <Figure title={t('reports.finance')}>
        {financeChartGrid.rows.length > 0 && (
          <EChart
            label={t('reports.finance')}
            option={barChart(financeChartGrid, {
              columnLabel: (c) => t(`reports.${c}`),
              format: (v) => f.money(v),
            })}
          />
        )}
        <GridTable
          testId="table-finance"
          grid={financeGrid}
          caption={t('reports.finance')}
          rowHeader={t('reports.providerEmployer')}
          rowLabel={financeRowLabel}
          columnLabel={(c) => t(`reports.${c}`)}
          cell={(v) => f.money(v)}
        />
      </Figure>
    </div>
  );

  function gradeLabel(band: string) {
    return t(`reports.bands.${band}`, { defaultValue: band });
  }
}

function signed(text: string, v: number) {
  return v > 0 ? `+${text}` : text;
}

function Figure({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card data-color="neutral" className="kassa-figure">
      <Heading level={2} data-size="sm">
        {title}
      </Heading>
      {children}
    </Card>
  );
}
