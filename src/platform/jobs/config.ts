/**
 * Job and schedule settings from the environment (README: "Jobs and schedules"). Schedules are
 * configuration: a cron expression per schedule name, in the fund's time zone, or `off`.
 */

import { z } from 'zod';
import { ConfigError } from '../config-error';
import { CronExpressionParser } from './cron';

/** The schedules Kassa knows; each sends one job to the queue of the same name. */
export const SCHEDULES = {
  /** The monthly payment run (utbetalingskjøring), on the fund's payment day. */
  'payments.monthly-run': { env: 'KASSA_SCHEDULE_PAYMENT_RUN', cron: '0 6 20 * *' },
  /** The daily batch of letters to print and post (utskriftsbunke). */
  'letters.print-batch': { env: 'KASSA_SCHEDULE_PRINT_BATCH', cron: '0 14 * * 1-5' },
  /** Reminders of cases on hold (saker på vent) whose waiting time is up. */
  'cases.hold-reminders': { env: 'KASSA_SCHEDULE_CASE_REMINDERS', cron: '0 7 * * 1-5' },
} as const;
export type ScheduleName = keyof typeof SCHEDULES;

const Cron = z
  .string()
  .trim()
  .refine((s) => s === 'off' || CronExpressionParser.valid(s), 'must be a cron expression (5 fields) or off');

const JobsEnv = z.object({
  KASSA_WORKER: z.enum(['on', 'off']).default('on'),
  KASSA_TIMEZONE: z
    .string()
    .default('Europe/Oslo')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Europe/Oslo'),
  KASSA_SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  KASSA_JOBS_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  KASSA_JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  KASSA_SCHEDULE_PAYMENT_RUN: Cron.default(SCHEDULES['payments.monthly-run'].cron),
  KASSA_SCHEDULE_PRINT_BATCH: Cron.default(SCHEDULES['letters.print-batch'].cron),
  KASSA_SCHEDULE_CASE_REMINDERS: Cron.default(SCHEDULES['cases.hold-reminders'].cron),
});

export interface JobsConfig {
  /** Whether `kassa serve` also runs jobs (`kassa worker` always does). */
  worker: boolean;
  timezone: string;
  shutdownTimeoutSeconds: number;
  maintenanceSeconds: number;
  pollingSeconds: number;
  /** Cron expression per schedule; `off` turns a schedule off. */
  schedules: Record<ScheduleName, string>;
}

export function loadJobsConfig(env: NodeJS.ProcessEnv = process.env): JobsConfig {
  const parsed = JobsEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    worker: e.KASSA_WORKER === 'on',
    timezone: e.KASSA_TIMEZONE,
    shutdownTimeoutSeconds: e.KASSA_SHUTDOWN_TIMEOUT_SECONDS,
    maintenanceSeconds: e.KASSA_JOBS_MAINTENANCE_SECONDS,
    pollingSeconds: e.KASSA_JOBS_POLL_SECONDS,
    schedules: {
      'payments.monthly-run': e.KASSA_SCHEDULE_PAYMENT_RUN,
      'letters.print-batch': e.KASSA_SCHEDULE_PRINT_BATCH,
      'cases.hold-reminders': e.KASSA_SCHEDULE_CASE_REMINDERS,
    },
  };
}
