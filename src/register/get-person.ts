/** Reading a person: the register's view of them, with the read written to the access log. */
import { logAccess } from '../platform/audit';
import { fieldRulesFor } from '../platform/auth/field-rules';
import type { Principal } from '../platform/auth/roles';
import { employerScope, requirePersonInScope } from './scope';
import type { RegisterDb } from './tables';
import { todayInOslo } from './today';
import { loadPersonView, type PersonView } from './views';

export async function getPerson(
  db: RegisterDb,
  principal: Principal,
  personId: number,
  purpose = 'view',
): Promise<PersonView> {
  const scope = employerScope(principal, 'person:read');
  // A read needs no transaction: one connection for its queries, then the access-log row through the
  // group commit (platform/access-log-batch.ts); the caller gets the view only once that row is committed.
  const view = await db.connection().execute(async (conn) => {
    // With every employer in reach, loading the person answers 404 for an unknown id by itself.
    if (scope !== 'all') await requirePersonInScope(conn, personId, scope);
    return loadPersonView(conn, personId, scope, todayInOslo(), fieldRulesFor(principal, 'person:read'));
  });
  await logAccess(db, principal, { personIds: [personId], purpose, what: 'person with memberships' });
  return view;
}

/**
 * The person just registered, as its creator sees it, logged with purpose 'create'. No scope check:
 * a new person has no membership yet, and the creator supplied the data a moment ago.
 */
export async function getCreatedPerson(
  db: RegisterDb,
  principal: Principal,
  personId: number,
): Promise<PersonView> {
  const scope = employerScope(principal, 'person:read');
  return db.transaction().execute(async (trx) => {
    const view = await loadPersonView(
      trx,
      personId,
      scope,
      todayInOslo(),
      fieldRulesFor(principal, 'person:read'),
    );
    await logAccess(trx, principal, {
      personIds: [personId],
      purpose: 'create',
      what: 'person with memberships',
    });
    return view;
  });
}
