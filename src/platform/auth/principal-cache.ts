/**
 * Signed-in users' principals kept in memory between requests (issue #22, throughput), without
 * weakening item 7: a change of a user or of a grant takes effect at once.
 *
 * Every change of `app_user` or `role_assignment`, by any process and any path, sends
 * NOTIFY kassa_principal with the user's id (trigger, migration 0027); each process listens and
 * forgets that user. This process's own user administration also forgets the user as soon as its
 * transaction has committed, before answering. An entry is only used for a token of the same token
 * version. While the subscription is not established (starting, or a lost connection), nothing is
 * cached: every request reads the user from the database, as before.
 */
import type { Database } from '../db';
import type { Principal } from './roles';
import { loadPrincipal } from './users';

export const PRINCIPAL_CHANNEL = 'kassa_principal';
/** Users kept at most; the oldest entry makes room. */
const MAX_ENTRIES = 10_000;
const RESUBSCRIBE_MS = 1000;

export class PrincipalCache {
  private readonly entries = new Map<number, { version: number; principal: Principal }>();
  /** Bumped by every forget: a load that overlapped one is not kept (it may have read the old rows). */
  private generation = 0;
  private live = false;
  private subscribing: Promise<void> | undefined;

  constructor(private readonly db: Database) {}

  /** The active user with this token version, or undefined (ended token, inactive or unknown user). */
  async principal(userId: number, tokenVersion: number): Promise<Principal | undefined> {
    this.subscribing ??= this.subscribe();
    const hit = this.entries.get(userId);
    if (hit && hit.version === tokenVersion) return hit.principal;
    const generation = this.generation;
    const principal = await loadPrincipal(this.db, userId, tokenVersion);
    if (principal && this.live && generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as number);
      this.entries.set(userId, { version: tokenVersion, principal });
    }
    return principal;
  }

  /** The user changed: read them from the database on their next request. */
  forget(userId: number): void {
    this.generation++;
    this.entries.delete(userId);
  }

  private clear(): void {
    this.generation++;
    this.entries.clear();
  }

  private async subscribe(): Promise<void> {
    try {
      await this.db.listen(
        PRINCIPAL_CHANNEL,
        (payload) => this.forget(Number(payload)),
        () => this.lost(),
      );
      // Changes made before the subscription were not heard: start empty.
      this.clear();
      this.live = true;
    } catch {
      this.lost();
    }
  }

  private lost(): void {
    this.live = false;
    this.clear();
    setTimeout(() => {
      this.subscribing = undefined;
    }, RESUBSCRIBE_MS).unref();
  }
}

const caches = new WeakMap<Database, PrincipalCache>();

/** The principal cache of this database (one per process and database). */
export function principalCacheOf(db: Database): PrincipalCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new PrincipalCache(db);
    caches.set(db, cache);
  }
  return cache;
}

/** Runs a change of this user (one transaction) and forgets the user's cached principal after it. */
export async function forgettingUser<T>(db: Database, userId: number, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } finally {
    principalCacheOf(db).forget(userId);
  }
}
