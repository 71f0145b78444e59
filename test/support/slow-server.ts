/**
 * A Kassa server for the shutdown test (run with `node --import tsx`): the real server, context and
 * SIGTERM handling of `kassa serve`, plus one slow route, so a request is in flight when the signal comes.
 */
import { onShutdown, stopServing } from '../../src/cli/lifecycle';
import { buildServer } from '../../src/http/server';
import { loadConfig } from '../../src/platform/config';
import { openContext } from '../../src/platform/runtime';

const config = loadConfig({ KASSA_LOG_LEVEL: 'warn', ...process.env });
const ctx = await openContext(config);
const app = await buildServer(ctx);
app.get('/test/slow', async () => {
  process.stdout.write('SLOW STARTED\n');
  await new Promise((r) => setTimeout(r, 3000));
  return { finished: true };
});
onShutdown(ctx.logger, 30, () => stopServing(app, ctx));
await app.listen({ port: config.port, host: config.host });
process.stdout.write('READY\n');
