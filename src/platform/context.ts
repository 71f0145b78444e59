/** What every route, command and batch gets: configuration, the database, tokens, a logger. */
import type { Logger } from 'pino';
import type { TokenService } from './auth/tokens';
import type { DataLock } from './backup/data-lock';
import type { Config } from './config';
import type { Database } from './db';
import type { JobRunner } from './jobs/runner';

export interface AppContext {
  config: Config;
  db: Database;
  tokens: TokenService;
  logger: Logger;
  /** The job runner, when this process started one (`kassa serve`, `kassa worker`). */
  jobs?: JobRunner;
  /** On the embedded database: this process holds its folder (`kassa backup` asks it for a copy). */
  dataLock?: DataLock;
}
