/** A member's letters with channel, delivery status and receipts: a tab on the member page. */
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { download } from '../../api/client';
import { personLetters } from '../../api/letters';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { useFormat } from '../../format/format';

export function MemberLetters({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const letters = useQuery({
    queryKey: ['person-letters', personId],
    queryFn: () => personLetters(personId),
  });
  if (letters.isPending) return <Loading />;
  if (letters.error) return <ErrorAlert error={letters.error} />;
  if (letters.data.length === 0) return <Paragraph>{t('letters.none')}</Paragraph>;
  return (
    <Table zebra data-size="sm" data-testid="member-letters">
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('letters.column.title')}</Table.HeaderCell>
          <Table.HeaderCell>{t('letters.column.channel')}</Table.HeaderCell>
          <Table.HeaderCell>{t('letters.column.state')}</Table.HeaderCell>
          <Table.HeaderCell>{t('letters.column.sent')}</Table.HeaderCell>
          <Table.HeaderCell>{t('letters.column.receipts')}</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {letters.data.map((l) => (
          <Table.Row key={l.id}>
            <Table.Cell>
              {l.title}
              <br />
              <small>
                {t(`letters.type.${l.type}`)} · {t('letters.column.security')} {l.securityClass}
              </small>
            </Table.Cell>
            <Table.Cell>{t(`letters.channel.${l.channel ?? 'none'}`)}</Table.Cell>
            <Table.Cell>
              <Tag
                data-color={
                  l.state === 'undeliverable'
                    ? 'danger'
                    : l.state === 'delivered' || l.state === 'opened'
                      ? 'success'
                      : 'neutral'
                }
              >
                {t(`letters.state.${l.state}`)}
              </Tag>
            </Table.Cell>
            <Table.Cell>{f.dateTime(l.sentAt)}</Table.Cell>
            <Table.Cell>
              <ul className="kassa-plain-list">
                {l.receipts.map((r) => (
                  <li key={`${r.kind}-${r.at}`} title={r.detail ?? undefined}>
                    {t(`letters.receipt.${r.kind}`)} {f.dateTime(r.at)}
                  </li>
                ))}
              </ul>
            </Table.Cell>
            <Table.Cell>
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => void download(`/api/letters/${l.id}/pdf`, `brev-${l.id}.pdf`)}
              >
                {t('letters.open')}
              </Button>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
