/** Durable jobs and schedules: see types.ts for the interface, ARCHITECTURE.md ("Jobs") for wiring. */
export { type JobsConfig, loadJobsConfig, SCHEDULES, type ScheduleName } from './config';
export { idempotentJobId, openJobQueue } from './pg-boss-queue';
export { type JobModule, JobRegistry } from './registry';
export { type JobRunner, startJobRunner } from './runner';
export * from './types';
