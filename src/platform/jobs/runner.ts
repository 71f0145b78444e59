/**
 * The job runner of one process: the queue, the registered handlers (worked here unless this process
 * only sends), and the configured schedules. `kassa serve` starts it (unless KASSA_WORKER=off or
 * --no-worker), `kassa worker` starts it without the web server.
 */
import type { AppContext } from '../context';
import { type JobsConfig, SCHEDULES, type ScheduleName } from './config';
import { CronExpressionParser } from './cron';
import { openJobQueue } from './pg-boss-queue';
import { type JobModule, JobRegistry } from './registry';
import type { JobQueue, ScheduleInfo } from './types';

export interface JobRunner {
  queue: JobQueue;
  registry: JobRegistry;
  /** Whether this process runs jobs (a web server with the worker off only sends). */
  working: boolean;
  schedules(now?: Date): ScheduleInfo[];
  /** Graceful: no new jobs; the running ones get the shutdown timeout to finish their step. */
  stop(): Promise<void>;
}

export interface RunnerOptions {
  work: boolean;
  modules: readonly JobModule[];
  config: JobsConfig;
  onRun?: (queue: string, outcome: 'completed' | 'failed', seconds: number) => void;
}

export async function startJobRunner(ctx: AppContext, options: RunnerOptions): Promise<JobRunner> {
  const { config } = options;
  const registry = new JobRegistry();
  for (const register of options.modules) register(registry, ctx);
  const queue = await openJobQueue({
    db: ctx.db,
    databaseUrl: ctx.config.databaseUrl,
    logger: ctx.logger,
    supervise: true,
    maintenanceSeconds: config.maintenanceSeconds,
    pollingSeconds: config.pollingSeconds,
    ...(options.onRun ? { onRun: options.onRun } : {}),
  });
  try {
    for (const r of registry.list()) {
      if (options.work) await queue.work(r.queue, r.handler, r.policy);
      else await queue.createQueue(r.queue, r.policy);
    }
    for (const name of Object.keys(SCHEDULES) as ScheduleName[]) {
      const cron = config.schedules[name];
      if (cron === 'off') {
        await queue.unschedule(name);
      } else if (registry.has(name)) {
        await queue.schedule(name, cron, config.timezone);
      } else {
        // Nothing would run its jobs: they would only pile up. Configured, but not scheduled.
        await queue.unschedule(name);
        ctx.logger.debug({ schedule: name }, 'schedule configured but no handler is registered');
      }
    }
  } catch (error) {
    await queue.stop({ timeoutMs: 0 });
    throw error;
  }
  return {
    queue,
    registry,
    working: options.work,
    schedules(now = new Date()) {
      return (Object.keys(SCHEDULES) as ScheduleName[])
        .filter((name) => config.schedules[name] !== 'off')
        .map((name) => ({
          name,
          cron: config.schedules[name],
          timezone: config.timezone,
          nextRun: CronExpressionParser.next(config.schedules[name], config.timezone, now).toISOString(),
          handled: registry.has(name),
        }));
    },
    stop: () => queue.stop({ timeoutMs: config.shutdownTimeoutSeconds * 1000 }),
  };
}
