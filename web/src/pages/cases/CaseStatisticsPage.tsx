/**
 * The line manager's page: throughput, lead times, time per case and errors per week or month,
 * computed by the server from the cases; charts with the numbers in a table beside them.
 */
import { Button, Field, Label, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CASE_TYPES, casesApi } from '../../api/cases';
import { type ChartOption, EChart } from '../../components/EChart';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { useFormat } from '../../format/format';
import { PageHeading } from '../../shell/PageHeading';
import { todayIso, typeLabel } from './labels';

const PALETTE = ['#1e2b3c', '#0062ba', '#4eb6e8', '#c2185b'];

function yearBefore(iso: string): string {
  const y = Number(iso.slice(0, 4)) - 1;
  return `${y}${iso.slice(4, 8)}01`;
}

export function CaseStatisticsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const to = params.get('til') ?? todayIso();
  const from = params.get('fra') ?? yearBefore(to);
  const by = params.get('per') ?? 'month';
  const type = params.get('type') ?? '';
  const [form, setForm] = useState({ from, to, by, type });
  const stats = useQuery({
    queryKey: ['case-statistics', from, to, by, type],
    placeholderData: keepPreviousData,
    queryFn: () =>
      casesApi.statistics({ from, to, by: by === 'week' ? 'week' : 'month', ...(type ? { type } : {}) }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams({ fra: form.from, til: form.to, per: form.by, ...(form.type ? { type: form.type } : {}) });
  };
  const periods = stats.data?.periods ?? [];
  const throughput = useMemo<ChartOption>(
    () => ({
      color: PALETTE,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: periods.map((p) => p.period) },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', name: t('cases.stats.received'), data: periods.map((p) => p.received) },
        { type: 'bar', name: t('cases.stats.decided'), data: periods.map((p) => p.decided) },
        { type: 'line', name: t('cases.stats.open'), data: periods.map((p) => p.open) },
      ],
    }),
    [periods, t],
  );
  const lead = useMemo<ChartOption>(
    () => ({
      color: PALETTE,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: periods.map((p) => p.period) },
      yAxis: { type: 'value' },
      series: [
        { type: 'line', name: t('cases.stats.median'), data: periods.map((p) => p.leadTimeMedianDays) },
        { type: 'line', name: t('cases.stats.p90'), data: periods.map((p) => p.leadTimeP90Days) },
      ],
    }),
    [periods, t],
  );
  const rows = stats.data ? [...periods, { ...stats.data.total, period: t('cases.stats.total') }] : [];
  return (
    <section className="kassa-stack">
      <PageHeading>{t('cases.stats.title')}</PageHeading>
      <form onSubmit={submit} className="kassa-filters">
        <Textfield
          label={t('cases.stats.from')}
          type="date"
          value={form.from}
          onChange={(e) => setForm({ ...form, from: e.target.value })}
        />
        <Textfield
          label={t('cases.stats.to')}
          type="date"
          value={form.to}
          onChange={(e) => setForm({ ...form, to: e.target.value })}
        />
        <Field>
          <Label>{t('cases.stats.by')}</Label>
          <Select value={form.by} onChange={(e) => setForm({ ...form, by: e.target.value })}>
            <Select.Option value="month">{t('cases.stats.month')}</Select.Option>
            <Select.Option value="week">{t('cases.stats.week')}</Select.Option>
          </Select>
        </Field>
        <Field>
          <Label>{t('cases.filters.type')}</Label>
          <Select value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value })}>
            <Select.Option value="">{t('cases.filters.allTypes')}</Select.Option>
            {CASE_TYPES.map((x) => (
              <Select.Option key={x} value={x}>
                {typeLabel(t, x)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Button type="submit">{t('cases.stats.show')}</Button>
      </form>
      {stats.isPending && <Loading />}
      {stats.error && <ErrorAlert error={stats.error} />}
      {stats.data && (
        <>
          <div className="kassa-two">
            <figure className="kassa-figure">
              <figcaption>{t('cases.stats.throughputChart')}</figcaption>
              <EChart option={throughput} label={t('cases.stats.throughputChart')} />
            </figure>
            <figure className="kassa-figure">
              <figcaption>{t('cases.stats.leadChart')}</figcaption>
              <EChart option={lead} label={t('cases.stats.leadChart')} />
            </figure>
          </div>
          <div className="kassa-scroll">
            <Table zebra data-testid="case-statistics">
              <caption className="kassa-sr-only">{t('cases.stats.title')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('cases.stats.period')}</Table.HeaderCell>
                  <Table.HeaderCell className="kassa-num">{t('cases.stats.received')}</Table.HeaderCell>
                  <Table.HeaderCell className="kassa-num">{t('cases.stats.decided')}</Table.HeaderCell>
                  <Table.HeaderCell className="kassa-num">{t('cases.stats.open')}</Table.HeaderCell>
                  <Table.HeaderCell className="kassa-num">{t('cases.stats.median')}</Table.HeaderCell>
                  <Table.HeaderCell className="kassa-num">{t('cases.stats.p90')}</Table.HeaderCell>
                  <Table.HeaderCell className="kassa-num">{t('cases.stats.minutes')}</Table.HeaderCell>
                  <Table.HeaderCell className="kassa-num">{t('cases.stats.errors')}</Table.HeaderCell>
                  <Table.HeaderCell className="kassa-num">{t('cases.stats.errorRate')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rows.map((p, i) => (
                  <Table.Row key={p.period} className={i === rows.length - 1 ? 'kassa-total-row' : undefined}>
                    <Table.HeaderCell scope="row">{p.period}</Table.HeaderCell>
                    <Table.Cell className="kassa-num">{f.number(p.received)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.number(p.decided)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.number(p.open)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.number(p.leadTimeMedianDays, 1)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.number(p.leadTimeP90Days, 1)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.number(p.minutesPerCase, 1)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.number(p.errors)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.share(p.errorRate, 1)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
