/** Payment runs with totals and reconciliation; a payments officer starts the next month's run. */
import { Alert, Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { useFormat } from '../../format/format';

export function RunsPanel() {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useAuth();
  const client = useQueryClient();
  const runs = useQuery({
    queryKey: ['payments', 'runs'],
    queryFn: () => api.get('/api/payments/runs'),
  });
  const latest = runs.data?.runs[0]?.month;
  const next = latest ? nextMonth(latest) : '';
  const [month, setMonth] = useState('');
  const start = useMutation({
    mutationFn: (m: string) => api.post('/api/payments/runs', { month: m }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['payments'] }),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    start.mutate(month || next);
  }
  return (
    <div className="kassa-tab-body kassa-stack">
      {can('payment:run') && (
        <form onSubmit={submit} className="kassa-search-form">
          <Textfield
            label={t('payments.runs.month')}
            description={t('payments.runs.monthHelp')}
            value={month}
            placeholder={next}
            onChange={(e) => setMonth(e.target.value)}
          />
          <Button type="submit" disabled={start.isPending}>
            {t('payments.runs.start')}
          </Button>
        </form>
      )}
      {start.error && <ErrorAlert error={start.error} />}
      {start.data && (
        <Alert data-color="success" role="status">
          {t(start.data.alreadyPaid ? 'payments.runs.alreadyPaid' : 'payments.runs.done', {
            month: start.data.month,
            payments: f.number(start.data.payments),
            net: f.money(start.data.net),
          })}
        </Alert>
      )}
      {runs.isPending && <Loading />}
      {runs.error && <ErrorAlert error={runs.error} />}
      {runs.data && runs.data.runs.length === 0 && <Paragraph>{t('payments.runs.none')}</Paragraph>}
      {runs.data && runs.data.runs.length > 0 && (
        <div className="kassa-scroll">
          <Table zebra data-testid="payment-runs">
            <caption className="kassa-sr-only">{t('payments.tabs.runs')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('payments.runs.month')}</Table.HeaderCell>
                <Table.HeaderCell>{t('payments.runs.payDate')}</Table.HeaderCell>
                <Table.HeaderCell className="kassa-num">{t('payments.runs.payments')}</Table.HeaderCell>
                <Table.HeaderCell className="kassa-num">{t('payments.gross')}</Table.HeaderCell>
                <Table.HeaderCell className="kassa-num">{t('payments.withholding')}</Table.HeaderCell>
                <Table.HeaderCell className="kassa-num">{t('payments.deductions')}</Table.HeaderCell>
                <Table.HeaderCell className="kassa-num">{t('payments.net')}</Table.HeaderCell>
                <Table.HeaderCell className="kassa-num">{t('payments.backPay')}</Table.HeaderCell>
                <Table.HeaderCell className="kassa-num">{t('payments.runs.missingAccount')}</Table.HeaderCell>
                <Table.HeaderCell className="kassa-num">{t('payments.runs.defaultTax')}</Table.HeaderCell>
                <Table.HeaderCell>{t('payments.runs.reconciliation')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {runs.data.runs.map((r) => {
                const ok = r.reconciliation.entriesBalance && r.reconciliation.paymentsMatch && r.fileWritten;
                return (
                  <Table.Row key={r.id}>
                    <Table.Cell>{r.month}</Table.Cell>
                    <Table.Cell>{f.date(r.payDate)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.number(r.payments)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.money(r.gross)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.money(r.withholding)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.money(r.deductions)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.money(r.net)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.money(r.backPay)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.number(r.missingAccount)}</Table.Cell>
                    <Table.Cell className="kassa-num">{f.number(r.defaultTax)}</Table.Cell>
                    <Table.Cell>
                      <Tag data-color={ok ? 'success' : 'danger'}>
                        {t(ok ? 'payments.runs.reconciled' : 'payments.runs.notReconciled', {
                          debit: f.money(r.reconciliation.debit),
                          credit: f.money(r.reconciliation.credit),
                        })}
                      </Tag>
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
          <Heading level={2} data-size="xs">
            {t('payments.runs.entries', { month: runs.data.runs[0]?.month })}
          </Heading>
          <Table data-testid="payment-entries">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('payments.runs.account')}</Table.HeaderCell>
                <Table.HeaderCell className="kassa-num">{t('payments.runs.debit')}</Table.HeaderCell>
                <Table.HeaderCell className="kassa-num">{t('payments.runs.credit')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {(runs.data.runs[0]?.entries ?? []).map((e) => (
                <Table.Row key={e.account}>
                  <Table.Cell>{t(`payments.accounts.${e.account}`, { defaultValue: e.account })}</Table.Cell>
                  <Table.Cell className="kassa-num">{f.money(e.debit)}</Table.Cell>
                  <Table.Cell className="kassa-num">{f.money(e.credit)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
