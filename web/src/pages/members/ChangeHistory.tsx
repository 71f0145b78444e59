import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getJson } from '../../api/client';
import { type Change, HistoryAnswer } from '../../api/schemas';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { type Formatters, useFormat } from '../../format/format';

/** What changed in the member's records, when and by whom (endringshistorikk). */
export function ChangeHistory({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const history = useQuery({
    queryKey: ['person-history', personId],
    queryFn: () => getJson(`/api/persons/${personId}/history`, HistoryAnswer),
  });
  if (history.isPending) return <Loading />;
  if (history.error) return <ErrorAlert error={history.error} />;
  const changes = [...history.data.changes].sort((a, b) => b.at.localeCompare(a.at));
  if (changes.length === 0) return <Paragraph className="kassa-tab-body">{t('history.none')}</Paragraph>;
  return (
    <div className="kassa-tab-body kassa-scroll">
      <Table zebra data-testid="history">
        <caption className="kassa-sr-only">{t('member.tabs.history')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('history.at')}</Table.HeaderCell>
            <Table.HeaderCell>{t('history.by')}</Table.HeaderCell>
            <Table.HeaderCell>{t('history.what')}</Table.HeaderCell>
            <Table.HeaderCell>{t('history.action')}</Table.HeaderCell>
            <Table.HeaderCell>{t('history.fields')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {changes.map((c) => (
            <Table.Row
              key={`${c.entity}-${c.entityId}-${c.at}-${c.action}-${c.fields.map((x) => x.field).join()}`}
            >
              <Table.Cell>{f.dateTime(c.at)}</Table.Cell>
              <Table.Cell>{c.by}</Table.Cell>
              <Table.Cell>{t(`entity.${c.entity}`, { defaultValue: c.entity })}</Table.Cell>
              <Table.Cell>{t(`action.${c.action}`, { defaultValue: c.action })}</Table.Cell>
              <Table.Cell>
                <FieldChanges change={c} f={f} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function FieldChanges({ change, f }: { change: Change; f: Formatters }) {
  const { t } = useTranslation();
  if (change.fields.length === 0) return null;
  return (
    <ul className="kassa-changes">
      {change.fields.map((x) => (
        <li key={x.field}>
          <strong>{t(`field.${x.field}`, { defaultValue: x.field })}</strong>: {show(x.from, f)} →{' '}
          {show(x.to, f)}
        </li>
      ))}
    </ul>
  );
}

function show(v: string | number | boolean | null | undefined, f: Formatters): string {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return f.date(v);
  return String(v);
}
