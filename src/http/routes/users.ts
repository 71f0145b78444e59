/**
 * User and role administration (issue #2, item 7): staff users, their role grants per employer and
 * organisation unit, and the role gallery. Everything here needs the admin role for all employers;
 * every write is audited with the administrator and the reason in the same transaction.
 */
import { z } from 'zod';
import { checkOrgnr } from '../../domain/identifiers';
import { addUser, MIN_PASSWORD_LENGTH } from '../../platform/auth/add-user';
import { grantRole } from '../../platform/auth/grant-role';
import { getUser, listUsers } from '../../platform/auth/list-users';
import { revokeRole } from '../../platform/auth/revoke-role';
import { roleGallery } from '../../platform/auth/role-gallery';
import { roleHistory } from '../../platform/auth/role-history';
import { PERMISSIONS, ROLES } from '../../platform/auth/roles';
import { updateUser } from '../../platform/auth/update-user';
import { requireUserAdmin, userAdminDb } from '../../platform/auth/user-admin';
import { invalidInput } from '../../platform/errors';
import { type KassaApp, principalOf } from '../app';
import type { AppContext } from '../context';
import { ErrorResponse, IdParams, IdString, protectedErrors } from '../schemas';

const Orgnr = z.string().superRefine((s, ctx) => {
  const checked = checkOrgnr(s);
  if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.reason });
});
const OrgUnit = z.string().trim().min(1).max(100).describe('organisation unit (e.g. a department)');
const Reason = z.string().trim().min(1, 'say why').max(500).describe('why: kept in the audit log');
const Password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200);

const GrantInput = z.object({
  role: z.enum(ROLES),
  orgnr: Orgnr.optional().describe('limit the role to this employer (organisasjonsnummer)'),
  orgUnit: OrgUnit.optional(),
});

const RoleAssignment = z.object({
  id: z.number(),
  role: z.enum(ROLES),
  orgnr: z.string().nullable(),
  orgUnit: z.string().nullable(),
});

const User = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  external: z.boolean().describe('signs in through an external OpenID Connect issuer'),
  roles: z.array(RoleAssignment),
});

const NewUser = z.object({
  username: z
    .string()
    .min(2)
    .max(100)
    .regex(/^[A-Za-z0-9._@-]+$/, 'letters, digits and . _ @ - only'),
  displayName: z.string().trim().min(1).max(200),
  password: Password.optional(),
  externalSubject: z.string().min(1).max(255).optional().describe('`sub` from the external IdP'),
  roles: z.array(GrantInput).max(50),
  reason: Reason.optional(),
});

const RoleParams = z.object({ id: IdString, roleId: IdString });

const conflictErrors = { ...protectedErrors, 409: ErrorResponse };

export async function userRoutes(app: KassaApp, ctx: AppContext) {
  app.get('/api/users', {
    config: { access: 'user:admin' },
    schema: {
      tags: ['users'],
      description: 'Staff users with their role grants.',
      response: { 200: z.object({ users: z.array(User) }), ...protectedErrors },
    },
    handler: async (req) => {
      requireUserAdmin(principalOf(req));
      return { users: await listUsers(ctx.db) };
    },
  });

  app.get('/api/users/:id', {
    config: { access: 'user:admin' },
    schema: { tags: ['users'], params: IdParams, response: { 200: User, ...protectedErrors } },
    handler: async (req) => {
      requireUserAdmin(principalOf(req));
      return getUser(userAdminDb(ctx.db.kysely), req.params.id);
    },
  });

  app.post('/api/users', {
    config: { access: 'user:admin' },
    schema: {
      tags: ['users'],
      description:
        'Adds a staff user: a password (built-in sign-in) or an externalSubject (OpenID Connect), and roles.',
      body: NewUser,
      response: { 201: User, ...conflictErrors },
    },
    handler: async (req, reply) => {
      const user = await addUser(ctx.db, principalOf(req), req.body);
      return reply.code(201).send(user);
    },
  });

  app.patch('/api/users/:id', {
    config: { access: 'user:admin' },
    schema: {
      tags: ['users'],
      description: 'Changes the display name or password, or (de)activates the user from the next request.',
      params: IdParams,
      body: z.object({
        displayName: z.string().trim().min(1).max(200).optional(),
        active: z.boolean().optional(),
        password: Password.optional(),
        reason: Reason,
      }),
      response: { 200: User, ...protectedErrors },
    },
    handler: async (req) => {
      const { reason, ...change } = req.body;
      return updateUser(ctx.db, principalOf(req), req.params.id, change, reason);
    },
  });

  app.get('/api/users/:id/role-history', {
    config: { access: 'user:admin' },
    schema: {
      tags: ['users'],
      description: 'Current and revoked role grants of a user, with who revoked each and why.',
      params: IdParams,
      response: {
        200: z.object({
          history: z.array(
            RoleAssignment.extend({
              grantedAt: z.string(),
              grantedBy: z.string(),
              revokedAt: z.string().nullable(),
              revokedBy: z.string().nullable(),
              revokeReason: z.string().nullable(),
            }),
          ),
        }),
        ...protectedErrors,
      },
    },
    handler: async (req) => {
      requireUserAdmin(principalOf(req));
      return { history: await roleHistory(ctx.db, req.params.id) };
    },
  });

  app.post('/api/users/:id/roles', {
    config: { access: 'user:admin' },
    schema: {
      tags: ['users'],
      description: 'Grants a role, optionally limited to an employer or organisation unit.',
      params: IdParams,
      body: GrantInput.extend({ reason: Reason }),
      response: { 201: RoleAssignment, ...conflictErrors },
    },
    handler: async (req, reply) => {
      const { reason, ...grant } = req.body;
      const assignment = await grantRole(ctx.db, principalOf(req), req.params.id, grant, reason);
      return reply.code(201).send(assignment);
    },
  });

  app.delete('/api/users/:id/roles/:roleId', {
    config: { access: 'user:admin' },
    schema: {
      tags: ['users'],
      description:
        'Revokes a role grant (kept in the role history). The reason goes in the body or the query.',
      params: RoleParams,
      querystring: z.object({ reason: Reason.optional() }),
      body: z.object({ reason: Reason.optional() }).nullish(),
      response: { 200: RoleAssignment, ...protectedErrors },
    },
    handler: async (req) => {
      const reason = req.body?.reason ?? req.query.reason;
      if (!reason) throw invalidInput([{ path: 'reason', message: 'say why the role is revoked' }]);
      return revokeRole(ctx.db, principalOf(req), req.params.id, req.params.roleId, reason);
    },
  });

  app.get('/api/roles', {
    config: { access: 'user:admin' },
    schema: {
      tags: ['users'],
      description:
        'The role gallery: every role, what it may do, who holds it (active users), which are empty.',
      response: {
        200: z.object({
          roles: z.array(
            z.object({
              role: z.enum(ROLES),
              permissions: z.array(z.enum(PERMISSIONS)),
              holders: z.array(
                z.object({
                  userId: z.number(),
                  username: z.string(),
                  displayName: z.string(),
                  orgnr: z.string().nullable(),
                  orgUnit: z.string().nullable(),
                }),
              ),
              empty: z.boolean(),
            }),
          ),
        }),
        ...protectedErrors,
      },
    },
    handler: async (req) => {
      requireUserAdmin(principalOf(req));
      return { roles: await roleGallery(ctx.db) };
    },
  });
}
