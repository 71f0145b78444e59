/** `kassa serve` (how a fund runs it) and `kassa start` (the demo behind `npm start`). */
import type { Command } from 'commander';

async function serve(options: { demo: boolean }) {
  // Loaded here, not at the top: `kassa --help` and the other commands start faster without them.
  const [{ buildServer }, { loadConfig }, { openContext }, { seedDemo }] = await Promise.all([
    import('../http/server'),
    import('../platform/config'),
    import('../platform/runtime'),
    import('./demo'),
  ]);
  const config = loadConfig(options.demo ? { KASSA_ENV: 'training', ...process.env } : process.env);
  const ctx = await openContext(config);
  if (options.demo) await seedDemo(ctx);
  // Letters: the contact register and mailbox provider (or, in training, the built-in stand-ins).
  const letters = await (await import('../documents/delivery-loop'))
    .startDeliveryLoop(ctx)
    .catch(async (e) => {
      await ctx.db.close();
      throw e;
    });
  const app = await buildServer(ctx);
  const shutdown = async () => {
    await app.close();
    await letters.stop();
    await ctx.db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: config.port, host: config.host });
  const address = `http://${config.host}:${config.port}`;
  process.stdout.write(
    `Kassa (${config.env}, ${ctx.db.kind}) is running at ${address} — API docs at ${address}/api/docs\n`,
  );
  // Keep running until a signal arrives.
  await new Promise(() => undefined);
}

export function serveCommand(program: Command) {
  program
    .command('serve')
    .description('Run the API and web UI (PORT, HOST, KASSA_DATA_DIR, DATABASE_URL, KASSA_ENV)')
    .action(() => serve({ demo: false }));
}

export function startCommand(program: Command) {
  program
    .command('start')
    .description('Run the demo: training environment, demo population and demo users on first start')
    .action(() => serve({ demo: true }));
}
