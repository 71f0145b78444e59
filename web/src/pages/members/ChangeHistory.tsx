import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Change } from '../../api/types';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { type Formatters, useFormat } from '../../format/format';
import { benefitLabel, kindLabel } from './labels';

/** What changed in the member's records, when and by whom (endringshistorikk). */
export function ChangeHistory({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const history = useQuery({
    queryKey: ['person-history', personId],
    queryFn: () => api.get('/api/persons/{id}/history', { path: { id: personId } }),
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
          <strong>{t(`field.${x.field}`, { defaultValue: x.field })}</strong>: {show(x.field, x.from, f, t)} →{' '}
          {show(x.field, x.to, f, t)}
        </li>
      ))}
    </ul>
  );
}

const MONEY_FIELDS = new Set(['annualSalary', 'annualAmount']);
const PERCENT_FIELDS = new Set(['positionPct', 'gradePct']);

/** A field's value in the same form the rest of the member page uses. */
function show(
  field: string,
  v: string | number | boolean | null | undefined,
  f: Formatters,
  t: TFunction,
): string {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'number' && MONEY_FIELDS.has(field)) return f.money(v);
  if (typeof v === 'number' && PERCENT_FIELDS.has(field)) return f.percent(v);
  if (field === 'benefit' && typeof v === 'string') return benefitLabel(t, v);
  if (field === 'kind' && typeof v === 'string') return kindLabel(t, v);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return f.date(v);
  return String(v);
}
