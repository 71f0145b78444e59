/**
 * Drift: jobs by state, failures with their error and a retry button, and the schedules with their
 * next run (for administrators, ops:admin).
 */
import { Alert, Button, Heading, Paragraph, Table, Tag, ToggleGroup } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { JOB_STATES, type JobState } from '../../../../src/platform/jobs/types';
import { api } from '../../api/client';
import { ErrorAlert, Loading } from '../../components/QueryState';
import { ScrollBox } from '../../components/ScrollBox';
import { PageHeading } from '../../shell/PageHeading';

function dateTime(iso: string | null, language: string): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
}

export function OpsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = (JOB_STATES as readonly string[]).includes(params.get('tilstand') ?? '')
    ? (params.get('tilstand') as JobState)
    : 'failed';
  const client = useQueryClient();

  const counts = useQuery({
    queryKey: ['ops', 'counts'],
    queryFn: () => api.get('/api/ops/jobs/counts'),
  });
  const jobs = useQuery({
    queryKey: ['ops', 'jobs', state],
    queryFn: () => api.get('/api/ops/jobs', { query: { state, limit: 100 } }),
  });
  const schedules = useQuery({
    queryKey: ['ops', 'schedules'],
    queryFn: () => api.get('/api/ops/schedules'),
  });
  const retry = useMutation({
    mutationFn: (job: { queue: string; id: string }) =>
      api.post('/api/ops/jobs/{queue}/{id}/retry', undefined as never, { path: job }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ops'] }),
  });

  const total = (s: JobState) =>
    (counts.data?.counts ?? []).filter((c) => c.state === s).reduce((n, c) => n + c.count, 0);
  const rows = jobs.data?.jobs ?? [];

  return (
    <section className="kassa-stack">
      <PageHeading>{t('ops.title')}</PageHeading>

      <Heading level={2} data-size="md">
        {t('ops.jobs')}
      </Heading>
      <ScrollBox label={t('ops.state')} className="kassa-contain">
        <ToggleGroup
          value={state}
          onChange={(v) => setParams({ tilstand: v })}
          data-size="sm"
          aria-label={t('ops.state')}
        >
          {JOB_STATES.map((s) => (
            <ToggleGroup.Item key={s} value={s}>
              {t(`ops.states.${s}`)} ({total(s)})
            </ToggleGroup.Item>
          ))}
        </ToggleGroup>
      </ScrollBox>
      {retry.error && <ErrorAlert error={retry.error} />}
      {retry.isSuccess && <Alert data-color="success">{t('ops.retried')}</Alert>}
      {jobs.isPending && <Loading />}
      {jobs.error && <ErrorAlert error={jobs.error} />}
      {jobs.data && rows.length === 0 && <Paragraph>{t('ops.noJobs')}</Paragraph>}
      {rows.length > 0 && (
        <ScrollBox label={t('ops.jobs')}>
          <Table zebra data-testid="ops-jobs">
            <caption className="kassa-sr-only">{t('ops.jobs')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('ops.queue')}</Table.HeaderCell>
                <Table.HeaderCell>{t('ops.created')}</Table.HeaderCell>
                <Table.HeaderCell>{t('ops.started')}</Table.HeaderCell>
                <Table.HeaderCell className="kassa-num">{t('ops.attempts')}</Table.HeaderCell>
                <Table.HeaderCell>{t('ops.error')}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="kassa-sr-only">{t('ops.actions')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((j) => (
                <Table.Row key={j.id}>
                  <Table.Cell className="kassa-mono">{j.queue}</Table.Cell>
                  <Table.Cell>{dateTime(j.createdAt, i18n.language)}</Table.Cell>
                  <Table.Cell>{dateTime(j.startedAt, i18n.language)}</Table.Cell>
                  <Table.Cell className="kassa-num">
                    {j.attempt + (j.startedAt ? 1 : 0)} / {j.retryLimit + 1}
                  </Table.Cell>
                  <Table.Cell>{j.error ?? ''}</Table.Cell>
                  <Table.Cell>
                    {(j.state === 'failed' || j.state === 'cancelled') && (
                      <Button
                        data-size="sm"
                        variant="secondary"
                        disabled={retry.isPending}
                        onClick={() => retry.mutate({ queue: j.queue, id: j.id })}
                      >
                        {t('ops.retry')}
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollBox>
      )}

      <Heading level={2} data-size="md">
        {t('ops.schedules')}
      </Heading>
      {schedules.isPending && <Loading />}
      {schedules.error && <ErrorAlert error={schedules.error} />}
      {schedules.data && (
        <ScrollBox label={t('ops.schedules')}>
          <Table zebra data-testid="ops-schedules">
            <caption className="kassa-sr-only">{t('ops.schedules')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('ops.schedule')}</Table.HeaderCell>
                <Table.HeaderCell>{t('ops.cron')}</Table.HeaderCell>
                <Table.HeaderCell>{t('ops.nextRun')}</Table.HeaderCell>
                <Table.HeaderCell>{t('ops.handler')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {schedules.data.schedules.map((s) => (
                <Table.Row key={s.name}>
                  <Table.Cell>
                    {t(`ops.scheduleNames.${s.name.replace('.', '-')}`, { defaultValue: s.name })}
                  </Table.Cell>
                  <Table.Cell className="kassa-mono">{s.cron}</Table.Cell>
                  <Table.Cell>
                    {dateTime(s.nextRun, i18n.language)} ({s.timezone})
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-color={s.handled ? 'success' : 'warning'}>
                      {s.handled ? t('ops.handled') : t('ops.notHandled')}
                    </Tag>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollBox>
      )}
    </section>
  );
}
