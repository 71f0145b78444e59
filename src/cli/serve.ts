/** `kassa serve` (how a fund runs it) and `kassa start` (the demo behind `npm start`). */
import type { Command } from 'commander';

async function serve(options: { demo: boolean; worker: boolean }) {
  // Loaded here, not at the top: `kassa --help` and the other commands start faster without them.
  const [
    { buildServer },
    { loadConfig },
    { openContext },
    jobs,
    { JOB_MODULES },
    metrics,
    life,
    { loadMetricsConfig },
    { acquireDataLock },
  ] = await Promise.all([
    import('../http/server'),
    import('../platform/config'),
    import('../platform/runtime'),
    import('../platform/jobs'),
    import('./job-handlers'),
    import('../platform/metrics'),
    import('./lifecycle'),
    import('../platform/metrics-config'),
    import('../platform/backup/data-lock'),
  ]);
  const config = loadConfig(options.demo ? { KASSA_ENV: 'training', ...process.env } : process.env);
  const jobsConfig = jobs.loadJobsConfig(process.env);
  const metricsConfig = loadMetricsConfig(process.env);
  const ctx = await openContext(config);
  if (options.demo) await (await import('./demo')).seedDemo(ctx);
  ctx.jobs = await jobs.startJobRunner(ctx, {
    work: options.worker && jobsConfig.worker,
    modules: JOB_MODULES,
    config: jobsConfig,
    onRun: metrics.recordJobRun,
  });
  // Letters: the contact register and mailbox provider (or, in training, the built-in stand-ins).
  const letters = await (await import('../documents/delivery-loop'))
    .startDeliveryLoop(ctx)
    .catch(async (e) => {
      await ctx.jobs?.stop();
      await ctx.db.close();
      throw e;
    });
  const app = await buildServer(ctx);
  const metricsServer = metricsConfig.port
    ? await metrics.serveMetrics(config.host, metricsConfig.port)
    : undefined;
  life.onShutdown(ctx.logger, jobsConfig.shutdownTimeoutSeconds, () =>
    life.stopServing(app, ctx, [letters.stop, ...(metricsServer ? [metricsServer.close] : [])]),
  );
  await app.listen({ port: config.port, host: config.host });
  const address = `http://${config.host}:${config.port}`;
  if (ctx.db.kind === 'pglite') ctx.dataLock = acquireDataLock(config.dataDir, address).lock;
  const worker = ctx.jobs.working ? 'with the job worker' : 'without the job worker';
  process.stdout.write(
    `Kassa (${config.env}, ${ctx.db.kind}) is running at ${address} ${worker} — API docs at ${address}/api/docs\n`,
  );
  // Keep running until a signal arrives.
  await new Promise(() => undefined);
}

export function serveCommand(program: Command) {
  program
    .command('serve')
    .description(
      'Run the API and web UI, and the job worker (PORT, HOST, KASSA_DATA_DIR, DATABASE_URL, KASSA_ENV)',
    )
    .option('--no-worker', 'do not run jobs in this process (run `kassa worker` elsewhere)')
    .action((o: { worker: boolean }) => serve({ demo: false, worker: o.worker }));
}

export function startCommand(program: Command) {
  program
    .command('start')
    .description('Run the demo: training environment, demo population and demo users on first start')
    .action(() => serve({ demo: true, worker: true }));
}
