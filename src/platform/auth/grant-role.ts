/** An administrator grants a user a role, optionally limited to an employer or organisation unit. */
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { notFound } from '../errors';
import { forgettingUser } from './principal-cache';
import type { Principal } from './roles';
import {
  beginUserAdminWrite,
  checkGrant,
  conflict,
  type NewGrant,
  type RoleAssignment,
  toAssignment,
  userAdminDb,
} from './user-admin';

export async function grantRole(
  db: Database,
  actor: Principal,
  userId: number,
  grant: NewGrant,
  reason: string,
): Promise<RoleAssignment> {
  const { orgnr, orgUnit } = checkGrant(grant, '');
  // Signed-in requests see the change at once: the cached principal goes once the change is committed.
  return forgettingUser(db, userId, () =>
    userAdminDb(db.kysely)
      .transaction()
      .execute(async (trx) => {
        await beginUserAdminWrite(trx, actor);
        const user = await trx
          .selectFrom('app_user')
          .select('id')
          .where('id', '=', userId)
          .executeTakeFirst();
        if (!user) throw notFound(`user ${userId}`);
        const row = await trx
          .insertInto('role_assignment')
          .values({
            user_id: userId,
            role: grant.role,
            scope_orgnr: orgnr,
            org_unit: orgUnit,
            recorded_by: actor.username,
          })
          // Unique with nulls not distinct: the same grant twice is a conflict, not a second row.
          .onConflict((oc) => oc.doNothing())
          .returning(['id', 'role', 'scope_orgnr', 'org_unit'])
          .executeTakeFirst();
        if (!row) throw conflict('role', 'the user holds this role with this scope already');
        const assignment = toAssignment(row);
        await writeAudit(trx, actor, {
          action: 'grant-role',
          entity: 'user',
          entityId: userId,
          reason,
          details: { roleId: assignment.id, role: assignment.role, orgnr, orgUnit },
        });
        return assignment;
      }),
  );
}
