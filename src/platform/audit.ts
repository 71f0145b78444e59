/**
 * The audit log (every write: who, when, what, why) and the access log (every read of a person's
 * data). Both take the caller's transaction so the log row commits or rolls back with the change.
 */
import type { Kysely } from 'kysely';
import { accessLogBatcherOf } from './access-log-batch';
import type { Principal } from './auth/roles';
import type { PlatformTables } from './tables';

/** Any Kysely (or transaction) whose tables include the platform's; capabilities extend the table set. */
type Tx<T extends PlatformTables> = Kysely<T>;
// Kysely's table maps are invariant; the platform's own view of the caller's connection is safe.
const platformView = <T extends PlatformTables>(tx: Tx<T>) => tx as unknown as Kysely<PlatformTables>;

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  reason?: string | null;
  details?: unknown;
}

export async function writeAudit<T extends PlatformTables>(
  tx: Tx<T>,
  actor: Principal | string,
  entry: AuditEntry,
): Promise<void> {
  await platformView(tx)
    .insertInto('audit_log')
    .values({
      actor: typeof actor === 'string' ? actor : actor.username,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId == null ? null : String(entry.entityId),
      reason: entry.reason ?? null,
      details: entry.details === undefined ? null : JSON.stringify(entry.details),
    })
    .execute();
}

export interface AccessEntry {
  personIds: readonly number[];
  purpose: string;
  what: string;
}

/**
 * Records that `actor` read these persons' data. Call it for every read that returns personal data.
 * Inside a transaction the row commits with it. Given the database itself (not a transaction), the
 * row goes to the access log's group commit (platform/access-log-batch.ts): this resolves only once
 * the row is committed, so call it after reading and answer only when it has resolved.
 */
export async function logAccess<T extends PlatformTables>(
  tx: Tx<T>,
  actor: Principal,
  entry: AccessEntry,
): Promise<void> {
  if (entry.personIds.length === 0) return;
  const rows = entry.personIds.map((personId) => ({
    actor: actor.username,
    person_id: personId,
    purpose: entry.purpose,
    what: entry.what,
  }));
  const batcher = tx.isTransaction ? undefined : accessLogBatcherOf(tx);
  if (batcher) return batcher.add(rows);
  await platformView(tx).insertInto('access_log').values(rows).execute();
}
