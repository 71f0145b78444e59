/**
 * Graceful shutdown on SIGTERM (and SIGINT): stop taking work, let what is running finish within the
 * configured time (KASSA_SHUTDOWN_TIMEOUT_SECONDS), then exit 0. Past the deadline the process exits 1:
 * what was cut off is retried (jobs) or was answered with an error (requests).
 */
import type { Logger } from 'pino';

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
