/**
 * Durable background jobs: ONE interface for every database. Capabilities register a handler per
 * queue (`JobRegistry.handle`) and send jobs (`JobQueue.send`); `kassa serve` and `kassa worker`
 * run them. Delivery is at least once: a handler must be idempotent (natural keys, one transaction
 * per step), so a job killed half-way and run again finishes exactly once.
 */

export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
/** created: waiting; retry: failed, will run again; failed: out of retries (dead letter). */
export type JobState = (typeof JOB_STATES)[number];

export interface Job<T = unknown> {
  id: string;
  queue: string;
  data: T;
  /** 0 on the first run, 1 on the first retry, … */
  attempt: number;
  /** Aborted when the job's timeout has passed or the worker is shutting down: stop between steps. */
  signal: AbortSignal;
}

export type JobHandler<T = unknown> = (job: Job<T>) => Promise<unknown>;

/** How a queue's jobs are retried and timed out (set once per queue, by its handler's capability). */
export interface QueuePolicy {
  /** Retries after the first failure before the job is `failed` (the dead-letter state). */
  retryLimit: number;
  /** Seconds before the first retry. */
  retryDelaySeconds: number;
  /** Doubles the delay at each retry (with jitter). */
  retryBackoff: boolean;
  /** A run taking longer fails (and is retried); a worker that died mid-run is detected after this. */
  timeoutSeconds: number;
  /** Jobs of this queue run at the same time in one process. */
  concurrency: number;
}

export const DEFAULT_POLICY: QueuePolicy = {
  retryLimit: 3,
  retryDelaySeconds: 30,
  retryBackoff: true,
  timeoutSeconds: 15 * 60,
  concurrency: 1,
};

export interface SendOptions {
  /**
   * Sending again with the same key (to the same queue) adds no job and returns the first one's id,
   * while that job is kept (completed jobs: 30 days).
   */
  idempotencyKey?: string;
  /** Not before this time. */
  startAfter?: Date;
}

export interface JobInfo {
  id: string;
  queue: string;
  state: JobState;
  data: unknown;
  attempt: number;
  retryLimit: number;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
  startAfter: string;
  /** The last error of a failed or retrying job. */
  error: string | null;
}

export interface ScheduleInfo {
  name: string;
  cron: string;
  timezone: string;
  /** Next time the schedule sends a job (ISO timestamp), by its cron expression. */
  nextRun: string;
  /** Whether a handler is registered for it in this installation. */
  handled: boolean;
}

export interface JobQueue {
  send<T extends object>(queue: string, data: T, options?: SendOptions): Promise<string>;
  /** Runs this queue's jobs in this process with `handler`. */
  work<T>(queue: string, handler: JobHandler<T>, policy?: Partial<QueuePolicy>): Promise<void>;
  /** Creates the queue with its policy (done by `work`; senders that do not work call it). */
  createQueue(queue: string, policy?: Partial<QueuePolicy>): Promise<void>;
  schedule(name: string, cron: string, timezone: string, data?: object): Promise<void>;
  unschedule(name: string): Promise<void>;
  listJobs(filter: { queue?: string; state?: JobState; limit?: number }): Promise<JobInfo[]>;
  getJob(queue: string, id: string): Promise<JobInfo | undefined>;
  /** Puts a failed job back to run again. */
  retry(queue: string, id: string): Promise<void>;
  /** Jobs per queue and state. */
  counts(): Promise<{ queue: string; state: JobState; count: number }[]>;
  /** Stops fetching; waits up to `timeoutMs` for running jobs, then aborts them. */
  stop(options: { timeoutMs: number }): Promise<void>;
  /** Whether the queue answers (for /api/health). */
  healthy(): Promise<boolean>;
  /** Jobs running in this process now. */
  running(): number;
}
