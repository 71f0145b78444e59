/**
 * Every capability's job handlers (like ROUTES for HTTP): a capability adds its `JobModule` here,
 * e.g. `paymentJobs` registering `jobs.handle('payments.monthly-run', …)`. See ARCHITECTURE.md, "Jobs".
 */
import type { JobModule } from '../platform/jobs/registry';

export const JOB_MODULES: JobModule[] = [];
