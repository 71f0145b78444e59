// Exit codes of `kassa` (contracts/configuration.md): 0 done, 1 input rejected, 2 wrong usage.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function kassa(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      'node',
      ['bin/kassa.js', ...args],
      { env: { ...process.env, ...env }, timeout: 60_000 },
      (error, out, err) => {
        const code = error ? Number((error as { code?: number }).code ?? 3) : 0;
        resolve({ code, out, err });
      },
    );
  });
}

describe('kassa exit codes', () => {
  it('0 for --help, on the program and on every subcommand', async () => {
    const commands = [
      'serve',
      'start',
      'migrate',
      'import',
      'generate',
      'calc',
      'report',
      'user',
      'worker',
      'backup',
      'restore',
    ];
    const [top, ...subs] = await Promise.all([
      kassa(['--help']),
      ...commands.map((c) => kassa([c, '--help'])),
    ]);
    expect(top?.code).toBe(0);
    commands.forEach((c, i) => {
      expect(top?.out).toContain(c);
      expect(subs[i]?.code, c).toBe(0);
      expect(subs[i]?.out, c).toContain(`Usage: kassa ${c}`);
    });
  });

  it('2 for an unknown command or a missing required option', async () => {
    expect((await kassa(['no-such-command'])).code).toBe(2);
    expect((await kassa(['user', 'add'])).code).toBe(2);
  });

  it('2 for a bad configuration, naming the variable', async () => {
    const r = await kassa(['migrate'], { PORT: 'not-a-port' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('PORT');
  });

  it('2 for a bad option value, naming the option', async () => {
    const r = await kassa(
      ['user', 'add', '--username', 'x', '--name', 'X', '--role', 'admin', '--orgnr', '12'],
      {
        KASSA_NEW_PASSWORD: 'pw',
      },
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('--orgnr');
  });

  it('1 when the input is rejected, saying what is wrong and writing nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kassa-exit-'));
    try {
      // An employer role without its employer would reach every employer: refused.
      const r = await kassa(['user', 'add', '--username', 'x', '--name', 'X', '--role', 'employer'], {
        KASSA_NEW_PASSWORD: 'a long secret',
        KASSA_DATA_DIR: dataDir,
        DATABASE_URL: '',
      });
      expect(r.code).toBe(1);
      expect(r.err).toContain('orgnr');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}, 120_000);
