/**
 * The letters capability's scheduled job: the day's print batch (`KASSA_SCHEDULE_PRINT_BATCH`).
 * Idempotent: the same day gives the same batch, and no letter is in two batches.
 */
import { systemPrincipal } from '../platform/auth/roles';
import type { JobModule } from '../platform/jobs/registry';
import { counter } from '../platform/metrics';
import { todayInOslo } from '../register/today';
import { buildPrintBatch } from './print-batch';
import { documentDb } from './tables';

export const letterJobs: JobModule = (jobs, ctx) => {
  const printed = counter(
    'kassa_letters_printed_total',
    'Letters handed to the print provider in daily batches',
  );
  jobs.handle(
    'letters.print-batch',
    async () => {
      const batch = await buildPrintBatch(
        documentDb(ctx.db),
        todayInOslo(),
        systemPrincipal('letters-print'),
      );
      if (batch?.created) printed.inc(batch.letters);
      return batch;
    },
    { retryLimit: 5, retryDelaySeconds: 300, timeoutSeconds: 3600 },
  );
};
