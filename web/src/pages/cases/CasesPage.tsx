/**
 * Work queues (arbeidskøer): my work list, the unassigned cases of a unit, decisions awaiting
 * approval, reminders, all open cases; filtered by type and unit, overdue first on request.
 * Queue and filters live in the URL (no personal data in them).
 */
import {
  Button,
  Checkbox,
  Details,
  Field,
  Label,
  Link,
  Paragraph,
  Select,
  Table,
  Tag,
  ToggleGroup,
} from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { CASE_TYPES, casesApi } from '../../api/cases';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { useFormat } from '../../format/format';
import { PageHeading } from '../../shell/PageHeading';
import { statusColor, statusLabel, typeLabel } from './labels';
import { NewCaseForm } from './NewCaseForm';

const PAGE = 50;
type Queue = 'mine' | 'unassigned' | 'approval' | 'reminders' | 'all' | 'decided';

export function CasesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const handles = can('case:handle');
  const queues: Queue[] = [
    ...(handles ? (['mine', 'unassigned'] as Queue[]) : []),
    ...(can('case:approve') ? (['approval'] as Queue[]) : []),
    ...(handles ? (['reminders'] as Queue[]) : []),
    'all',
    'decided',
  ];
  const queue = (params.get('ko') as Queue | null) ?? queues[0] ?? 'all';
  const type = params.get('type') ?? '';
  const unit = params.get('enhet') ?? '';
  const overdue = params.get('forfalt') === '1';
  const due = params.get('sortering') === 'frist';
  const offset = Number(params.get('fra') ?? 0) || 0;
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) v ? next.set(k, v) : next.delete(k);
    if (!('fra' in changes)) next.delete('fra');
    setParams(next);
  };

  const settings = useQuery({ queryKey: ['case-settings'], queryFn: casesApi.settings, staleTime: Infinity });
  const units = [...new Set(settings.data?.types.map((x) => x.orgUnit) ?? [])].sort();
  const list = useQuery({
    queryKey: ['cases', queue, type, unit, overdue, due, offset],
    placeholderData: keepPreviousData,
    queryFn: () =>
      casesApi.list({
        ...(queue === 'all' ? {} : queue === 'decided' ? { status: 'decided' } : { queue }),
        type,
        unit,
        ...(overdue ? { overdue: 'true' } : {}),
        sort: due ? 'due' : 'received',
        limit: PAGE,
        offset,
      }),
  });
  const rows = list.data?.items ?? [];

  return (
    <section className="kassa-stack">
      <div className="kassa-title-row">
        <PageHeading>{t('cases.title')}</PageHeading>
        {can('case:statistics') && (
          <Link asChild>
            <RouterLink to="/saker/statistikk">{t('cases.statisticsLink')}</RouterLink>
          </Link>
        )}
      </div>
      {can('case:create') && (
        <Details>
          <Details.Summary>{t('cases.newCase')}</Details.Summary>
          <Details.Content>
            <NewCaseForm />
          </Details.Content>
        </Details>
      )}
      <ToggleGroup
        value={queue}
        onChange={(v) => set({ ko: v })}
        aria-label={t('cases.queues.label')}
        variant="secondary"
      >
        {queues.map((q) => (
          <ToggleGroup.Item key={q} value={q}>
            {t(`cases.queues.${q}`)}
          </ToggleGroup.Item>
        ))}
      </ToggleGroup>
      <div className="kassa-filters">
        <Field>
          <Label>{t('cases.filters.type')}</Label>
          <Select value={type} onChange={(e) => set({ type: e.target.value })}>
            <Select.Option value="">{t('cases.filters.allTypes')}</Select.Option>
            {CASE_TYPES.map((x) => (
              <Select.Option key={x} value={x}>
                {typeLabel(t, x)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('cases.filters.unit')}</Label>
          <Select value={unit} onChange={(e) => set({ enhet: e.target.value })}>
            <Select.Option value="">{t('cases.filters.allUnits')}</Select.Option>
            {units.map((u) => (
              <Select.Option key={u} value={u}>
                {u}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Checkbox
          label={t('cases.filters.overdue')}
          checked={overdue}
          onChange={(e) => set({ forfalt: e.target.checked ? '1' : null })}
        />
        <Checkbox
          label={t('cases.filters.sortDue')}
          checked={due}
          onChange={(e) => set({ sortering: e.target.checked ? 'frist' : null })}
        />
      </div>
      {list.isPending && <Loading />}
      {list.error && <ErrorAlert error={list.error} />}
      {list.data && (
        <Paragraph role="status" data-testid="case-count">
          {t(list.data.totalExact === false ? 'cases.list.totalMore' : 'cases.list.total', {
            count: list.data.total,
          })}
        </Paragraph>
      )}
      {list.data && rows.length === 0 && <Paragraph>{t('cases.list.none')}</Paragraph>}
      {rows.length > 0 && (
        <div className="kassa-scroll">
          <Table zebra hover data-testid="case-list">
            <caption className="kassa-sr-only">{t(`cases.queues.${queue}`)}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('cases.list.id')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.list.member')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.list.type')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.list.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.list.received')}</Table.HeaderCell>
                <Table.HeaderCell className="kassa-num">{t('cases.list.age')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.list.due')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.list.assignee')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((c) => (
                <Table.Row key={c.id} data-case-id={c.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/saker/${c.id}`}>{c.id}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{c.personName ?? c.personId}</Table.Cell>
                  <Table.Cell>{typeLabel(t, c.type)}</Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm" data-color={statusColor(c.status)}>
                      {statusLabel(t, c.status)}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>{f.dateTime(c.receivedAt)}</Table.Cell>
                  <Table.Cell className="kassa-num">
                    {t('cases.list.ageDays', { count: c.ageDays })}
                  </Table.Cell>
                  <Table.Cell>
                    {f.date(c.dueDate)}{' '}
                    {c.overdue && (
                      <Tag data-size="sm" data-color="danger">
                        {t('cases.list.overdue')}
                      </Tag>
                    )}
                  </Table.Cell>
                  <Table.Cell>{c.assigneeName ?? t('cases.list.unassigned')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {(offset > 0 || (list.data?.total ?? 0) > offset + PAGE) && (
        <div className="kassa-pager">
          <Button
            variant="secondary"
            disabled={offset === 0}
            onClick={() => set({ fra: String(Math.max(0, offset - PAGE)) })}
          >
            {t('common.previous')}
          </Button>
          <Button
            variant="secondary"
            disabled={(list.data?.total ?? 0) <= offset + PAGE}
            onClick={() => set({ fra: String(offset + PAGE) })}
          >
            {t('common.next')}
          </Button>
        </div>
      )}
    </section>
  );
}
