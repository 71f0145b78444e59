/** Who looked at a person: the access log entries for one person, newest first. */
import type { Principal } from '../platform/auth/roles';
import { employerScope, requirePersonInScope } from './scope';
import type { RegisterDb } from './tables';

export interface AccessEntry {
  at: string;
  actor: string;
  purpose: string;
  what: string;
}

export async function personAccessLog(
  db: RegisterDb,
  principal: Principal,
  personId: number,
  limit = 500,
): Promise<AccessEntry[]> {
  await requirePersonInScope(db, personId, employerScope(principal, 'audit:read'));
  const rows = await db
    .selectFrom('access_log')
    .select(['at', 'actor', 'purpose', 'what'])
    .where('person_id', '=', personId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ at: r.at.toISOString(), actor: r.actor, purpose: r.purpose, what: r.what }));
}
