/** Reading a person: the register's view of them, with the read written to the access log. */
import { logAccess } from '../platform/audit';
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
  return db.transaction().execute(async (trx) => {
    await requirePersonInScope(trx, personId, scope);
    const view = await loadPersonView(trx, personId, scope, todayInOslo());
    await logAccess(trx, principal, { personIds: [personId], purpose, what: 'person with memberships' });
    return view;
  });
}
