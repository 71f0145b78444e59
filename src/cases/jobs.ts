/**
 * The cases capability's scheduled job: cases on hold whose reminder date has come are put back
 * in their queue (`KASSA_SCHEDULE_CASE_REMINDERS`). Idempotent: a case already back is not touched.
 */
import type { JobModule } from '../platform/jobs/registry';
import { todayInOslo } from '../register/today';
import { resumeDueHolds } from './hold-case';
import { casesDb } from './tables';

export const caseJobs: JobModule = (jobs, ctx) => {
  jobs.handle(
    'cases.hold-reminders',
    async () => ({ resumed: await resumeDueHolds(casesDb(ctx.db), todayInOslo()) }),
    {
      retryLimit: 3,
      timeoutSeconds: 600,
    },
  );
};
