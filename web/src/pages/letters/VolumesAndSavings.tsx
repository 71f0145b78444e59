/** Volumes by type and channel per month, and the savings of digital delivery with the fund's own costs. */
import { Button, Checkbox, Heading, Table, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Costs, LETTER_TYPES, savings, volumes } from '../../api/letters';
import { type ChartOption, EChart } from '../../components/EChart';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { useFormat } from '../../format/format';

const PALETTE = ['#0062ba', '#c2185b', '#1e2b3c', '#4eb6e8', '#f0a202', '#068718'];

export function VolumesAndSavings() {
  const { t } = useTranslation();
  const f = useFormat();
  const [year, setYear] = useState(new Date().getFullYear());
  const v = useQuery({ queryKey: ['letter-volumes', year], queryFn: () => volumes(year) });
  const [costs, setCosts] = useState<Costs>({
    postage: 6.5,
    minuteCost: 6,
    runningCost: 50000,
    types: Object.fromEntries(
      LETTER_TYPES.map((type) => [type, { posted: true, minutes: type === 'free' ? 10 : 3 }]),
    ),
  });
  const s = useMutation({ mutationFn: () => savings(costs, year) });

  const monthly = useMemo((): ChartOption | null => {
    if (!v.data) return null;
    const months = Array.from({ length: 12 }, (_, i) => i + 1);
    const sum = (channel: string, m: number) =>
      v.data.monthly.filter((r) => r.channel === channel && r.month === m).reduce((a, r) => a + r.n, 0);
    return {
      color: PALETTE,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months.map((m) => String(m)) },
      yAxis: { type: 'value' },
      series: (['digital', 'paper'] as const).map((c) => ({
        type: 'bar' as const,
        stack: 'total',
        name: t(`letters.channel.${c}`),
        data: months.map((m) => sum(c, m)),
      })),
    };
  }, [v.data, t]);

  const byType = useMemo((): ChartOption | null => {
    if (!v.data) return null;
    const types = Object.keys(v.data.byType);
    return {
      color: PALETTE,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: types.map((x) => t(`letters.type.${x}`)), inverse: true },
      series: (['digital', 'paper'] as const).map((c) => ({
        type: 'bar' as const,
        stack: 'total',
        name: t(`letters.channel.${c}`),
        data: types.map((x) => v.data.byType[x]?.[c] ?? 0),
      })),
    };
  }, [v.data, t]);

  const savingsChart = useMemo((): ChartOption | null => {
    if (!s.data) return null;
    return {
      color: PALETTE,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: s.data.rows.map((r) => t(`letters.type.${r.type}`)) },
      yAxis: { type: 'value' },
      series: [
        {
          type: 'bar' as const,
          stack: 's',
          name: t('letters.savings.postageSaved'),
          data: s.data.rows.map((r) => r.postage),
        },
        {
          type: 'bar' as const,
          stack: 's',
          name: t('letters.savings.internal'),
          data: s.data.rows.map((r) => r.internal),
        },
      ],
    };
  }, [s.data, t]);

  const num = (key: 'postage' | 'minuteCost' | 'runningCost') => (
    <Textfield
      type="number"
      min={0}
      step="0.01"
      label={t(`letters.savings.${key}`)}
      value={String(costs[key])}
      onChange={(e) => setCosts({ ...costs, [key]: Math.max(0, Number(e.target.value)) })}
    />
  );

  return (
    <div className="kassa-stack">
      <div className="kassa-filters">
        <Textfield
          type="number"
          label={t('letters.year')}
          value={String(year)}
          min={1000}
          max={9999}
          onChange={(e) => Number(e.target.value) >= 1000 && setYear(Number(e.target.value))}
          data-testid="letters-year"
        />
      </div>
      {v.isPending && <Loading />}
      {v.error && <ErrorAlert error={v.error} />}
      {v.data && monthly && byType && (
        <>
          <Heading level={2} data-size="sm">
            {t('letters.byMonth')}
          </Heading>
          <EChart option={monthly} label={t('letters.byMonth')} />
          <Heading level={2} data-size="sm">
            {t('letters.byType')}
          </Heading>
          <EChart option={byType} label={t('letters.byType')} height={260} />
          <Table zebra data-size="sm" data-testid="letter-volumes">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('letters.column.type')}</Table.HeaderCell>
                <Table.HeaderCell>{t('letters.channel.digital')}</Table.HeaderCell>
                <Table.HeaderCell>{t('letters.channel.paper')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {Object.entries(v.data.byType).map(([type, c]) => (
                <Table.Row key={type}>
                  <Table.Cell>{t(`letters.type.${type}`)}</Table.Cell>
                  <Table.Cell>{f.number(c.digital)}</Table.Cell>
                  <Table.Cell>{f.number(c.paper)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      )}
      <Heading level={2} data-size="sm">
        {t('letters.savings.title')}
      </Heading>
      <div className="kassa-filters">
        {num('postage')}
        {num('minuteCost')}
        {num('runningCost')}
      </div>
      <Table data-size="sm">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('letters.column.type')}</Table.HeaderCell>
            <Table.HeaderCell>{t('letters.savings.posted')}</Table.HeaderCell>
            <Table.HeaderCell>{t('letters.savings.minutes')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {LETTER_TYPES.map((type) => {
            const c = costs.types?.[type] ?? { posted: false };
            const set = (patch: Partial<typeof c>) =>
              setCosts({ ...costs, types: { ...costs.types, [type]: { ...c, ...patch } } });
            return (
              <Table.Row key={type}>
                <Table.Cell>{t(`letters.type.${type}`)}</Table.Cell>
                <Table.Cell>
                  <Checkbox
                    aria-label={`${t('letters.savings.posted')}: ${t(`letters.type.${type}`)}`}
                    checked={c.posted}
                    onChange={(e) => set({ posted: e.target.checked })}
                  />
                </Table.Cell>
                <Table.Cell>
                  <Textfield
                    type="number"
                    min={0}
                    aria-label={`${t('letters.savings.minutes')}: ${t(`letters.type.${type}`)}`}
                    value={String(c.minutes ?? 0)}
                    onChange={(e) => set({ minutes: Math.max(0, Number(e.target.value)) })}
                  />
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
      <div>
        <Button onClick={() => s.mutate()} data-testid="compute-savings">
          {t('letters.savings.compute')}
        </Button>
      </div>
      {s.error && <ErrorAlert error={s.error} />}
      {s.data && savingsChart && (
        <>
          <EChart option={savingsChart} label={t('letters.savings.chart')} height={260} />
          <Table zebra data-size="sm" data-testid="letter-savings">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('letters.column.type')}</Table.HeaderCell>
                <Table.HeaderCell>{t('letters.column.letters')}</Table.HeaderCell>
                <Table.HeaderCell>{t('letters.savings.postageSaved')}</Table.HeaderCell>
                <Table.HeaderCell>{t('letters.savings.internal')}</Table.HeaderCell>
                <Table.HeaderCell>{t('letters.savings.total')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {s.data.rows.map((r) => (
                <Table.Row key={r.type}>
                  <Table.Cell>{t(`letters.type.${r.type}`)}</Table.Cell>
                  <Table.Cell>{f.number(r.letters)}</Table.Cell>
                  <Table.Cell>{f.money(r.postage)}</Table.Cell>
                  <Table.Cell>{f.money(r.internal)}</Table.Cell>
                  <Table.Cell>{f.money(r.total)}</Table.Cell>
                </Table.Row>
              ))}
              <Table.Row>
                <Table.Cell>{t('letters.savings.runningCost')}</Table.Cell>
                <Table.Cell />
                <Table.Cell />
                <Table.Cell />
                <Table.Cell>{f.money(-s.data.runningCost)}</Table.Cell>
              </Table.Row>
              <Table.Row>
                <Table.Cell>
                  <strong>{t('letters.savings.net')}</strong>
                </Table.Cell>
                <Table.Cell />
                <Table.Cell />
                <Table.Cell />
                <Table.Cell>
                  <strong data-testid="savings-net">{f.money(s.data.net)}</strong>
                </Table.Cell>
              </Table.Row>
            </Table.Body>
          </Table>
        </>
      )}
    </div>
  );
}
