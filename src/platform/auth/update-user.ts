/**
 * An administrator changes a user's display name, sets a new password, or (de)activates the user.
 * Deactivation takes effect on the user's next request: tokens load the principal on every request
 * and an inactive user has none. Administrators cannot deactivate themselves.
 */
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { invalidInput, notFound } from '../errors';
import { MIN_PASSWORD_LENGTH } from './add-user';
import { getUser, type UserView } from './list-users';
import { hashPassword } from './passwords';
import { forgettingUser } from './principal-cache';
import type { Principal } from './roles';
import { beginUserAdminWrite, userAdminDb } from './user-admin';

export interface UserChange {
  displayName?: string | undefined;
  active?: boolean | undefined;
  password?: string | undefined;
}

export async function updateUser(
  db: Database,
  actor: Principal,
  userId: number,
  change: UserChange,
  reason: string,
): Promise<UserView> {
  if (change.displayName === undefined && change.active === undefined && change.password === undefined) {
    throw invalidInput([
      { path: 'displayName', message: 'nothing to change: give displayName, active or password' },
    ]);
  }
  if (change.password !== undefined && change.password.length < MIN_PASSWORD_LENGTH) {
    throw invalidInput([{ path: 'password', message: `must be at least ${MIN_PASSWORD_LENGTH} characters` }]);
  }
  if (change.active === false && userId === actor.userId) {
    throw invalidInput([{ path: 'active', message: 'you cannot deactivate yourself' }]);
  }
  const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);

  // Signed-in requests see the change at once: the cached principal goes once the change is committed.
  return forgettingUser(db, userId, () =>
    userAdminDb(db.kysely)
      .transaction()
      .execute(async (trx) => {
        await beginUserAdminWrite(trx, actor);
        const before = await trx
          .selectFrom('app_user')
          .select(['display_name', 'active'])
          .where('id', '=', userId)
          .executeTakeFirst();
        if (!before) throw notFound(`user ${userId}`);
        await trx
          .updateTable('app_user')
          .set({
            ...(change.displayName === undefined ? {} : { display_name: change.displayName }),
            ...(change.active === undefined ? {} : { active: change.active }),
            ...(passwordHash === undefined ? {} : { password_hash: passwordHash }),
            recorded_by: actor.username,
          })
          .where('id', '=', userId)
          .execute();
        // Old and new values, never the password itself.
        const details: Record<string, unknown> = {};
        if (change.displayName !== undefined && change.displayName !== before.display_name) {
          details.displayName = { from: before.display_name, to: change.displayName };
        }
        if (change.active !== undefined && change.active !== before.active) {
          details.active = { from: before.active, to: change.active };
        }
        if (passwordHash !== undefined) details.passwordChanged = true;
        const action =
          change.active === false && before.active
            ? 'deactivate'
            : change.active === true && !before.active
              ? 'activate'
              : 'update';
        await writeAudit(trx, actor, { action, entity: 'user', entityId: userId, reason, details });
        return getUser(trx, userId);
      }),
  );
}
