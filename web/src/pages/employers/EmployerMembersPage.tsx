/**
 * An employer's own list of members (mine ansatte): who is a member, their status today, position
 * and since when, filtered by status and name, paged, and exported as a CSV file. The filters
 * live in the address (names are only typed, never put there by the page itself).
 */
import {
  Button,
  Field,
  Label,
  Link,
  Paragraph,
  Select,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { ScrollBox } from '../../components/ScrollBox';
import { useFormat } from '../../format/format';
import { PageHeading } from '../../shell/PageHeading';
import { statusColor, statusLabel } from '../members/labels';

const PAGE = 50;
const STATUSES = ['active', 'pensioner', 'former'] as const;
type Status = (typeof STATUSES)[number];

/** One CSV field: quoted when it holds a separator, a quote or a line break. */
export function csvField(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function EmployerMembersPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const employers = useQuery({
    queryKey: ['employers', 'mine'],
    queryFn: () => api.get('/api/employers', { query: { limit: 500 } }),
  });
  const list = employers.data?.employers ?? [];
  const employerId = Number(params.get('arbeidsgiver')) || list[0]?.id || 0;
  const employer = list.find((e) => e.id === employerId);
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as Status)
    : undefined;
  const q = params.get('navn') ?? '';
  const offset = Number(params.get('fra') ?? 0) || 0;
  const [text, setText] = useState(q);
  const [exporting, setExporting] = useState<unknown>(null);

  const members = useQuery({
    queryKey: ['employer-members', employerId, status, q, offset],
    enabled: employerId > 0,
    placeholderData: keepPreviousData,
    queryFn: () =>
      api.get('/api/employers/{id}/members', {
        path: { id: employerId },
        query: { status, query: q || undefined, limit: PAGE, offset },
      }),
  });

  const set = (change: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change))
      if (v) next.set(k, v);
      else next.delete(k);
    if (!('fra' in change)) next.delete('fra');
    setParams(next);
  };
  function submit(e: FormEvent) {
    e.preventDefault();
    set({ navn: text.trim() });
  }

  async function exportCsv() {
    setExporting(null);
    try {
      const all = await api.get('/api/employers/{id}/members', {
        path: { id: employerId },
        query: { status, query: q || undefined, limit: 5000, offset: 0 },
      });
      const header = [
        t('person.name'),
        t('person.birthDate'),
        t('person.nationalId'),
        t('myEmployees.status'),
        t('employment.positionPct'),
        t('myEmployees.since'),
      ];
      const lines = [
        header,
        ...all.members.map((m) => [
          m.name,
          m.birthDate,
          m.nationalIdMasked,
          m.status ? statusLabel(t, m.status) : '',
          m.positionPct,
          m.since,
        ]),
      ].map((row) => row.map(csvField).join(';'));
      // A byte-order mark so spreadsheet programs read æøå right.
      const blob = new Blob([`\ufeff${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `${t('myEmployees.fileName')}-${employer?.orgnr ?? employerId}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
    } catch (e) {
      setExporting(e);
    }
  }

  const data = members.data;
  return (
    <section className="kassa-stack">
      <PageHeading>{t('myEmployees.title')}</PageHeading>
      {employers.isPending && <Loading />}
      {employers.error && <ErrorAlert error={employers.error} onRetry={employers.refetch} />}
      {employers.data && list.length === 0 && <Paragraph>{t('employers.none')}</Paragraph>}
      {list.length > 0 && (
        <div className="kassa-filters">
          {list.length > 1 ? (
            <Field>
              <Label>{t('reports.employer')}</Label>
              <Select value={employerId} onChange={(e) => set({ arbeidsgiver: e.target.value })}>
                {list.map((e) => (
                  <Select.Option key={e.id} value={e.id}>
                    {e.name} ({e.orgnr})
                  </Select.Option>
                ))}
              </Select>
            </Field>
          ) : (
            <Paragraph>
              {employer?.name} ({employer?.orgnr})
            </Paragraph>
          )}
          <Field>
            <Label>{t('myEmployees.status')}</Label>
            <Select
              value={status ?? ''}
              onChange={(e) => set({ status: e.target.value })}
              data-testid="status-filter"
            >
              <Select.Option value="">{t('history.all')}</Select.Option>
              {STATUSES.map((s) => (
                <Select.Option key={s} value={s}>
                  {statusLabel(t, s)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <form onSubmit={submit} className="kassa-search-form kassa-grow">
            <Textfield
              className="kassa-grow"
              label={t('myEmployees.name')}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <Button type="submit" variant="secondary">
              {t('members.submit')}
            </Button>
          </form>
          <Button variant="secondary" onClick={() => void exportCsv()} disabled={!data || data.total === 0}>
            {t('myEmployees.export')}
          </Button>
        </div>
      )}
      {exporting !== null && <ErrorAlert error={exporting} />}
      {members.isPending && employerId > 0 && <Loading />}
      {members.error && <ErrorAlert error={members.error} onRetry={members.refetch} />}
      {data && (
        <>
          <Paragraph role="status" data-testid="member-count">
            {t('myEmployees.count', { count: data.total })}
          </Paragraph>
          {data.members.length > 0 && (
            <ScrollBox label={t('myEmployees.title')}>
              <Table zebra data-testid="employer-members">
                <caption className="kassa-sr-only">{t('myEmployees.title')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('person.name')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('person.birthDate')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('myEmployees.status')}</Table.HeaderCell>
                    <Table.HeaderCell className="kassa-num">{t('employment.positionPct')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('myEmployees.since')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {data.members.map((m) => (
                    <Table.Row key={m.personId}>
                      <Table.Cell>
                        <Link asChild>
                          <RouterLink to={`/medlemmer/${m.personId}`}>{m.name}</RouterLink>
                        </Link>
                      </Table.Cell>
                      <Table.Cell>{f.date(m.birthDate)}</Table.Cell>
                      <Table.Cell>
                        {m.status && (
                          <Tag data-size="sm" data-color={statusColor(m.status)}>
                            {statusLabel(t, m.status)}
                          </Tag>
                        )}
                      </Table.Cell>
                      <Table.Cell className="kassa-num">
                        {m.positionPct === null ? '–' : f.percent(m.positionPct)}
                      </Table.Cell>
                      <Table.Cell>{f.date(m.since)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollBox>
          )}
          {(offset > 0 || offset + PAGE < data.total) && (
            <nav className="kassa-pager" aria-label={t('members.paging')}>
              <Button
                variant="secondary"
                disabled={offset === 0}
                onClick={() => set({ fra: String(Math.max(0, offset - PAGE)) })}
              >
                {t('common.previous')}
              </Button>
              <Button
                variant="secondary"
                disabled={offset + PAGE >= data.total}
                onClick={() => set({ fra: String(offset + PAGE) })}
              >
                {t('common.next')}
              </Button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
