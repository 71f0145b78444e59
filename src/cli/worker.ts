/** `kassa worker`: runs the job queues and schedules without the web server. */
import type { Command } from 'commander';

async function work() {
  const [{ loadConfig }, { openContext }, jobs, { JOB_MODULES }, metrics, life] = await Promise.all([
    import('../platform/config'),
    import('../platform/runtime'),
    import('../platform/jobs'),
    import('./job-handlers'),
    import('../platform/metrics'),
    import('./lifecycle'),
  ]);
  const config = loadConfig(process.env);
  const jobsConfig = jobs.loadJobsConfig(process.env);
  const ctx = await openContext(config);
  if (ctx.db.kind === 'pglite')
    ctx.dataLock = (await import('../platform/backup/data-lock')).acquireDataLock(config.dataDir).lock;
  ctx.jobs = await jobs.startJobRunner(ctx, {
    work: true,
    modules: JOB_MODULES,
    config: jobsConfig,
    onRun: metrics.recordJobRun,
  });
  life.onShutdown(ctx.logger, jobsConfig.shutdownTimeoutSeconds, async () => {
    await ctx.jobs?.stop();
    await ctx.db.close();
  });
  const queues = ctx.jobs.registry.list().map((r) => r.queue);
  process.stdout.write(
    `Kassa worker (${ctx.db.kind}) is running ${queues.length} queue(s)${queues.length ? `: ${queues.join(', ')}` : ''}\n`,
  );
  await new Promise(() => undefined);
}

export function workerCommand(program: Command) {
  program
    .command('worker')
    .description(
      'Run background jobs and schedules without the web server (KASSA_SCHEDULE_*, KASSA_TIMEZONE)',
    )
    .action(() => work());
}
