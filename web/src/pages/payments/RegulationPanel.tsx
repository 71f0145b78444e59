/**
 * Regulering: an administrator enters the new G and the pension factor; another approves it
 * (four eyes); the preview shows the totals and the largest changes per benefit before the run.
 */
import { Alert, Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { useFormat } from '../../format/format';
import { benefitLabel } from '../members/labels';

export function RegulationPanel() {
  const { t } = useTranslation();
  const f = useFormat();
  const { can, user } = useAuth();
  const client = useQueryClient();
  const gValues = useQuery({
    queryKey: ['payments', 'g-values'],
    queryFn: () => api.get('/api/payments/g-values'),
  });
  const [from, setFrom] = useState('');
  const [g, setG] = useState('');
  const [factor, setFactor] = useState('');
  const enter = useMutation({
    mutationFn: () => api.post('/api/payments/g-values', { from, g: Number(g), pensionFactor: factor }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['payments', 'g-values'] }),
  });
  const approve = useMutation({
    mutationFn: (date: string) => api.post('/api/payments/g-values/approve', { from: date }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['payments', 'g-values'] }),
  });
  const regulate = useMutation({
    mutationFn: ({ date, dryRun }: { date: string; dryRun: boolean }) =>
      api.post('/api/payments/regulations', { from: date, dryRun }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['payments'] }),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    enter.mutate();
  }
  const result = regulate.data;
  return (
    <div className="kassa-tab-body kassa-stack">
      {can('parameter:write') && (
        <form onSubmit={submit} className="kassa-search-form">
          <Textfield
            label={t('payments.regulation.from')}
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
          <Textfield
            label={t('payments.regulation.g')}
            inputMode="numeric"
            value={g}
            onChange={(e) => setG(e.target.value)}
          />
          <Textfield
            label={t('payments.regulation.factor')}
            inputMode="decimal"
            value={factor}
            onChange={(e) => setFactor(e.target.value)}
          />
          <Button type="submit">{t('payments.regulation.enter')}</Button>
        </form>
      )}
      {enter.error && <ErrorAlert error={enter.error} />}
      {approve.error && <ErrorAlert error={approve.error} />}
      {regulate.error && <ErrorAlert error={regulate.error} />}
      {gValues.isPending && <Loading />}
      {gValues.error && <ErrorAlert error={gValues.error} />}
      {gValues.data && gValues.data.items.length === 0 && (
        <Paragraph>{t('payments.regulation.none')}</Paragraph>
      )}
      {gValues.data && gValues.data.items.length > 0 && (
        <Table zebra data-testid="g-values">
          <caption className="kassa-sr-only">{t('payments.regulation.gValues')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('payments.regulation.from')}</Table.HeaderCell>
              <Table.HeaderCell className="kassa-num">{t('payments.regulation.g')}</Table.HeaderCell>
              <Table.HeaderCell className="kassa-num">{t('payments.regulation.factor')}</Table.HeaderCell>
              <Table.HeaderCell>{t('payments.regulation.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('payments.claims.actions')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {gValues.data.items.map((v) => (
              <Table.Row key={v.from}>
                <Table.Cell>{f.date(v.from)}</Table.Cell>
                <Table.Cell className="kassa-num">{f.money(v.g)}</Table.Cell>
                <Table.Cell className="kassa-num">{v.pensionFactor ?? '–'}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={v.approvedBy ? 'success' : 'warning'}>
                    {v.approvedBy
                      ? t('payments.regulation.approvedBy', { entered: v.enteredBy, approved: v.approvedBy })
                      : t('payments.regulation.awaiting', { entered: v.enteredBy })}
                  </Tag>
                </Table.Cell>
                <Table.Cell>
                  {!v.approvedBy && can('parameter:write') && v.enteredBy !== user?.username && (
                    <Button data-size="sm" onClick={() => approve.mutate(v.from)}>
                      {t('payments.regulation.approve')}
                    </Button>
                  )}
                  {v.approvedBy && can('payment:run') && (
                    <span className="kassa-search-form">
                      <Button
                        data-size="sm"
                        variant="secondary"
                        onClick={() => regulate.mutate({ date: v.from, dryRun: true })}
                      >
                        {t('payments.regulation.preview')}
                      </Button>
                      <Button data-size="sm" onClick={() => regulate.mutate({ date: v.from, dryRun: false })}>
                        {t('payments.regulation.run')}
                      </Button>
                    </span>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {result && (
        <section className="kassa-stack" data-testid="regulation-result">
          <Heading level={2} data-size="sm">
            {t(result.dryRun ? 'payments.regulation.previewTitle' : 'payments.regulation.doneTitle', {
              from: f.date(result.from),
            })}
          </Heading>
          {result.alreadyRegulated && <Alert data-color="info">{t('payments.regulation.already')}</Alert>}
          <Paragraph>
            {t('payments.regulation.summary', {
              pensions: f.number(result.pensions),
              before: f.money(result.before),
              after: f.money(result.after),
              gBefore: f.money(result.gBefore),
              g: f.money(result.g),
              gFactor: result.gFactor,
              factor: result.pensionFactor,
            })}
          </Paragraph>
          {Object.entries(result.benefits ?? {}).map(([benefit, b]) => (
            <Table key={benefit} data-size="sm">
              <caption>
                {t('payments.regulation.benefitCaption', {
                  benefit: benefitLabel(t, benefit),
                  pensions: f.number(b.pensions),
                  before: f.money(b.before),
                  after: f.money(b.after),
                })}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('payments.regulation.pension')}</Table.HeaderCell>
                  <Table.HeaderCell className="kassa-num">{t('payments.regulation.before')}</Table.HeaderCell>
                  <Table.HeaderCell className="kassa-num">{t('payments.regulation.after')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {b.largest.map((c) => (
                  <Table.Row key={c.pensionId}>
                    <Table.Cell>#{c.pensionId}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.money(c.before)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.money(c.after)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ))}
        </section>
      )}
    </div>
  );
}
