/**
 * Who holds the embedded database. PGlite is one process's database: two processes opening one data
 * folder would corrupt it. `kassa serve` and `kassa worker` write `kassa-process.json` into the
 * folder (pid, and for a server its address and a secret readable only by the folder's owner), so
 * other commands refuse to open the folder, and `kassa backup` asks the running server for a copy.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config-error';

export interface DataLock {
  pid: number;
  /** Where the holding server listens (absent for `kassa worker`). */
  url?: string;
  /** Proves to the server that the caller may read the data folder (the file is mode 0600). */
  secret: string;
}

const FILE = 'kassa-process.json';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock of a live process other than this one, if any. */
export function readDataLock(dataDir: string): DataLock | undefined {
  try {
    const lock = JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8')) as DataLock;
    return lock.pid !== process.pid && alive(lock.pid) ? lock : undefined;
  } catch {
    return undefined;
  }
}

/** A configuration problem (exit 2): the folder belongs to a running process. */
export class DataDirInUseError extends ConfigError {}

export function assertDataDirFree(dataDir: string): void {
  const lock = readDataLock(dataDir);
  if (lock) {
    throw new DataDirInUseError(
      `the embedded database in ${dataDir} is in use by another Kassa process (pid ${lock.pid}${lock.url ? `, ${lock.url}` : ''}); stop it first`,
    );
  }
}

/** Marks the folder as held by this process until `release` (or the process's end). */
export function acquireDataLock(dataDir: string, url?: string): { lock: DataLock; release: () => void } {
  assertDataDirFree(dataDir);
  const lock: DataLock = {
    pid: process.pid,
    ...(url ? { url } : {}),
    secret: randomBytes(24).toString('hex'),
  };
  const file = path.join(dataDir, FILE);
  fs.writeFileSync(file, `${JSON.stringify(lock)}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  const release = () => {
    try {
      const current = JSON.parse(fs.readFileSync(file, 'utf8')) as DataLock;
      if (current.pid === process.pid) fs.rmSync(file);
    } catch {}
  };
  process.once('exit', release);
  return { lock, release };
}
