/**
 * Where capabilities register their job handlers. A capability exports a `JobModule`; the list of
 * modules is in `src/cli/job-handlers.ts` (like ROUTES for HTTP), so platform code imports no
 * capability. `kassa serve` and `kassa worker` run every registered queue.
 */
import type { AppContext } from '../context';
import type { JobHandler, QueuePolicy } from './types';

export interface JobRegistration {
  queue: string;
  handler: JobHandler<never>;
  policy: Partial<QueuePolicy>;
}

export class JobRegistry {
  private readonly registrations = new Map<string, JobRegistration>();

  /** Runs `handler` for every job sent to `queue` (a schedule's name is its queue). */
  handle<T>(queue: string, handler: JobHandler<T>, policy: Partial<QueuePolicy> = {}): void {
    if (!/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/.test(queue)) throw new Error(`bad queue name ${queue}`);
    if (this.registrations.has(queue)) throw new Error(`two handlers for the job queue ${queue}`);
    this.registrations.set(queue, { queue, handler: handler as JobHandler<never>, policy });
  }

  has(queue: string): boolean {
    return this.registrations.has(queue);
  }

  list(): JobRegistration[] {
    return [...this.registrations.values()];
  }
}

/** A capability's job handlers: `(jobs, ctx) => jobs.handle('payments.monthly-run', …)`. */
export type JobModule = (jobs: JobRegistry, ctx: AppContext) => void;
