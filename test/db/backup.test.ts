// Backup and restore of the embedded database (issue 21): `kassa backup` takes a consistent copy
// while `kassa serve` runs (through the server), `kassa restore` brings it back into another folder,
// refuses a backup from a newer schema and a folder in use. On PostgreSQL both point to pg_dump.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db';
import { testDbKind } from '../support/db';

const root = path.resolve(import.meta.dirname, '../..');
const PORT = 3193;
let dir: string;

function kassa(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/kassa.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, KASSA_LOG_LEVEL: 'warn', ...env },
    timeout: 300_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function usernames(dataDir: string): Promise<string[]> {
  const db = await openDatabase({ dataDir });
  try {
    return (
      await sql<{ username: string }>`select username from app_user order by username`.execute(db.kysely)
    ).rows.map((r) => r.username);
  } finally {
    await db.close();
  }
}

describe.runIf(testDbKind() === 'postgres')('backup on PostgreSQL', () => {
  it('kassa backup and restore point to pg_dump (exit 2)', () => {
    const env = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' };
    for (const command of ['backup', 'restore']) {
      const r = kassa([command, path.join(os.tmpdir(), 'never-written.tar.gz')], env);
      expect(r.code).toBe(2);
      expect(r.err).toContain('pg_dump');
    }
  });
});

describe.runIf(testDbKind() === 'pglite')(
  'backup and restore of the embedded database',
  { timeout: 600_000 },
  () => {
    let server: ChildProcess | undefined;
    const live = () => path.join(dir, 'live');
    const file = () => path.join(dir, 'kassa.tar.gz');

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-backup-'));
      const add = kassa(['user', 'add', '--username', 'ada', '--name', 'Ada Admin', '--role', 'admin'], {
        KASSA_DATA_DIR: live(),
        KASSA_NEW_PASSWORD: 'a long secret for ada',
      });
      expect(add.code, add.err).toBe(0);
      server = spawn(process.execPath, [path.join(root, 'bin/kassa.js'), 'serve'], {
        // training: the letters' built-in stand-ins (production would require a mailbox provider)
        env: {
          ...process.env,
          KASSA_ENV: 'training',
          KASSA_DATA_DIR: live(),
          PORT: String(PORT),
          KASSA_LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve, reject) => {
        let out = '';
        server?.stdout?.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('is running')) resolve();
        });
        server?.once('exit', (code) => reject(new Error(`kassa serve exited with ${code}`)));
      });
    }, 600_000);
    afterAll(async () => {
      if (server && server.exitCode === null) {
        server.kill('SIGTERM');
        await new Promise((r) => server?.once('exit', r));
      }
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('backs up while kassa serve runs; other commands may not open the folder meanwhile', () => {
      const r = kassa(['backup', file()], { KASSA_DATA_DIR: live() });
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain('from the running server');
      expect(fs.statSync(file()).size).toBeGreaterThan(1000);
      const migrate = kassa(['migrate'], { KASSA_DATA_DIR: live() });
      expect(migrate.code).toBe(2);
      expect(migrate.err).toContain('in use by another Kassa process');
      const restore = kassa(['restore', file()], { KASSA_DATA_DIR: live() });
      expect(restore.code).toBe(1);
      expect(restore.err).toContain('in use by another Kassa process');
    });

    it('restores the backup into another folder, with its users', async () => {
      const other = path.join(dir, 'restored');
      const r = kassa(['restore', file()], { KASSA_DATA_DIR: other });
      expect(r.code, r.err).toBe(0);
      expect(await usernames(other)).toEqual(['ada']);
    });

    it('refuses a backup from a newer schema, and changes nothing', async () => {
      const newer = path.join(dir, 'newer');
      expect(kassa(['restore', file()], { KASSA_DATA_DIR: newer }).code).toBe(0);
      const db = await openDatabase({ dataDir: newer });
      await sql`insert into schema_migration (name, checksum) values ('9999_from_the_future.sql', 'x')`.execute(
        db.kysely,
      );
      await db.close();
      const newerFile = path.join(dir, 'newer.tar.gz');
      const b = kassa(['backup', newerFile], { KASSA_DATA_DIR: newer });
      expect(b.code, b.err).toBe(0);
      expect(b.out).toContain('directly');

      const target = path.join(dir, 'restored');
      const r = kassa(['restore', newerFile], { KASSA_DATA_DIR: target });
      expect(r.code).toBe(1);
      expect(r.err).toContain('was made by a newer Kassa');
      expect(r.err).toContain('9999_from_the_future.sql');
      expect(await usernames(target)).toEqual(['ada']);
      expect(fs.readdirSync(target).filter((f) => f.startsWith('restore-'))).toEqual([]);
    });
  },
);
