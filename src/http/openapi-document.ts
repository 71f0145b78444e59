/**
 * The server's OpenAPI document, built in-process from the route schemas without a database or
 * a port: the web app's API types are generated from it (`npm run gen:api`) and a unit test fails
 * when the checked-in types are stale. The database is Kysely's documented "cold" instance (a
 * dummy driver that compiles queries but never connects): routes may prepare query builders when
 * they are registered, none is ever run.
 */
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { createTokenService } from '../platform/auth/tokens';
import { loadConfig } from '../platform/config';
import type { Database } from '../platform/db';
import { createLogger } from '../platform/logger';
import type { PlatformTables } from '../platform/tables';
import type { AppContext } from './context';
import { buildServer } from './server';

function coldDatabase(): Database {
  const kysely = new Kysely<PlatformTables>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  return {
    kind: 'postgres',
    kysely,
    batch: () => Promise.reject(new Error('the OpenAPI document is built without a database')),
    executeSql: () => Promise.reject(new Error('the OpenAPI document is built without a database')),
    poolStats: () => ({ total: 0, idle: 0, waiting: 0 }),
    listen: () => Promise.reject(new Error('the OpenAPI document is built without a database')),
    close: async () => kysely.destroy(),
  };
}

export type OpenApiDocument = Record<string, unknown> & { paths: Record<string, unknown> };

/** Keys sorted at every level, so the order routes are registered in does not change the document. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
    );
  return value;
}

export async function buildOpenApiDocument(): Promise<OpenApiDocument> {
  const db = coldDatabase();
  const ctx: AppContext = {
    config: loadConfig({ KASSA_ENV: 'production', KASSA_LOG_LEVEL: 'silent' }),
    db,
    tokens: createTokenService(db),
    logger: createLogger('silent'),
  };
  const app = await buildServer(ctx);
  await app.ready();
  try {
    return sorted(app.swagger()) as OpenApiDocument;
  } finally {
    await app.close();
    await db.close();
  }
}
