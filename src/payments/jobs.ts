/**
 * The payments capability's scheduled job: the monthly payment run (`KASSA_SCHEDULE_PAYMENT_RUN`,
 * by default the 20th) pays the current month, exactly as `kassa pay --month` does. A month already
 * paid changes nothing, and a run killed half-way is finished by the retry (payments.md).
 */
import path from 'node:path';
import { systemPrincipal } from '../platform/auth/roles';
import type { JobModule } from '../platform/jobs/registry';
import { counter } from '../platform/metrics';
import { todayInOslo } from '../register/today';
import type { Month } from './months';
import { payerFromEnv } from './payer';
import { runPayments } from './run-payments';
import { openTaxCardService } from './tax-cards/open-service';

export const paymentJobs: JobModule = (jobs, ctx) => {
  const paid = counter('kassa_payments_total', 'Payments made by payment runs', ['month']);
  jobs.handle<{ month?: string }>(
    'payments.monthly-run',
    async (job) => {
      const month = (job.data?.month ?? todayInOslo().slice(0, 7)) as Month;
      const taxCards = await openTaxCardService(ctx.config);
      try {
        const summary = await runPayments(ctx.db, month, {
          by: systemPrincipal('payment-run').username,
          payer: payerFromEnv(),
          file: path.resolve(path.join(ctx.config.dataDir, 'payments', `${month}.xml`)),
          taxCards: taxCards?.service,
        });
        if (!summary.alreadyPaid) paid.inc({ month }, summary.payments);
        return summary;
      } finally {
        await taxCards?.close();
      }
    },
    { retryLimit: 2, retryDelaySeconds: 300, timeoutSeconds: 3600 },
  );
};
