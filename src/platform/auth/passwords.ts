/**
 * Password hashing with scrypt from Node's crypto; the format carries its own parameters.
 * scrypt runs on libuv's thread pool, off the event loop, but each hash costs ~16 MB and tens of
 * milliseconds of a core: a flood of sign-ins would take every core from the other requests. So
 * at most HASH_CONCURRENCY hashes run at once (half the cores), a few wait, and beyond that a
 * sign-in is answered 429 at once (issue #22 item 8).
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import os from 'node:os';
import { promisify } from 'node:util';
import { tooManyRequests } from '../errors';

const scryptRaw = promisify(scryptCb) as (
  pw: string,
  salt: Buffer,
  len: number,
  opts: object,
) => Promise<Buffer>;

export const HASH_CONCURRENCY = Math.max(1, Math.floor(os.availableParallelism() / 2));
export const HASH_QUEUE = 32;
let running = 0;
const waiting: (() => void)[] = [];

/** Runs one hash when a slot is free; refuses at once when too many are waiting already. */
async function scrypt(pw: string, salt: Buffer, len: number, opts: object): Promise<Buffer> {
  if (running >= HASH_CONCURRENCY) {
    if (waiting.length >= HASH_QUEUE) throw tooManyRequests('too many sign-ins at once; try again shortly');
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else running++;
  try {
    return await scryptRaw(pw, salt, len, opts);
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** How many hashes run and wait now (for tests and diagnostics). */
export const hashingLoad = () => ({ running, waiting: waiting.length });
const N = 16384;
const R = 8;
const P = 1;
const LEN = 32;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, LEN, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, key] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}
