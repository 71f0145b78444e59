import { Field, Label, Paragraph, Select, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { Person } from '../../api/types';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { type Formatters, useFormat } from '../../format/format';
import { filterChanges, groupChanges, type ReadableChange, readable } from './history';
import { benefitLabel, kindLabel } from './labels';

const ENTITIES = ['person', 'membership', 'employment', 'pension'] as const;

/**
 * What changed in the member's records (endringshistorikk), one entry per change made together,
 * each naming its employer; filters for the kind of record and the employer live in the address.
 */
export function ChangeHistory({ person }: { person: Person }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const entity = params.get('gjelder') ?? '';
  const employer = params.get('arbeidsgiver') ?? '';
  const history = useQuery({
    queryKey: ['person-history', person.id],
    queryFn: () => api.get('/api/persons/{id}/history', { path: { id: person.id } }),
  });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  if (history.isPending) return <Loading />;
  if (history.error) return <ErrorAlert error={history.error} onRetry={history.refetch} />;
  const all = readable(history.data.changes, person);
  const employers = [...new Set(all.map((c) => c.employer).filter((e): e is string => e !== null))].sort();
  const groups = groupChanges(filterChanges(all, { entity, employer }));
  return (
    <div className="kassa-stack kassa-tab-body">
      <div className="kassa-filters">
        <Field>
          <Label>{t('history.filterEntity')}</Label>
          <Select
            value={entity}
            onChange={(e) => set('gjelder', e.target.value)}
            data-testid="history-entity"
          >
            <Select.Option value="">{t('history.all')}</Select.Option>
            {ENTITIES.map((x) => (
              <Select.Option key={x} value={x}>
                {t(`entity.${x}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {employers.length > 1 && (
          <Field>
            <Label>{t('history.filterEmployer')}</Label>
            <Select value={employer} onChange={(e) => set('arbeidsgiver', e.target.value)}>
              <Select.Option value="">{t('history.all')}</Select.Option>
              {employers.map((x) => (
                <Select.Option key={x} value={x}>
                  {x}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <Paragraph role="status" data-size="sm">
        {t('history.count', { count: groups.length })}
      </Paragraph>
      {groups.length === 0 ? (
        <Paragraph>{t('history.none')}</Paragraph>
      ) : (
        <ol className="kassa-history" data-testid="history">
          {groups.map((g) => (
            <li key={g.key} className="kassa-history-group">
              <p className="kassa-history-when">
                <strong>{f.dateTime(g.at)}</strong> · {g.by}
              </p>
              <ul>
                {g.changes.map((c, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: changes of one group keep their order
                  <li key={i}>
                    <Tag data-size="sm" data-color="neutral">
                      {t(`action.${c.action}`, { defaultValue: c.action })}
                    </Tag>{' '}
                    {c.employer
                      ? t('history.entityAt', { entity: t(`entity.${c.entity}`), employer: c.employer })
                      : t(`entity.${c.entity}`)}
                    <FieldChanges change={c} f={f} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function FieldChanges({ change, f }: { change: ReadableChange; f: Formatters }) {
  const { t } = useTranslation();
  if (change.fields.length === 0) return null;
  return (
    <ul className="kassa-changes">
      {change.fields.map((x) => (
        <li key={x.field}>
          <strong>{t(`field.${x.field}`, { defaultValue: x.field })}</strong>:{' '}
          {change.action === 'created'
            ? show(x.field, x.to, f, t)
            : `${show(x.field, x.from, f, t)} → ${show(x.field, x.to, f, t)}`}
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
