/**
 * The job queue on pg-boss (PostgreSQL's well-kept queue; several Kassa processes on several machines
 * share one queue). On PostgreSQL pg-boss has its own small pool; on the embedded PGlite it runs on
 * the same single connection through `Database.executeSql`, so its tables (schema `pgboss`) live in
 * the same data folder and jobs survive a restart there too. One implementation for both databases.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db';
import {
  DEFAULT_POLICY,
  type JobHandler,
  type JobInfo,
  type JobQueue,
  type JobState,
  type QueuePolicy,
  type SendOptions,
} from './types';

export interface JobQueueOptions {
  db: Database;
  /** PostgreSQL URL (pg-boss's own connections); absent on PGlite. */
  databaseUrl: string | undefined;
  logger: Logger;
  /** Whether this process sends scheduled jobs and runs maintenance (expiry of dead workers' jobs). */
  supervise: boolean;
  /** How often expired jobs (a worker died mid-run) are noticed; pg-boss's default is 120 s. */
  maintenanceSeconds?: number;
  /** How often an idle worker looks for new jobs. */
  pollingSeconds?: number;
  /** Called after each run, for metrics. */
  onRun?: (queue: string, outcome: 'completed' | 'failed', seconds: number) => void;
}

const DAY = 24 * 60 * 60;

/** A job id derived from (queue, key): a repeated send finds the first job's id (pg-boss ids are uuids). */
export function idempotentJobId(queue: string, key: string): string {
  const h = createHash('sha256').update(`${queue}\0${key}`).digest('hex');
  // Shaped as a version-4 UUID so any uuid column accepts it.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function bossPolicy(p: QueuePolicy): Omit<PgBoss.Queue, 'name'> {
  return {
    retryLimit: p.retryLimit,
    retryDelay: p.retryDelaySeconds,
    retryBackoff: p.retryBackoff,
    expireInSeconds: p.timeoutSeconds,
    // Kept for the operations view and for idempotency keys; then archived, later deleted.
    retentionDays: 30,
  };
}

interface JobRow {
  id: string;
  name: string;
  state: JobState;
  data: unknown;
  retry_count: number;
  retry_limit: number;
  created_on: Date | string;
  started_on: Date | string | null;
  completed_on: Date | string | null;
  start_after: Date | string;
  output: unknown;
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

function errorText(output: unknown): string | null {
  if (output === null || typeof output !== 'object') return null;
  const o = output as { message?: unknown; value?: unknown };
  if (typeof o.message === 'string') return o.message;
  return JSON.stringify(output);
}

function toInfo(r: JobRow): JobInfo {
  return {
    id: r.id,
    queue: r.name,
    state: r.state,
    data: r.data,
    attempt: r.retry_count,
    retryLimit: r.retry_limit,
    createdAt: iso(r.created_on) ?? '',
    startedAt: iso(r.started_on),
    completedAt: iso(r.completed_on),
    startAfter: iso(r.start_after) ?? '',
    error: r.state === 'failed' || r.state === 'retry' ? errorText(r.output) : null,
  };
}

export async function openJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const { db, logger } = options;
  const common: PgBoss.ConstructorOptions = {
    schedule: options.supervise,
    supervise: options.supervise,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 60,
    archiveCompletedAfterSeconds: 30 * DAY,
    archiveFailedAfterSeconds: 90 * DAY,
    deleteAfterDays: 90,
  };
  const boss = options.databaseUrl
    ? new PgBoss({ ...common, connectionString: options.databaseUrl, max: 4, application_name: 'kassa-jobs' })
    : new PgBoss({ ...common, db: { executeSql: (text, values) => db.executeSql(text, values) } });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();

  const running = new Map<string, AbortController>();
  const created = new Set<string>();

  async function createQueue(queue: string, policy: Partial<QueuePolicy> = {}) {
    const p = { ...DEFAULT_POLICY, ...policy };
    if ((await boss.getQueue(queue)) === null)
      await boss.createQueue(queue, { name: queue, ...bossPolicy(p) });
    else await boss.updateQueue(queue, { name: queue, ...bossPolicy(p) });
    created.add(queue);
  }

  async function run<T>(
    queue: string,
    policy: QueuePolicy,
    handler: JobHandler<T>,
    job: PgBoss.JobWithMetadata<T>,
  ) {
    const controller = new AbortController();
    running.set(job.id, controller);
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort(new Error(`timed out after ${policy.timeoutSeconds} s`));
        reject(new Error(`job ${queue} ${job.id} timed out after ${policy.timeoutSeconds} s`));
      }, policy.timeoutSeconds * 1000);
    });
    try {
      const output = await Promise.race([
        handler({ id: job.id, queue, data: job.data, attempt: job.retryCount, signal: controller.signal }),
        timeout,
      ]);
      options.onRun?.(queue, 'completed', (performance.now() - started) / 1000);
      return output;
    } catch (error) {
      options.onRun?.(queue, 'failed', (performance.now() - started) / 1000);
      logger.warn({ err: error, queue, jobId: job.id, attempt: job.retryCount }, 'job failed');
      throw error;
    } finally {
      clearTimeout(timer);
      running.delete(job.id);
    }
  }

  const queue: JobQueue = {
    async send(name, data, sendOptions: SendOptions = {}) {
      if (!created.has(name) && (await boss.getQueue(name)) === null) await createQueue(name);
      const id = sendOptions.idempotencyKey ? idempotentJobId(name, sendOptions.idempotencyKey) : undefined;
      const sent = await boss.send(name, data, {
        ...(id ? { id } : {}),
        ...(sendOptions.startAfter ? { startAfter: sendOptions.startAfter } : {}),
      });
      // null: a job with this id exists already (the idempotency key was used before).
      if (sent === null && id) return id;
      if (sent === null) throw new Error(`the job queue refused a job for ${name}`);
      return sent;
    },
    createQueue,
    async work(name, handler, policy = {}) {
      const p = { ...DEFAULT_POLICY, ...policy };
      await createQueue(name, p);
      for (let i = 0; i < p.concurrency; i++) {
        let workerId: string | undefined;
        workerId = await boss.work<never>(
          name,
          { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: options.pollingSeconds ?? 2 },
          async (jobs) => {
            for (const job of jobs) await run(name, p, handler as JobHandler<unknown>, job);
            // pg-boss waits the polling interval after every fetch; with work found, look again at once.
            if (jobs.length > 0 && workerId) boss.notifyWorker(workerId);
          },
        );
      }
    },
    async schedule(name, cron, timezone, data = {}) {
      if (!created.has(name) && (await boss.getQueue(name)) === null) await createQueue(name);
      await boss.schedule(name, cron, data, { tz: timezone });
    },
    async unschedule(name) {
      await boss.unschedule(name);
    },
    async listJobs(filter) {
      const rows = await sql<JobRow>`
        select id, name, state, data, retry_count, retry_limit, created_on, started_on, completed_on,
               start_after, output
        from pgboss.job
        where (${filter.queue ?? null}::text is null or name = ${filter.queue ?? null})
          and (${filter.state ?? null}::text is null or state::text = ${filter.state ?? null})
        order by created_on desc, id
        limit ${filter.limit ?? 100}`.execute(db.kysely);
      return rows.rows.map(toInfo);
    },
    async getJob(name, id) {
      const rows = await sql<JobRow>`
        select id, name, state, data, retry_count, retry_limit, created_on, started_on, completed_on,
               start_after, output
        from pgboss.job where name = ${name} and id = ${id}::uuid`.execute(db.kysely);
      return rows.rows[0] ? toInfo(rows.rows[0]) : undefined;
    },
    async retry(name, id) {
      await boss.retry(name, id);
    },
    async counts() {
      const rows = await sql<{ queue: string; state: JobState; count: number }>`
        select name as queue, state::text as state, count(*)::int as count
        from pgboss.job group by name, state order by name, state`.execute(db.kysely);
      return rows.rows;
    },
    async stop({ timeoutMs }) {
      // Graceful: stop fetching, let the running jobs finish their step; abort them at the deadline.
      const deadline = setTimeout(() => {
        for (const c of running.values()) c.abort(new Error('the worker is shutting down'));
      }, timeoutMs);
      try {
        await boss.stop({ graceful: true, wait: true, timeout: timeoutMs + 1000, close: true });
      } finally {
        clearTimeout(deadline);
      }
    },
    async healthy() {
      try {
        await sql`select 1 from pgboss.version`.execute(db.kysely);
        return true;
      } catch {
        return false;
      }
    },
    running: () => running.size,
  };
  return queue;
}
