/**
 * A worker process for the job tests (run with `node --import tsx`): the real job runner of
 * `kassa worker`, with one test queue whose handler does its work in one transaction and can hang
 * half-way (for a kill -9). It prints `STEP <attempt>` inside the transaction and `DONE <id>` after.
 */
import { sql } from 'kysely';
import { onShutdown } from '../../src/cli/lifecycle';
import { loadConfig } from '../../src/platform/config';
import { loadJobsConfig, startJobRunner } from '../../src/platform/jobs';
import { openContext } from '../../src/platform/runtime';

export const TEST_QUEUE = 'test.slow-step';
export const TEST_POLICY = { retryLimit: 3, retryDelaySeconds: 0, retryBackoff: false, timeoutSeconds: 4 };

const ctx = await openContext(loadConfig({ ...process.env, KASSA_LOG_LEVEL: 'warn' }));
const jobsConfig = loadJobsConfig({
  ...process.env,
  KASSA_JOBS_MAINTENANCE_SECONDS: '1',
  KASSA_JOBS_POLL_SECONDS: '0.5',
});
ctx.jobs = await startJobRunner(ctx, {
  work: true,
  config: jobsConfig,
  modules: [
    (jobs) =>
      jobs.handle<{ hangOnFirstAttempt: boolean; stepSeconds: number }>(
        TEST_QUEUE,
        async (job) => {
          await ctx.db.kysely.transaction().execute(async (tx) => {
            await sql`insert into test_job_effect (job_id, attempt) values (${job.id}, ${job.attempt})`.execute(
              tx,
            );
            process.stdout.write(`STEP ${job.attempt}\n`);
            const hang = job.data.hangOnFirstAttempt && job.attempt === 0;
            await new Promise((r) => setTimeout(r, hang ? 600_000 : job.data.stepSeconds * 1000));
          });
          process.stdout.write(`DONE ${job.id}\n`);
        },
        TEST_POLICY,
      ),
  ],
});
onShutdown(ctx.logger, jobsConfig.shutdownTimeoutSeconds, async () => {
  await ctx.jobs?.stop();
  await ctx.db.close();
});
process.stdout.write('READY\n');
