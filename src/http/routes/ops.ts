/**
 * Operations: Prometheus metrics (/metrics), and for administrators (ops:admin) the jobs by state,
 * failures with their error, retrying a failed job, and the schedules with their next run.
 */
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { dumpDatabase } from '../../platform/backup/backup';
import { AppError, notFound } from '../../platform/errors';
import { JOB_STATES } from '../../platform/jobs/types';
import { httpDuration, metricsText, sampledGauge } from '../../platform/metrics';
import { loadMetricsConfig } from '../../platform/metrics-config';
import type { KassaApp } from '../app';
import type { AppContext } from '../context';
import { protectedErrors } from '../schemas';

const JobState = z.enum(JOB_STATES);

const JobInfo = z.object({
  id: z.string(),
  queue: z.string(),
  state: JobState,
  data: z.unknown(),
  attempt: z.number(),
  retryLimit: z.number(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  startAfter: z.string(),
  error: z.string().nullable(),
});

const ScheduleInfo = z.object({
  name: z.string(),
  cron: z.string(),
  timezone: z.string(),
  nextRun: z.string(),
  handled: z.boolean(),
});

const QueueName = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/, 'must be a queue name')
  .max(100);

const noRunner = () =>
  new AppError('conflict', [
    { path: '', message: 'no job runner in this process (KASSA_WORKER or --no-worker)' },
  ]);

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function opsRoutes(app: KassaApp, ctx: AppContext) {
  const metrics = loadMetricsConfig(process.env);

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, never the URL: ids stay out of the labels (and the label set stays small).
    const route = request.routeOptions.url ?? 'unmatched';
    httpDuration().observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  sampledGauge('kassa_db_pool_connections', 'Database connections by state', ['state'], (g) => {
    const s = ctx.db.poolStats();
    g.set({ state: 'total' }, s.total);
    g.set({ state: 'idle' }, s.idle);
    g.set({ state: 'waiting' }, s.waiting);
  });
  sampledGauge('kassa_jobs', 'Jobs by queue and state', ['queue', 'state'], async (g) => {
    if (!ctx.jobs) return;
    for (const c of await ctx.jobs.queue.counts()) g.set({ queue: c.queue, state: c.state }, c.count);
  });
  sampledGauge('kassa_jobs_running', 'Jobs running in this process', [], (g) => {
    g.set(ctx.jobs?.queue.running() ?? 0);
  });

  // Not under /api: no user token; the metrics token (or the separate port) protects it.
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    const header = request.headers.authorization ?? '';
    const given = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!metrics.token || !given || !sameToken(given, metrics.token)) {
      return reply.code(metrics.token ? 401 : 404).send({
        errors: [{ path: '', message: metrics.token ? 'the metrics token is required' : 'no such resource' }],
      });
    }
    const { body, contentType } = await metricsText();
    return reply.type(contentType).send(body);
  });

  app.get('/api/ops/jobs', {
    config: { access: 'ops:admin' },
    schema: {
      tags: ['ops'],
      description: 'Jobs, newest first, optionally of one queue and in one state (failed: with their error).',
      querystring: z.object({
        queue: QueueName.optional(),
        state: JobState.optional(),
        limit: z.coerce.number().int().min(1).max(1000).default(100),
      }),
      response: { 200: z.object({ jobs: z.array(JobInfo) }), 409: protectedErrors[400], ...protectedErrors },
    },
    handler: async (req) => {
      if (!ctx.jobs) throw noRunner();
      return { jobs: await ctx.jobs.queue.listJobs(req.query) };
    },
  });

  app.get('/api/ops/jobs/counts', {
    config: { access: 'ops:admin' },
    schema: {
      tags: ['ops'],
      description: 'How many jobs each queue has in each state.',
      response: {
        200: z.object({
          counts: z.array(z.object({ queue: z.string(), state: JobState, count: z.number() })),
        }),
        409: protectedErrors[400],
        ...protectedErrors,
      },
    },
    handler: async () => {
      if (!ctx.jobs) throw noRunner();
      return { counts: await ctx.jobs.queue.counts() };
    },
  });

  app.post('/api/ops/jobs/:queue/:id/retry', {
    config: { access: 'ops:admin' },
    schema: {
      tags: ['ops'],
      description: 'Runs a failed job again.',
      params: z.object({ queue: QueueName, id: z.string().uuid('must be a job id') }),
      response: { 200: z.object({ job: JobInfo }), 409: protectedErrors[400], ...protectedErrors },
    },
    handler: async (req) => {
      if (!ctx.jobs) throw noRunner();
      const { queue, id } = req.params;
      const job = await ctx.jobs.queue.getJob(queue, id);
      if (!job) throw notFound('job');
      if (job.state !== 'failed' && job.state !== 'cancelled') {
        throw new AppError('conflict', [{ path: 'id', message: `the job is ${job.state}, not failed` }]);
      }
      await ctx.jobs.queue.retry(queue, id);
      const after = await ctx.jobs.queue.getJob(queue, id);
      if (!after) throw notFound('job');
      ctx.logger.info({ queue, jobId: id, by: req.principal?.username }, 'failed job put back to run again');
      return { job: after };
    },
  });

  app.get('/api/ops/schedules', {
    config: { access: 'ops:admin' },
    schema: {
      tags: ['ops'],
      description: 'The configured schedules with their next run (KASSA_SCHEDULE_*).',
      response: {
        200: z.object({ schedules: z.array(ScheduleInfo) }),
        409: protectedErrors[400],
        ...protectedErrors,
      },
    },
    handler: async () => {
      if (!ctx.jobs) throw noRunner();
      return { schedules: ctx.jobs.schedules() };
    },
  });

  // `kassa backup` on the same machine, while this server holds the embedded database. The caller
  // proves it may read the data folder with the secret in its lock file (mode 0600), not a user token.
  app.post('/api/ops/backup', {
    config: { access: 'public' },
    schema: {
      tags: ['ops'],
      description:
        'A consistent copy of the embedded database (gzipped tar), for `kassa backup` on this machine: ' +
        'needs the header x-kassa-local-secret from the data folder’s kassa-process.json.',
      produces: ['application/gzip'],
      response: { 200: z.any().describe('the backup'), 403: protectedErrors[403], 404: protectedErrors[404] },
    },
    handler: async (req, reply) => {
      if (!ctx.dataLock || ctx.db.kind !== 'pglite') {
        return reply.code(404).send({ errors: [{ path: '', message: 'no embedded database here' }] });
      }
      const given = req.headers['x-kassa-local-secret'];
      if (typeof given !== 'string' || !sameToken(given, ctx.dataLock.secret)) {
        return reply
          .code(403)
          .send({ errors: [{ path: '', message: 'the data folder’s secret is required' }] });
      }
      const dump = await dumpDatabase(ctx.db);
      ctx.logger.info({ bytes: dump.length }, 'backup of the embedded database taken');
      return reply.type('application/gzip').send(dump);
    },
  });
}
