/** A person's payment history: payments and their lines (back-pay marked), held months, claims. */
import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { api } from '../../api/client';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { useFormat } from '../../format/format';
import { PageHeading } from '../../shell/PageHeading';
import { benefitLabel } from '../members/labels';

export function PersonPaymentsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id } = useParams();
  const q = useQuery({
    queryKey: ['payments', 'person', id],
    queryFn: () => api.get('/api/payments/persons/{id}', { path: { id: Number(id) } }),
  });
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const { person, payments, holds, claims } = q.data;
  return (
    <section className="kassa-stack">
      <PageHeading>{t('payments.history.title', { name: person.name })}</PageHeading>
      <Paragraph>
        {t('payments.history.account', { account: person.accountNumber ?? t('payments.history.noAccount') })}
        {person.deathDate && ` · ${t('payments.history.died', { date: f.date(person.deathDate) })}`}
        {' · '}
        <Link asChild>
          <RouterLink to={`/medlemmer/${person.id}`}>{t('payments.history.member')}</RouterLink>
        </Link>
      </Paragraph>
      {payments.length === 0 && <Paragraph>{t('payments.history.none')}</Paragraph>}
      {payments.map((p) => (
        <Table key={p.month} data-size="sm" data-testid="person-payment">
          <caption>
            {t('payments.history.caption', {
              month: p.month,
              payDate: f.date(p.payDate),
              gross: f.money(p.gross),
              withholding: f.money(p.withholding),
              net: f.money(p.net),
            })}{' '}
            <Tag data-color={p.taxBasis === 'default' ? 'warning' : 'neutral'}>
              {t(`payments.taxBasis.${p.taxBasis}`)}
            </Tag>{' '}
            {p.bankStatus && (
              <Tag data-color={p.bankStatus === 'rejected' ? 'danger' : 'success'}>
                {t(`payments.bank.${p.bankStatus}`)}
                {p.bankReason ? ` (${p.bankReason})` : ''}
              </Tag>
            )}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('pension.benefit')}</Table.HeaderCell>
              <Table.HeaderCell>{t('payments.history.forMonth')}</Table.HeaderCell>
              <Table.HeaderCell className="kassa-num">{t('payments.gross')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {p.lines.map((l) => (
              <Table.Row key={`${l.pensionId}-${l.forMonth}`}>
                <Table.Cell>{benefitLabel(t, l.benefit)}</Table.Cell>
                <Table.Cell>
                  {l.forMonth} {l.backPay && <Tag data-color="info">{t('payments.backPay')}</Tag>}
                </Table.Cell>
                <Table.Cell className="kassa-num">{f.money(l.gross)}</Table.Cell>
              </Table.Row>
            ))}
            {p.deduction > 0 && (
              <Table.Row>
                <Table.Cell colSpan={2}>{t('payments.deductions')}</Table.Cell>
                <Table.Cell className="kassa-num">−{f.money(p.deduction)}</Table.Cell>
              </Table.Row>
            )}
            {p.reissued > 0 && (
              <Table.Row>
                <Table.Cell colSpan={2}>{t('payments.history.reissued')}</Table.Cell>
                <Table.Cell className="kassa-num">{f.money(p.reissued)}</Table.Cell>
              </Table.Row>
            )}
          </Table.Body>
        </Table>
      ))}
      {holds.length > 0 && (
        <>
          <Heading level={2} data-size="sm">
            {t('payments.history.holds')}
          </Heading>
          <ul>
            {holds.map((h) => (
              <li key={h.month}>
                {h.month}: {t(`payments.holdReason.${h.reason}`)} ({f.money(h.gross)})
              </li>
            ))}
          </ul>
        </>
      )}
      {claims.length > 0 && (
        <>
          <Heading level={2} data-size="sm">
            {t('payments.tabs.claims')}
          </Heading>
          <ul>
            {claims.map((c) => (
              <li key={c.id}>
                {c.firstMonth}–{c.lastMonth}: {f.money(c.amount)} (
                {t('payments.history.remaining', { amount: f.money(c.remaining) })})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
