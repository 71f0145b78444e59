/**
 * An administrator adds a staff user with roles: a local password for the built-in identity
 * provider, or the `sub` of an external OpenID Connect issuer (or both).
 */
import type { Database } from '../db';
import { invalidInput } from '../errors';
import { getUser, type UserView } from './list-users';
import { hashPassword } from './passwords';
import type { Principal } from './roles';
import { beginUserAdminWrite, checkGrant, conflict, type NewGrant, userAdminDb } from './user-admin';
import { insertUser } from './users';

export const MIN_PASSWORD_LENGTH = 10;

export interface AddUserInput {
  username: string;
  displayName: string;
  password?: string | undefined;
  externalSubject?: string | undefined;
  roles: NewGrant[];
  reason?: string | undefined;
}

export async function addUser(db: Database, actor: Principal, input: AddUserInput): Promise<UserView> {
  if (!input.password && !input.externalSubject) {
    throw invalidInput([
      { path: 'password', message: 'give a password, or an externalSubject for a user of an external IdP' },
    ]);
  }
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw invalidInput([{ path: 'password', message: `must be at least ${MIN_PASSWORD_LENGTH} characters` }]);
  }
  const grants = input.roles.map((g, i) => ({ role: g.role, ...checkGrant(g, `roles[${i}]`) }));
  const seen = new Set<string>();
  grants.forEach((g, i) => {
    const key = JSON.stringify([g.role, g.orgnr, g.orgUnit]);
    if (seen.has(key)) throw invalidInput([{ path: `roles[${i}]`, message: 'the same role is given twice' }]);
    seen.add(key);
  });
  const passwordHash = input.password ? await hashPassword(input.password) : null;

  return userAdminDb(db.kysely)
    .transaction()
    .execute(async (trx) => {
      await beginUserAdminWrite(trx, actor);
      const taken = await trx
        .selectFrom('app_user')
        .select(['username', 'external_subject'])
        .where((eb) =>
          eb.or([
            eb('username', '=', input.username),
            ...(input.externalSubject ? [eb('external_subject', '=', input.externalSubject)] : []),
          ]),
        )
        .execute();
      if (taken.some((u) => u.username === input.username)) {
        throw conflict('username', `the username ${input.username} is taken`);
      }
      if (taken.length > 0) throw conflict('externalSubject', 'another user has this external subject');

      const id = await insertUser(trx, actor, {
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        externalSubject: input.externalSubject ?? null,
        grants,
        reason: input.reason ?? null,
      });
      return getUser(trx, id);
    });
}
