// Durable jobs (issue 21): a job whose worker is killed (kill -9) half-way is picked up again by the
// next worker and finishes exactly once; an idempotency key adds a job once; SIGTERM lets the
// running job step finish and exits 0. On PGlite (a data folder) and on PostgreSQL.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/platform/db';
import { openJobQueue } from '../../src/platform/jobs';
import { createLogger } from '../../src/platform/logger';
import { migrate } from '../../src/platform/migrate';
import { createTestDatabase, type TestDatabase, testDbKind } from '../support/db';

const QUEUE = 'test.slow-step';
const root = path.resolve(import.meta.dirname, '../..');
let testDb: TestDatabase | undefined;
let dataDir: string | undefined;

function dbEnv(): Record<string, string> {
  return testDb?.url ? { DATABASE_URL: testDb.url } : { KASSA_DATA_DIR: dataDir ?? '' };
}

async function withDb<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  // On PGlite only one process may hold the data folder: the test opens it between the workers.
  if (testDb) return fn(testDb.db);
  const db = await openDatabase({ dataDir: dataDir ?? '' });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

interface Worker {
  child: ChildProcess;
  waitFor(line: RegExp): Promise<string>;
  exited: Promise<number | null>;
}

function startWorker(): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/job-worker.ts'], {
    cwd: root,
    env: { ...process.env, ...dbEnv(), DATABASE_URL: dbEnv().DATABASE_URL ?? '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const waiters: { re: RegExp; resolve: (s: string) => void }[] = [];
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
    for (const w of [...waiters]) {
      const m = w.re.exec(out);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m[0]);
      }
    }
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return {
    child,
    exited,
    waitFor: (re) =>
      new Promise((resolve, reject) => {
        const m = re.exec(out);
        if (m) return resolve(m[0]);
        waiters.push({ re, resolve });
        void exited.then((code) =>
          reject(new Error(`worker exited (${code}) before ${re}; output:\n${out}`)),
        );
      }),
  };
}

async function sendJob(data: object, idempotencyKey: string): Promise<string[]> {
  return withDb(async (db) => {
    const queue = await openJobQueue({
      db,
      databaseUrl: testDb?.url,
      logger: createLogger('silent'),
      supervise: false,
    });
    try {
      await queue.createQueue(QUEUE, {
        retryLimit: 3,
        retryDelaySeconds: 0,
        retryBackoff: false,
        timeoutSeconds: 4,
      });
      const first = await queue.send(QUEUE, data, { idempotencyKey });
      const again = await queue.send(QUEUE, data, { idempotencyKey });
      return [first, again];
    } finally {
      await queue.stop({ timeoutMs: 0 });
    }
  });
}

describe(`jobs survive a killed worker (${testDbKind()})`, { timeout: 300_000 }, () => {
  beforeAll(async () => {
    if (testDbKind() === 'postgres') testDb = await createTestDatabase();
    else {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-jobs-'));
      await withDb((db) => migrate(db));
    }
    await withDb(async (db) => {
      await sql`create table test_job_effect (job_id text not null unique, attempt int not null)`.execute(
        db.kysely,
      );
    });
  }, 300_000);
  afterAll(async () => {
    await testDb?.dispose();
    // PGlite finishes writing its folder shortly after close() resolves.
    await new Promise((r) => setTimeout(r, 2000));
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('a job killed half-way runs again and its effect is there exactly once', async () => {
    const [id, again] = await sendJob({ hangOnFirstAttempt: true, stepSeconds: 0 }, 'kill-test-1');
    expect(again).toBe(id);

    const first = startWorker();
    await first.waitFor(/STEP 0/);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = startWorker();
    await second.waitFor(new RegExp(`DONE ${id}`));
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    await withDb(async (db) => {
      const effects = await sql<{
        job_id: string;
        attempt: number;
      }>`select job_id, attempt from test_job_effect`.execute(db.kysely);
      // The killed attempt's transaction never committed: one row, from the retry.
      expect(effects.rows).toEqual([{ job_id: id, attempt: 1 }]);
      const job = await sql<{ state: string; count: number }>`
        select state::text as state, count(*)::int as count from pgboss.job where name = ${QUEUE} group by state`.execute(
        db.kysely,
      );
      expect(job.rows).toEqual([{ state: 'completed', count: 1 }]);
    });
  });

  it('SIGTERM during a job lets its step finish, then the worker exits 0', async () => {
    const [id] = await sendJob({ hangOnFirstAttempt: false, stepSeconds: 3 }, 'sigterm-test-1');
    const worker = startWorker();
    await worker.waitFor(/STEP 0/);
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    await withDb(async (db) => {
      const effects = await sql<{
        attempt: number;
      }>`select attempt from test_job_effect where job_id = ${id}`.execute(db.kysely);
      expect(effects.rows).toEqual([{ attempt: 0 }]);
      const job = await sql<{
        state: string;
      }>`select state::text as state from pgboss.job where id = ${id}::uuid`.execute(db.kysely);
      expect(job.rows).toEqual([{ state: 'completed' }]);
    });
  });
});
