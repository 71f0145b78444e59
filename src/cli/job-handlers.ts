/**
 * Every capability's job handlers (like ROUTES for HTTP): a capability adds its `JobModule` here,
 * e.g. `paymentJobs` registering `jobs.handle('payments.monthly-run', …)`. See ARCHITECTURE.md, "Jobs".
 */
import { caseJobs } from '../cases/jobs';
import { letterJobs } from '../documents/jobs';
import { paymentJobs } from '../payments/jobs';
import type { JobModule } from '../platform/jobs/registry';

export const JOB_MODULES: JobModule[] = [caseJobs, paymentJobs, letterJobs];
