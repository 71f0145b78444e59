/** Payments the bank rejected: each is sent again by the next run once the account is corrected. */
import { Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { api } from '../../api/client';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { useFormat } from '../../format/format';

export function RejectedPanel() {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useQuery({
    queryKey: ['payments', 'rejected'],
    queryFn: () => api.get('/api/payments/rejected'),
  });
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  if (q.data.items.length === 0)
    return <Paragraph className="kassa-tab-body">{t('payments.rejected.none')}</Paragraph>;
  return (
    <div className="kassa-tab-body kassa-scroll">
      <Paragraph>{t('payments.rejected.help')}</Paragraph>
      <Table zebra data-testid="rejected-payments">
        <caption className="kassa-sr-only">{t('payments.tabs.rejected')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('payments.person')}</Table.HeaderCell>
            <Table.HeaderCell>{t('payments.runs.month')}</Table.HeaderCell>
            <Table.HeaderCell className="kassa-num">{t('payments.net')}</Table.HeaderCell>
            <Table.HeaderCell>{t('payments.rejected.reason')}</Table.HeaderCell>
            <Table.HeaderCell>{t('payments.rejected.account')}</Table.HeaderCell>
            <Table.HeaderCell>{t('payments.rejected.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {q.data.items.map((r) => (
            <Table.Row key={`${r.personId}-${r.month}`}>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={`/utbetalinger/personer/${r.personId}`}>{r.name}</RouterLink>
                </Link>
              </Table.Cell>
              <Table.Cell>{r.month}</Table.Cell>
              <Table.Cell className="kassa-num">{f.money(r.net)}</Table.Cell>
              <Table.Cell>{r.reason ?? '–'}</Table.Cell>
              <Table.Cell className="kassa-mono">{r.rejectedAccount}</Table.Cell>
              <Table.Cell>
                <Tag data-color={r.accountCorrected ? 'success' : 'warning'}>
                  {t(r.accountCorrected ? 'payments.rejected.corrected' : 'payments.rejected.waiting')}
                </Tag>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
