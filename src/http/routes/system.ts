/** Health, environment, sign-in and the identity provider's public keys. */
import { sql } from 'kysely';
import { z } from 'zod';
import { authenticate } from '../../platform/auth/users';
import { unauthenticated } from '../../platform/errors';
import { type KassaApp, principalOf } from '../app';
import type { AppContext } from '../context';
import { ErrorResponse, protectedErrors } from '../schemas';

const Me = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.object({ role: z.string(), orgnr: z.string().nullable() })),
});

export async function systemRoutes(app: KassaApp, ctx: AppContext) {
  app.get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['system'],
      description:
        'ok once the database answers; also says whether this process runs jobs and their queue answers ' +
        '(jobs: off when this process runs none).',
      response: {
        200: z.object({ status: z.literal('ok'), database: z.literal('ok'), jobs: z.enum(['ok', 'off']) }),
        503: ErrorResponse.extend({
          database: z.enum(['ok', 'failing']),
          jobs: z.enum(['ok', 'off', 'failing']),
        }),
      },
    },
    handler: async (_req, reply) => {
      const database = await sql`select 1`.execute(ctx.db.kysely).then(
        () => 'ok' as const,
        () => 'failing' as const,
      );
      const jobs = !ctx.jobs?.working
        ? ('off' as const)
        : (await ctx.jobs.queue.healthy())
          ? ('ok' as const)
          : ('failing' as const);
      if (database === 'ok' && jobs !== 'failing') return { status: 'ok' as const, database, jobs };
      const errors = [
        ...(database === 'failing' ? [{ path: 'database', message: 'the database does not answer' }] : []),
        ...(jobs === 'failing' ? [{ path: 'jobs', message: 'the job queue does not answer' }] : []),
      ];
      return reply.code(503).send({ errors, database, jobs });
    },
  });

  app.get('/api/meta', {
    config: { access: 'public' },
    schema: {
      tags: ['system'],
      description: 'The environment the UI runs in (a training environment shows a banner on every page).',
      response: { 200: z.object({ environment: z.enum(['production', 'training']), version: z.string() }) },
    },
    handler: async () => ({
      environment: ctx.config.env,
      version: process.env.npm_package_version ?? '0.1.0',
    }),
  });

  app.post('/api/auth/login', {
    config: { access: 'public' },
    schema: {
      tags: ['auth'],
      description: 'Signs in with the built-in identity provider and returns a bearer token.',
      body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
      response: { 200: z.object({ token: z.string(), user: Me }), 400: ErrorResponse, 401: ErrorResponse },
    },
    handler: async (req) => {
      const principal = await authenticate(ctx.db, req.body.username, req.body.password);
      if (!principal) throw unauthenticated('wrong username or password');
      return {
        token: await ctx.tokens.issue(principal),
        user: {
          id: principal.userId,
          username: principal.username,
          displayName: principal.displayName,
          roles: principal.grants,
        },
      };
    },
  });

  app.get('/api/auth/me', {
    config: { access: 'authenticated' },
    schema: { tags: ['auth'], response: { 200: Me, ...protectedErrors } },
    handler: async (req) => {
      const p = principalOf(req);
      return { id: p.userId, username: p.username, displayName: p.displayName, roles: p.grants };
    },
  });

  app.get('/api/auth/jwks', {
    config: { access: 'public' },
    schema: {
      tags: ['auth'],
      description: 'Public keys of the built-in identity provider (JWKS).',
      response: { 200: z.object({ keys: z.array(z.record(z.string(), z.unknown())) }) },
    },
    handler: async () => ctx.tokens.jwks() as Promise<{ keys: Record<string, unknown>[] }>,
  });
}
