/**
 * The HTTP server: API under /api (schema-first, OpenAPI generated from the route schemas at
 * /api/docs) and the web UI at /. Routes are thin: parse, call a capability, answer.
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { can } from '../platform/auth/roles';
import { forbidden, invalidInput, unauthenticated } from '../platform/errors';
import { WEB_DIST } from '../platform/paths';
import type { Access, KassaApp } from './app';
import type { AppContext } from './context';
import { errorHandler } from './errors';
import { calculationRoutes } from './routes/calculations';
import { caseRoutes } from './routes/cases';
import { letterRoutes } from './routes/letters';
import { opsRoutes } from './routes/ops';
import { paymentRoutes } from './routes/payments';
import { registerRoutes } from './routes/register';
import { reportRoutes } from './routes/reports';
import { systemRoutes } from './routes/system';
import { userRoutes } from './routes/users';
import { unsafeTextIssues } from './schemas';

/** Route files, one per capability. A new capability adds its routes here. */
const ROUTES = [
  systemRoutes,
  userRoutes,
  registerRoutes,
  calculationRoutes,
  reportRoutes,
  caseRoutes,
  paymentRoutes,
  letterRoutes,
  opsRoutes,
];

export class RouteDeclarationError extends Error {}

export async function buildServer(ctx: AppContext): Promise<KassaApp> {
  const app = Fastify({
    loggerInstance: ctx.logger,
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider() as unknown as KassaApp;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  // Every API route must say who may call it and describe its answers, or the server does not start.
  app.addHook('onRoute', (route) => {
    const url = route.url ?? '';
    if (!url.startsWith('/api/') || url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) throw new RouteDeclarationError(`${route.method} ${url} declares no access (config.access)`);
    if (!route.schema?.response)
      throw new RouteDeclarationError(`${route.method} ${url} has no response schema`);
  });

  // onRequest runs before the body is parsed and validated: without a valid token the answer is
  // 401, never a 400 that would describe the route's schema to an anonymous caller.
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access as Access | undefined;
    if (!access || access === 'public') return;
    request.principal = await ctx.tokens.verify(bearerToken(request));
    if (access !== 'authenticated' && !can(request.principal, access)) {
      throw forbidden(`this needs the permission ${access}`);
    }
  });

  // Text PostgreSQL cannot store (NUL, lone surrogates) is refused for every route, at any depth,
  // with the field's path, before the route's schema runs (src/http/schemas.ts).
  app.addHook('preValidation', async (request) => {
    const issues = unsafeTextIssues(request.params, 'params');
    unsafeTextIssues(request.query, 'querystring', issues);
    unsafeTextIssues(request.body, '', issues);
    if (issues.length > 0) throw invalidInput(issues);
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Kassa API', description: 'Pension fund administration', version: '0.1.0' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  for (const routes of ROUTES) await routes(app, ctx);

  if (fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    // wildcard: files built after start are served too; a missing one falls through to the SPA fallback.
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: true,
      // the build writes .br and .gz beside each text file (web/vite.config.ts)
      preCompressed: true,
      // assets are named by their content hash: cached for a year, never asked again;
      // index.html (and anything else) is checked on every load, so a release shows at once
      cacheControl: false,
      setHeaders: (res, file) => {
        res.header(
          'cache-control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
      return reply.code(404).send({
        errors: [{ path: '', message: `no such resource: ${request.method} ${request.url.split('?')[0]}` }],
      });
    }
    // The web UI routes in the browser: every other path gets the app.
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  });
  return app;
}

function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match?.[1]) throw unauthenticated();
  return match[1];
}
