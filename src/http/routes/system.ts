/** Health, environment, sign-in and the identity provider's public keys. */
import { sql } from 'kysely';
import { z } from 'zod';
import { SignInThrottle } from '../../platform/auth/sign-in-throttle';
import { authenticate } from '../../platform/auth/users';
import { tooManyRequests, unauthenticated } from '../../platform/errors';
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
  const throttle = new SignInThrottle();

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
      description:
        'Signs in with the built-in identity provider and returns a bearer token. After 5 failed ' +
        'sign-ins of a username (20 from one address) each further one blocks for a delay that ' +
        'doubles (1 s, 2 s, 4 s … at most 15 min): 429 with Retry-After.',
      body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
      response: {
        200: z.object({ token: z.string(), user: Me }),
        400: ErrorResponse,
        401: ErrorResponse,
        429: ErrorResponse,
      },
    },
    handler: async (req, reply) => {
      const { username, password } = req.body;
      const wait = throttle.wait(username, req.ip);
      if (wait > 0) {
        const seconds = Math.ceil(wait / 1000);
        req.log.warn({ username, address: req.ip, retryAfter: seconds }, 'sign-in throttled');
        reply.header('retry-after', String(seconds));
        throw tooManyRequests(`too many failed sign-ins; try again in ${seconds} s`);
      }
      const principal = await authenticate(ctx.db, username, password);
      if (!principal) {
        throttle.failed(username, req.ip);
        req.log.info({ username, address: req.ip }, 'sign-in failed');
        throw unauthenticated('wrong username or password');
      }
      throttle.succeeded(username);
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
