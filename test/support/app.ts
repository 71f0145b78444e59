/** A Kassa server on a fresh test database, driven with Fastify's inject (no port). */
import type { KassaApp } from '../../src/http/app';
import type { AppContext } from '../../src/http/context';
import { buildServer } from '../../src/http/server';
import type { RoleGrant } from '../../src/platform/auth/roles';
import { systemPrincipal } from '../../src/platform/auth/roles';
import { createTokenService } from '../../src/platform/auth/tokens';
import { createUser, loadPrincipal } from '../../src/platform/auth/users';
import { loadConfig } from '../../src/platform/config';
import { createLogger } from '../../src/platform/logger';
import { createTestDatabase, type TestDatabase } from './db';

export interface TestApp {
  app: KassaApp;
  ctx: AppContext;
  /** A bearer header for a new user holding these roles. */
  authHeader(grants: RoleGrant[]): Promise<{ authorization: string }>;
  /** The same, with the new user's id (for calls that name a user). */
  authUser(grants: RoleGrant[]): Promise<{ authorization: string; userId: number }>;
  close(): Promise<void>;
}

let userSeq = 0;

export async function createTestApp(
  env: 'production' | 'training' = 'production',
): Promise<TestApp & { testDb: TestDatabase }> {
  const testDb = await createTestDatabase();
  const config = loadConfig({ KASSA_ENV: env, KASSA_LOG_LEVEL: 'silent' });
  const ctx: AppContext = {
    config,
    db: testDb.db,
    tokens: createTokenService(testDb.db),
    logger: createLogger('silent'),
  };
  const app = await buildServer(ctx);
  await app.ready();
  async function authUser(grants: RoleGrant[]) {
    userSeq += 1;
    const id = await createUser(ctx.db, systemPrincipal('test'), {
      username: `user${userSeq}`,
      displayName: `Test User ${userSeq}`,
      grants,
    });
    const principal = await loadPrincipal(ctx.db, id);
    if (!principal) throw new Error('user vanished');
    return { authorization: `Bearer ${await ctx.tokens.issue(principal)}`, userId: id };
  }
  return {
    app,
    ctx,
    testDb,
    async authHeader(grants) {
      const { authorization } = await authUser(grants);
      return { authorization };
    },
    authUser,
    async close() {
      await app.close();
      await testDb.dispose();
    },
  };
}
