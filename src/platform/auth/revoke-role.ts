/**
 * An administrator revokes a role grant. The row is deleted; its trigger keeps it in
 * role_assignment_history. Administrators cannot take away their own last unscoped admin role,
 * so the installation always keeps someone who can administer users.
 */
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { invalidInput, notFound } from '../errors';
import { forgettingUser } from './principal-cache';
import type { Principal } from './roles';
import {
  beginUserAdminWrite,
  countGlobalAdminGrants,
  type RoleAssignment,
  toAssignment,
  userAdminDb,
} from './user-admin';

export async function revokeRole(
  db: Database,
  actor: Principal,
  userId: number,
  roleId: number,
  reason: string,
): Promise<RoleAssignment> {
  // Signed-in requests see the change at once: the cached principal goes once the change is committed.
  return forgettingUser(db, userId, () =>
    userAdminDb(db.kysely)
      .transaction()
      .execute(async (trx) => {
        await beginUserAdminWrite(trx, actor);
        const row = await trx
          .selectFrom('role_assignment')
          .select(['id', 'role', 'scope_orgnr', 'org_unit'])
          .where('id', '=', roleId)
          .where('user_id', '=', userId)
          .executeTakeFirst();
        if (!row) throw notFound(`role ${roleId} of user ${userId}`);
        const assignment = toAssignment(row);
        if (
          userId === actor.userId &&
          (await countGlobalAdminGrants(trx, userId, { activeOnly: false, exceptRoleId: roleId })) === 0
        ) {
          throw invalidInput([
            {
              path: 'roleId',
              message: 'you cannot revoke your own last admin role; ask another administrator',
            },
          ]);
        }
        await trx.deleteFrom('role_assignment').where('id', '=', roleId).execute();
        await writeAudit(trx, actor, {
          action: 'revoke-role',
          entity: 'user',
          entityId: userId,
          reason,
          details: {
            roleId,
            role: assignment.role,
            orgnr: assignment.orgnr,
            orgUnit: assignment.orgUnit,
          },
        });
        return assignment;
      }),
  );
}
