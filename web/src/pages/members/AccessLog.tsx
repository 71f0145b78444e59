/** Who looked at this member, when and why (tilgangslogg); for those allowed to read the audit. */
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Person } from '../../api/types';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { ScrollBox } from '../../components/ScrollBox';
import { useFormat } from '../../format/format';

export function AccessLog({ person }: { person: Person }) {
  const { t } = useTranslation();
  const f = useFormat();
  const log = useQuery({
    queryKey: ['person-access-log', person.id],
    queryFn: () => api.get('/api/persons/{id}/access-log', { path: { id: person.id } }),
  });
  if (log.isPending) return <Loading />;
  if (log.error) return <ErrorAlert error={log.error} onRetry={log.refetch} />;
  if (log.data.entries.length === 0)
    return <Paragraph className="kassa-tab-body">{t('accessLog.none')}</Paragraph>;
  return (
    <div className="kassa-tab-body">
      <ScrollBox label={t('member.tabs.accessLog')}>
        <Table zebra data-testid="access-log">
          <caption className="kassa-sr-only">{t('member.tabs.accessLog')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('history.at')}</Table.HeaderCell>
              <Table.HeaderCell>{t('accessLog.actor')}</Table.HeaderCell>
              <Table.HeaderCell>{t('accessLog.purpose')}</Table.HeaderCell>
              <Table.HeaderCell>{t('accessLog.what')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {log.data.entries.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: log rows have no id of their own
              <Table.Row key={i}>
                <Table.Cell>{f.dateTime(e.at)}</Table.Cell>
                <Table.Cell>{e.actor}</Table.Cell>
                <Table.Cell>
                  {t(`members.purposes.${e.purpose}`, {
                    defaultValue: t(`accessLog.purposes.${e.purpose}`, { defaultValue: e.purpose }),
                  })}
                </Table.Cell>
                <Table.Cell>{t(`accessLog.whats.${e.what}`, { defaultValue: e.what })}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollBox>
    </div>
  );
}
