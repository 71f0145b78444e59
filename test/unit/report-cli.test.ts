/**
 * `kassa report key-figures` exit codes (configuration contract; review issue #6): a bad option
 * value is wrong usage, exit 2; only a rejected input, such as an unknown employer, is exit 1.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Run {
  code: number | null;
  stderr: string;
}

// Each run starts a process (tsx; the last one also migrates a fresh PGlite database).
const SLOW = { timeout: 240_000 };

describe('kassa report key-figures: exit codes', () => {
  let tmp: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-report-cli-'));
    const { DATABASE_URL: _url, ...rest } = process.env;
    env = { ...rest, KASSA_LOG_LEVEL: 'silent', KASSA_DATA_DIR: path.join(tmp, 'data') };
  });
  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const kassa = (...args: string[]) =>
    new Promise<Run>((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/kassa.js', 'report', 'key-figures', ...args], { env });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });

  it('exits 2 for a date that does not exist, naming the option', SLOW, async () => {
    const r = await kassa('--date', '2023-02-30');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date: must be a real date as YYYY-MM-DD');
  });

  it(
    'exits 2 for an unknown format and for an organisation number that is not nine digits',
    SLOW,
    async () => {
      const format = await kassa('--date', '2023-12-31', '--format', 'doc');
      expect(format.code).toBe(2);
      expect(format.stderr).toContain("argument 'doc' is invalid");
      const employer = await kassa('--date', '2023-12-31', '--employer', '12345');
      expect(employer.code).toBe(2);
      expect(employer.stderr).toContain('--employer: must be a nine-digit organisation number');
    },
  );

  it('exits 1 when the input is rejected: an employer the register does not know', SLOW, async () => {
    const r = await kassa('--date', '2023-12-31', '--employer', '974760673');
    expect(r.stderr).toContain('no employer with orgnr 974760673');
    expect(r.code).toBe(1);
  });
});
