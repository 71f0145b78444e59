/**
 * Graceful shutdown on SIGTERM (and SIGINT): stop taking work, let what is running finish within the
 * configured time (KASSA_SHUTDOWN_TIMEOUT_SECONDS), then exit 0. Past the deadline the process exits 1:
 * what was cut off is retried (jobs) or was answered with an error (requests).
 */
import type { Logger } from 'pino';
import type { KassaApp } from '../http/app';
import type { AppContext } from '../platform/context';

/** What `kassa serve` does on SIGTERM: no new connections; requests in flight and job steps finish. */
export async function stopServing(app: KassaApp, ctx: AppContext, extra: (() => Promise<void>)[] = []) {
  const closing = app.close();
  // close() drops idle keep-alive connections once; one that was busy then turns idle after its answer
  // and would hold the shutdown open until the deadline: sweep them until the server has closed.
  const sweep = setInterval(() => app.server.closeIdleConnections(), 200);
  try {
    await Promise.all([closing, ctx.jobs?.stop(), ...extra.map((f) => f())]);
  } finally {
    clearInterval(sweep);
  }
  await ctx.db.close();
}

export function onShutdown(logger: Logger, timeoutSeconds: number, stop: () => Promise<void>) {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, timeoutSeconds }, 'shutting down: finishing requests and jobs in progress');
    const force = setTimeout(() => {
      logger.error({ timeoutSeconds }, 'shutdown took longer than allowed; exiting');
      process.exit(1);
    }, timeoutSeconds * 1000);
    force.unref();
    stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}
