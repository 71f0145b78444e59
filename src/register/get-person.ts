/** Reading a person: the register's view of them, with the read written to the access log. */
import { logAccess } from '../platform/audit';
import { fieldRulesFor } from '../platform/auth/field-rules';
import type { Principal } from '../platform/auth/roles';
import { type EmployerScope, employerScope, requirePersonInScope } from './scope';
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
    return readAndLog(trx, principal, personId, scope, purpose);
  });
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
  return db.transaction().execute((trx) => readAndLog(trx, principal, personId, scope, 'create'));
}

async function readAndLog(
  trx: RegisterDb,
  principal: Principal,
  personId: number,
  scope: EmployerScope,
  purpose: string,
): Promise<PersonView> {
  const view = await loadPersonView(
    trx,
    personId,
    scope,
    todayInOslo(),
    fieldRulesFor(principal, 'person:read'),
  );
  await logAccess(trx, principal, { personIds: [personId], purpose, what: 'person with memberships' });
  return view;
}
