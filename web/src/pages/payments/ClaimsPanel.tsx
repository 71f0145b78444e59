/**
 * Recovery claims (tilbakekreving): settle by monthly instalments from a debtor's payments, or
 * propose a write-off with a reason that another user approves.
 */
import { Button, Link, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { api } from '../../api/client';
import type { Claim, ClaimAction } from '../../api/payments';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { useFormat } from '../../format/format';

export function ClaimsPanel() {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useQuery({
    queryKey: ['payments', 'claims'],
    queryFn: () => api.get('/api/payments/claims'),
  });
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  if (q.data.items.length === 0)
    return <Paragraph className="kassa-tab-body">{t('payments.claims.none')}</Paragraph>;
  return (
    <div className="kassa-tab-body kassa-scroll">
      <Table zebra data-testid="recovery-claims">
        <caption className="kassa-sr-only">{t('payments.tabs.claims')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('payments.person')}</Table.HeaderCell>
            <Table.HeaderCell>{t('payments.claims.months')}</Table.HeaderCell>
            <Table.HeaderCell className="kassa-num">{t('payments.claims.amount')}</Table.HeaderCell>
            <Table.HeaderCell className="kassa-num">{t('payments.claims.withholding')}</Table.HeaderCell>
            <Table.HeaderCell className="kassa-num">{t('payments.claims.recovered')}</Table.HeaderCell>
            <Table.HeaderCell>{t('payments.claims.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('payments.claims.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {q.data.items.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={`/utbetalinger/personer/${c.personId}`}>{c.name}</RouterLink>
                </Link>
              </Table.Cell>
              <Table.Cell>
                {c.firstMonth === c.lastMonth ? c.firstMonth : `${c.firstMonth} – ${c.lastMonth}`}
              </Table.Cell>
              <Table.Cell className="kassa-num">{f.money(c.amount)}</Table.Cell>
              <Table.Cell className="kassa-num">
                {c.withholding === null ? '–' : f.money(c.withholding)}
              </Table.Cell>
              <Table.Cell className="kassa-num">{f.money(c.recovered)}</Table.Cell>
              <Table.Cell>
                <Tag>{t(`payments.claims.statuses.${c.status}`, { instalment: f.money(c.instalment) })}</Tag>
                {c.writeOffReason && <Paragraph data-size="sm">{c.writeOffReason}</Paragraph>}
              </Table.Cell>
              <Table.Cell>
                <ClaimActions claim={c} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Paragraph data-size="sm">{t('payments.claims.taxNote')}</Paragraph>
    </div>
  );
}

function ClaimActions({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const { can, user } = useAuth();
  const client = useQueryClient();
  const [instalment, setInstalment] = useState('');
  const [debtor, setDebtor] = useState('');
  const [reason, setReason] = useState('');
  const act = useMutation({
    // one call for the three actions: the path is one of the document's, chosen by `action`
    mutationFn: ({ action, body }: ClaimAction) =>
      api.post(
        `/api/payments/claims/{id}/${action}` as '/api/payments/claims/{id}/write-off',
        body as never,
        {
          path: { id: claim.id },
        },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['payments'] }),
  });
  if (!can('payment:run')) return null;
  function instalments(e: FormEvent) {
    e.preventDefault();
    act.mutate({
      action: 'instalments',
      body: {
        instalment: Number(instalment.replace(',', '.')),
        ...(debtor ? { debtorPersonId: Number(debtor) } : {}),
      },
    });
  }
  function writeOff(e: FormEvent) {
    e.preventDefault();
    act.mutate({ action: 'write-off', body: { reason } });
  }
  return (
    <div className="kassa-stack">
      {act.error && <ErrorAlert error={act.error} />}
      {claim.status === 'write_off_proposed' ? (
        claim.writeOffBy !== user?.username ? (
          <Button data-size="sm" onClick={() => act.mutate({ action: 'write-off/approve' })}>
            {t('payments.claims.approveWriteOff')}
          </Button>
        ) : (
          <Paragraph data-size="sm">{t('payments.claims.awaitingApproval')}</Paragraph>
        )
      ) : (
        <>
          <form onSubmit={instalments} className="kassa-search-form">
            <Textfield
              data-size="sm"
              label={t('payments.claims.instalment')}
              inputMode="decimal"
              value={instalment}
              onChange={(e) => setInstalment(e.target.value)}
            />
            <Textfield
              data-size="sm"
              label={t('payments.claims.debtor')}
              inputMode="numeric"
              value={debtor}
              onChange={(e) => setDebtor(e.target.value)}
            />
            <Button data-size="sm" type="submit" variant="secondary">
              {t('payments.claims.setInstalments')}
            </Button>
          </form>
          <form onSubmit={writeOff} className="kassa-search-form">
            <Textfield
              data-size="sm"
              label={t('payments.claims.reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <Button data-size="sm" type="submit" variant="secondary">
              {t('payments.claims.proposeWriteOff')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
