/**
 * `kassa import DIR [--dry-run] [--report FILE]` as an operator runs it: exit 0 done, 1 rejected
 * with the report on stderr, 2 wrong usage (configuration contract; issue #2 item 5).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDbKind } from '../support/db';

const OK = path.resolve('test/fixtures/import/ok');
const BAD = path.resolve('test/fixtures/import/not-ok/values');
// Each run starts a process (tsx, migrations); on a busy 2-core machine that takes a while.
const SLOW = { timeout: 240_000 };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe('kassa import (CLI)', () => {
  let t: TestDatabase | undefined;
  let tmp: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-import-cli-'));
    const { DATABASE_URL: _url, KASSA_ENV: _env, ...rest } = process.env;
    env = { ...rest, KASSA_LOG_LEVEL: 'silent' };
    if (testDbKind() === 'postgres') {
      t = await createTestDatabase();
      env.DATABASE_URL = t.url;
    } else {
      env.KASSA_DATA_DIR = path.join(tmp, 'data');
    }
  });
  afterAll(async () => {
    await t?.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const kassa = (...args: string[]) =>
    new Promise<Run>((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/kassa.js', 'import', ...args], { env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
      });
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  it('exits 2 for wrong usage: no folder, or a folder that does not exist', async () => {
    expect((await kassa()).code).toBe(2);
    const missing = await kassa(path.join(tmp, 'no-such-folder'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('is not a folder');
  });

  it('--dry-run exits 0 and writes nothing; the real import then inserts everything', SLOW, async () => {
    const dry = await kassa(OK, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('dry run: no errors, nothing written');
    expect(dry.stdout).toContain('persons.csv: 7 rows');

    const real = await kassa(OK);
    expect(real.code).toBe(0);
    // Had the dry run written anything, these would be updates or nothing at all.
    expect(real.stdout).toContain('person: 7 inserted, 0 updated');
    expect(real.stdout).toContain('employment: 6 inserted, 0 updated');
    // No progress bar when stderr is not a terminal.
    expect(real.stderr).toBe('');

    const again = await kassa(OK);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('person: 0 inserted, 0 updated');
  });

  it('exits 1 for rejected rows, with the report on stderr and in --report FILE', SLOW, async () => {
    const expected = fs.readFileSync(path.join(BAD, 'expected.txt'), 'utf8');
    const reportFile = path.join(tmp, 'report.txt');
    const r = await kassa(BAD, '--report', reportFile);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(expected);
    expect(r.stderr).toContain('12 problem(s) found; nothing was written');
    expect(fs.readFileSync(reportFile, 'utf8')).toBe(expected);
  });
});
