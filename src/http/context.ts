/** What every route and command gets: configuration, the database, tokens, a logger. */
import type { Logger } from 'pino';
import type { TokenService } from '../platform/auth/tokens';
import type { Config } from '../platform/config';
import type { Database } from '../platform/db';

export interface AppContext {
  config: Config;
  db: Database;
  tokens: TokenService;
  logger: Logger;
}
