// Graceful shutdown (issue 21): SIGTERM during a slow request lets it finish, refuses new
// connections, and the process exits 0. (During a job: test/db/jobs-kill.test.ts.)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDbKind } from '../support/db';

const root = path.resolve(import.meta.dirname, '../..');
const PORT = 3191 + (testDbKind() === 'postgres' ? 1 : 0);
let testDb: TestDatabase | undefined;
let dataDir: string | undefined;

describe(`graceful shutdown (${testDbKind()})`, { timeout: 180_000 }, () => {
  beforeAll(async () => {
    if (testDbKind() === 'postgres') {
      testDb = await createTestDatabase();
      await testDb.db.close();
    } else dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-shutdown-'));
  });
  afterAll(async () => {
    if (testDb) await testDb.dispose().catch(() => undefined);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('SIGTERM during a slow request: the request is answered, then the server exits 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/slow-server.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(PORT),
        DATABASE_URL: testDb?.url ?? '',
        ...(dataDir ? { KASSA_DATA_DIR: dataDir } : {}),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    let out = '';
    const seen = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => out.includes(text) && resolve();
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          check();
        });
        check();
        void exited.then(() => reject(new Error(`exited before ${text}: ${out}`)));
      });
    await seen('READY');
    const slow = fetch(`http://127.0.0.1:${PORT}/test/slow`).then(async (r) => ({
      status: r.status,
      body: await r.json(),
    }));
    await seen('SLOW STARTED');
    child.kill('SIGTERM');
    expect(await slow).toEqual({ status: 200, body: { finished: true } });
    expect(await exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${PORT}/api/health`)).rejects.toThrow();
  });
});
