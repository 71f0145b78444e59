// Operations (issue 21): an administrator sees jobs by state, a failure with its error, retries it,
// and sees the schedules with their next run; /metrics needs its token; /api/health reports the
// database and the job runner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadJobsConfig, startJobRunner } from '../../src/platform/jobs';
import { recordJobRun } from '../../src/platform/metrics';
import { createTestApp, type TestApp } from '../support/app';

const METRICS_TOKEN = 'a-metrics-token-of-some-length';
let t: TestApp;
let admin: { authorization: string };

async function until<T>(fn: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const v = await fn();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('operations API', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    process.env.KASSA_METRICS_TOKEN = METRICS_TOKEN;
    t = await createTestApp();
    delete process.env.KASSA_METRICS_TOKEN;
    t.ctx.jobs = await startJobRunner(t.ctx, {
      work: true,
      config: loadJobsConfig({ KASSA_JOBS_POLL_SECONDS: '0.5', KASSA_SCHEDULE_PRINT_BATCH: 'off' }),
      onRun: recordJobRun,
      modules: [
        (jobs) =>
          jobs.handle(
            'test.always-fails',
            async () => {
              throw new Error('the bank file was refused');
            },
            { retryLimit: 0 },
          ),
        (jobs) => jobs.handle('payments.monthly-run', async () => undefined),
      ],
    });
    admin = await t.authHeader([{ role: 'admin', orgnr: null }]);
  }, 180_000);
  afterAll(async () => {
    await t.ctx.jobs?.stop();
    await t.close();
  });

  it('lists a failed job with its error, and an administrator runs it again', async () => {
    const id = await t.ctx.jobs?.queue.send('test.always-fails', { run: 1 });
    const failed = await until(async () => {
      const res = await t.app.inject({
        url: '/api/ops/jobs?state=failed&queue=test.always-fails',
        headers: admin,
      });
      expect(res.statusCode).toBe(200);
      const jobs = (res.json() as { jobs: { id: string; error: string | null; startedAt: string | null }[] })
        .jobs;
      return jobs.find((j) => j.id === id);
    }, 'the job to fail');
    expect(failed.error).toBe('the bank file was refused');

    const retried = await t.app.inject({
      method: 'POST',
      url: `/api/ops/jobs/test.always-fails/${id}/retry`,
      headers: admin,
    });
    expect(retried.statusCode).toBe(200);
    expect(['retry', 'created', 'active', 'failed']).toContain(
      (retried.json() as { job: { state: string } }).job.state,
    );
    // It runs again (and fails again: one more run counted).
    await until(async () => {
      const job = await t.ctx.jobs?.queue.getJob('test.always-fails', id ?? '');
      return job?.state === 'failed' && job.startedAt !== failed.startedAt ? job : undefined;
    }, 'the second run');

    const counts = await t.app.inject({ url: '/api/ops/jobs/counts', headers: admin });
    expect(counts.json()).toEqual({ counts: [{ queue: 'test.always-fails', state: 'failed', count: 1 }] });
  });

  it('a completed job cannot be retried; a bad id is 400; others may not look', async () => {
    const notFailed = await t.app.inject({
      method: 'POST',
      url: '/api/ops/jobs/test.always-fails/00000000-0000-4000-8000-000000000000/retry',
      headers: admin,
    });
    expect(notFailed.statusCode).toBe(404);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/ops/jobs/test.always-fails/42/retry',
      headers: admin,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ errors: [{ path: 'params.id', message: 'must be a job id' }] });
    const handler = await t.authHeader([{ role: 'case_handler', orgnr: null }]);
    expect((await t.app.inject({ url: '/api/ops/jobs', headers: handler })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/ops/jobs' })).statusCode).toBe(401);
  });

  it('shows the configured schedules with their next run in the fund’s time zone', async () => {
    const res = await t.app.inject({ url: '/api/ops/schedules', headers: admin });
    expect(res.statusCode).toBe(200);
    const schedules = (
      res.json() as { schedules: { name: string; cron: string; nextRun: string; handled: boolean }[] }
    ).schedules;
    // The print batch is configured off; the payment run has a handler, the reminders none (yet).
    expect(schedules.map((s) => [s.name, s.cron, s.handled])).toEqual([
      ['payments.monthly-run', '0 6 20 * *', true],
      ['cases.hold-reminders', '0 7 * * 1-5', false],
    ]);
    const next = new Date(schedules[0]?.nextRun ?? '');
    const oslo = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Oslo',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(next);
    expect(oslo).toBe('20, 06:00');
    expect(next.getTime()).toBeGreaterThan(Date.now());
  });

  it('/api/health reports the database and the job runner', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', database: 'ok', jobs: 'ok' });
  });

  it('/metrics needs its token and shows HTTP routes, jobs and the pool', async () => {
    expect((await t.app.inject({ url: '/metrics' })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong' } })).statusCode,
    ).toBe(401);
    const res = await t.app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body).toMatch(
      /kassa_http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="200"\} [1-9]/,
    );
    expect(body).toMatch(/kassa_job_runs_total\{queue="test.always-fails",outcome="failed"\} [2-9]/);
    expect(body).toContain('kassa_jobs{queue="test.always-fails",state="failed"} 1');
    expect(body).toMatch(/kassa_db_pool_connections\{state="total"\} [1-9]/);
    // A route's pattern, never an id from the URL.
    expect(body).toContain('route="/api/ops/jobs/:queue/:id/retry"');
    expect(body).not.toContain('00000000-0000-4000-8000-000000000000');
  });
});
