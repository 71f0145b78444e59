/**
 * Letters delivered while Kassa runs: a delivery round every interval (render queued orders,
 * choose channels, send, read receipts, fall back overdue ones, build the day's print batch).
 * Each round is idempotent, so a round cut short by a stop is finished by the next. The job
 * queue (ops) can take this over by scheduling `deliveryRound` as a job.
 */
import { systemPrincipal } from '../platform/auth/roles';
import type { AppContext } from '../platform/context';
import { deliveryRound } from './send-letters';
import { openLetterServices } from './services';
import { documentDb } from './tables';

export interface DeliveryLoop {
  kind: 'configured' | 'standin';
  stop(): Promise<void>;
}

/** Throws ConfigError in production without a contact register and mailbox provider configured. */
export async function startDeliveryLoop(ctx: AppContext, intervalMs = 30_000): Promise<DeliveryLoop> {
  const services = await openLetterServices(process.env, ctx.config.env);
  const db = documentDb(ctx.db);
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const round = () => {
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date()) as never;
    running = deliveryRound(db, services, { today, by: systemPrincipal('letters-delivery') }).catch(
      (error: Error) => ctx.logger.error({ err: error.message }, 'letter delivery round failed'),
    );
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) void round();
  }, intervalMs);
  timer.unref();
  void round();
  return {
    kind: services.kind,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      await services.close();
    },
  };
}
