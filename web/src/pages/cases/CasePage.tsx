/**
 * One case: the member, the stage checklist, the actions the status and the user's roles allow,
 * the stage data (service history, conditions, calculation with trace and version diff, decision,
 * approval), time and the history of every step.
 */
import {
  Button,
  Card,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  type CaseDetail,
  type CaseStatus,
  casesApi,
  ERROR_CATEGORIES,
  type ErrorCategory,
  STAGES,
} from '../../api/cases';
import { api } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { useFormat } from '../../format/format';
import { PageHeading } from '../../shell/PageHeading';
import { Calculations, Conditions, Decision, ServiceHistory } from './CaseStages';
import { CaseTime } from './CaseTime';
import { actionLabel, statusColor, statusLabel, todayIso, typeLabel } from './labels';
import { useCaseStep } from './useCaseStep';
import './cases.css';

const NEXT: Partial<Record<CaseStatus, CaseStatus>> = {
  received: 'preparing',
  preparing: 'assessing',
  assessing: 'calculating',
  reopened: 'assessing',
};

export function CasePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id } = useParams();
  const { user, can } = useAuth();
  const c = useQuery({ queryKey: ['case', id], queryFn: () => casesApi.get(id ?? '') });
  const person = useQuery({
    queryKey: ['person', String(c.data?.personId)],
    enabled: c.data !== undefined && can('person:read'),
    queryFn: () => api.get('/api/persons/{id}', { path: { id: c.data?.personId ?? 0 } }),
  });
  if (c.isPending) return <Loading />;
  if (c.error) return <ErrorAlert error={c.error} />;
  const k = c.data;
  const mine = can('case:handle') && (k.assignee === null || k.assignee === user?.id);
  const whole = k.time !== null;
  return (
    <section className="kassa-stack">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/saker">← {t('cases.page.back')}</RouterLink>
        </Link>
      </Paragraph>
      <div className="kassa-title-row">
        <PageHeading data-testid="case-title">
          {t('cases.page.title', { id: k.id, type: typeLabel(t, k.type) })}
        </PageHeading>
        <Tag data-color={statusColor(k.status)} data-testid="case-status">
          {statusLabel(t, k.status)}
        </Tag>
        {k.overdue && <Tag data-color="danger">{t('cases.list.overdue')}</Tag>}
      </div>
      <dl className="kassa-facts">
        <div>
          <dt>{t('cases.page.member')}</dt>
          <dd>
            {person.data ? (
              <Link asChild>
                <RouterLink to={`/medlemmer/${k.personId}`} data-testid="case-member">
                  {person.data.name} ({f.date(person.data.birthDate)})
                </RouterLink>
              </Link>
            ) : (
              k.personId
            )}
          </dd>
        </div>
        <div>
          <dt>{t('cases.page.claimedFrom')}</dt>
          <dd>{f.date(k.claimedFrom)}</dd>
        </div>
        <div>
          <dt>{t('cases.page.received')}</dt>
          <dd>{f.dateTime(k.receivedAt)}</dd>
        </div>
        <div>
          <dt>{t('cases.page.due')}</dt>
          <dd>{f.date(k.dueDate)}</dd>
        </div>
        <div>
          <dt>{t('cases.page.unit')}</dt>
          <dd>{k.orgUnit}</dd>
        </div>
        <div>
          <dt>{t('cases.page.assignee')}</dt>
          <dd data-testid="case-assignee">{k.assigneeName ?? t('cases.list.unassigned')}</dd>
        </div>
        <div>
          <dt>{t('cases.page.source')}</dt>
          <dd>{t(`cases.source.${k.source}`)}</dd>
        </div>
        {k.note && (
          <div className="kassa-facts-wide">
            <dt>{t('cases.page.note')}</dt>
            <dd>{k.note}</dd>
          </div>
        )}
        {k.hold && (
          <div className="kassa-facts-wide">
            <dd>{t('cases.page.hold', { date: f.date(k.hold.until), reason: k.hold.reason ?? '' })}</dd>
          </div>
        )}
      </dl>
      <Checklist c={k} />
      {whole && <Actions c={k} mine={mine} />}
      {whole && (
        <>
          <ServiceHistory c={k} mine={mine} />
          <Conditions c={k} mine={mine} />
          <Calculations c={k} mine={mine} />
        </>
      )}
      <Decision c={k} mine={mine} />
      {whole && can('case:read') && <CaseTime c={k} />}
      <History c={k} />
    </section>
  );
}

/** The stages in order: done, current, to come. */
function Checklist({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const reached = (() => {
    const s = c.status === 'on_hold' ? ((c.hold as { from?: string } | null)?.from ?? 'received') : c.status;
    if (s === 'reopened') return STAGES.indexOf('assessing') - 0.5;
    if (s === 'withdrawn') return -1;
    return STAGES.indexOf(s as (typeof STAGES)[number]);
  })();
  return (
    <nav aria-label={t('cases.page.checklist')}>
      <ol className="kassa-checklist" data-testid="case-checklist">
        {STAGES.map((s, i) => {
          const state =
            i < reached || (s === 'decided' && c.status === 'decided')
              ? 'done'
              : i === reached
                ? 'current'
                : 'todo';
          return (
            <li key={s} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
              {statusLabel(t, s)}
              {state !== 'todo' && <span className="kassa-sr-only"> ({t(`cases.page.${state}`)})</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function Actions({ c, mine }: { c: CaseDetail; mine: boolean }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const step = useCaseStep(c.id);
  const [holdReason, setHoldReason] = useState('');
  const [holdUntil, setHoldUntil] = useState('');
  const [reason, setReason] = useState('');
  const [category, setCategory] = useState<ErrorCategory>('calculation');
  const next = NEXT[c.status];
  const working = ['received', 'preparing', 'assessing', 'calculating', 'reopened'].includes(c.status);
  const open = working || c.status === 'on_hold' || c.status === 'awaiting_approval';
  const hold = (e: FormEvent) => {
    e.preventDefault();
    step.mutate({ step: 'hold', body: { reason: holdReason, until: holdUntil } });
  };
  return (
    <Card data-color="neutral" data-testid="case-actions">
      <Heading level={2} data-size="sm">
        {t('cases.actions.label')}
      </Heading>
      <div className="kassa-filters">
        {can('case:handle') && c.assignee === null && (working || c.status === 'on_hold') && (
          <Button onClick={() => step.mutate({ step: 'take' })} disabled={step.isPending}>
            {t('cases.actions.take')}
          </Button>
        )}
        {mine && next && (
          <Button
            onClick={() => step.mutate({ step: 'advance', body: { to: next } })}
            disabled={step.isPending}
          >
            {t('cases.actions.advance', { stage: statusLabel(t, next) })}
          </Button>
        )}
        {mine && c.status === 'on_hold' && (
          <Button
            variant="secondary"
            onClick={() => step.mutate({ step: 'resume' })}
            disabled={step.isPending}
          >
            {t('cases.actions.resume')}
          </Button>
        )}
      </div>
      {mine && working && (
        <form onSubmit={hold} className="kassa-filters">
          <Textfield
            label={t('cases.actions.holdReason')}
            required
            value={holdReason}
            onChange={(e) => setHoldReason(e.target.value)}
          />
          <Textfield
            label={t('cases.actions.holdUntil')}
            type="date"
            min={todayIso()}
            required
            value={holdUntil}
            onChange={(e) => setHoldUntil(e.target.value)}
          />
          <Button type="submit" variant="secondary" disabled={step.isPending}>
            {t('cases.actions.hold')}
          </Button>
        </form>
      )}
      {can('case:create') && open && (
        <form
          className="kassa-filters"
          onSubmit={(e) => {
            e.preventDefault();
            step.mutate({ step: 'withdraw', body: { reason, by: 'member' } });
          }}
        >
          <Textfield
            label={t('cases.actions.withdrawReason')}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button type="submit" variant="tertiary" disabled={step.isPending}>
            {t('cases.actions.withdraw')}
          </Button>
        </form>
      )}
      {can('case:handle') && c.status === 'decided' && (
        <form
          className="kassa-filters"
          onSubmit={(e) => {
            e.preventDefault();
            step.mutate({ step: 'reopen', body: { errorCategory: category, reason } });
          }}
        >
          <Field>
            <Label>{t('cases.actions.errorCategory')}</Label>
            <Select value={category} onChange={(e) => setCategory(e.target.value as ErrorCategory)}>
              {ERROR_CATEGORIES.map((x) => (
                <Select.Option key={x} value={x}>
                  {t(`cases.errorCategory.${x}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            label={t('cases.actions.reopenReason')}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button type="submit" variant="secondary" disabled={step.isPending}>
            {t('cases.actions.reopen')}
          </Button>
        </form>
      )}
      {step.error && <ErrorAlert error={step.error} />}
    </Card>
  );
}

function History({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="sm">
        {t('cases.history.title')}
      </Heading>
      <div className="kassa-scroll">
        <Table zebra data-testid="case-history">
          <caption className="kassa-sr-only">{t('cases.history.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('cases.history.at')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.history.by')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.history.action')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.history.from')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.history.to')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.history.comment')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {c.history.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the history is append-only and ordered
              <Table.Row key={i}>
                <Table.Cell>{f.dateTime(h.at)}</Table.Cell>
                <Table.Cell>{h.by || '–'}</Table.Cell>
                <Table.Cell>{actionLabel(t, h.action)}</Table.Cell>
                <Table.Cell>{statusLabel(t, h.from)}</Table.Cell>
                <Table.Cell>{statusLabel(t, h.to)}</Table.Cell>
                <Table.Cell>{h.comment ?? ''}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </Card>
  );
}
