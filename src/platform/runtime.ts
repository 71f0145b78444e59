/** Opens everything a running Kassa needs, in one place for the server, the CLI and the tests. */

import { createTokenService } from './auth/tokens';
import type { Config } from './config';
import type { AppContext } from './context';
import { openDatabase } from './db';
import { createLogger } from './logger';
import { migrate } from './migrate';

export async function openContext(config: Config): Promise<AppContext> {
  const logger = createLogger(config.logLevel);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrate(db);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    config,
    db,
    tokens: createTokenService(
      db,
      config.oidcIssuer && config.oidcAudience
        ? { issuer: config.oidcIssuer, audience: config.oidcAudience }
        : undefined,
    ),
    logger,
  };
}
