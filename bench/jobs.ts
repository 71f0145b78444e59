/**
 * Jobs per second through the queue on PostgreSQL (pg-boss behind Kassa's JobQueue): sends JOBS_N
 * jobs (default 5 000; in groups of 50 at a time), then runs them with a no-op handler at
 * JOBS_CONCURRENCY (default 8) and times until all are completed. Uses a fresh database
 * kassa_bench_ops on KASSA_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * dropped at the end. Prints JSON.
 */
import pg from 'pg';
import { openDatabase } from '../src/platform/db';
import { openJobQueue } from '../src/platform/jobs';
import { createLogger } from '../src/platform/logger';

const N = Number(process.env.JOBS_N ?? 5000);
const CONCURRENCY = Number(process.env.JOBS_CONCURRENCY ?? 8);
const base = process.env.KASSA_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = 'kassa_bench_ops';
const url = base.replace(/\/[^/]*$/, `/${name}`);

async function admin(statement: string) {
  const c = new pg.Client(base);
  await c.connect();
  await c.query(statement);
  await c.end();
}

await admin(`drop database if exists ${name} with (force)`);
await admin(`create database ${name}`);
const db = await openDatabase({ databaseUrl: url });
try {
  const queue = await openJobQueue({
    db,
    databaseUrl: url,
    logger: createLogger('warn'),
    supervise: false,
    pollingSeconds: 0.5,
  });
  await queue.createQueue('bench.noop', { retryLimit: 0 });
  let started = performance.now();
  for (let i = 0; i < N; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, N - i) }, (_, j) => queue.send('bench.noop', { n: i + j })),
    );
  }
  const sendSeconds = (performance.now() - started) / 1000;

  let done = 0;
  let finish: () => void = () => undefined;
  const allDone = new Promise<void>((r) => {
    finish = r;
  });
  started = performance.now();
  await queue.work(
    'bench.noop',
    async () => {
      done++;
      if (done === N) finish();
    },
    { concurrency: CONCURRENCY, retryLimit: 0 },
  );
  await allDone;
  // Until every job is recorded completed in the database (the handler's return is not enough).
  let completed = 0;
  while (completed < N) {
    completed = (await queue.counts()).find((c) => c.state === 'completed')?.count ?? 0;
    if (completed < N) await new Promise((r) => setTimeout(r, 20));
  }
  const workSeconds = (performance.now() - started) / 1000;
  await queue.stop({ timeoutMs: 5000 });
  process.stdout.write(
    `${JSON.stringify(
      {
        jobs: N,
        concurrency: CONCURRENCY,
        sendPerSecond: Math.round(N / sendSeconds),
        processedPerSecond: Math.round(N / workSeconds),
        sendSeconds: Math.round(sendSeconds * 100) / 100,
        workSeconds: Math.round(workSeconds * 100) / 100,
        completedInDatabase: completed,
      },
      null,
      2,
    )}\n`,
  );
} finally {
  await db.close();
  await admin(`drop database if exists ${name} with (force)`);
}
