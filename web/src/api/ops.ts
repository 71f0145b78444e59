/** The operations API (jobs, schedules) for administrators: GET /api/ops/… (permission ops:admin). */
import { z } from 'zod';

export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const Job = z.object({
  id: z.string(),
  queue: z.string(),
  state: z.enum(JOB_STATES),
  attempt: z.number(),
  retryLimit: z.number(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type Job = z.infer<typeof Job>;

export const JobsAnswer = z.object({ jobs: z.array(Job) });
export const RetryAnswer = z.object({ job: Job });
export const CountsAnswer = z.object({
  counts: z.array(z.object({ queue: z.string(), state: z.enum(JOB_STATES), count: z.number() })),
});
export const SchedulesAnswer = z.object({
  schedules: z.array(
    z.object({
      name: z.string(),
      cron: z.string(),
      timezone: z.string(),
      nextRun: z.string(),
      handled: z.boolean(),
    }),
  ),
});
