/**
 * A Kysely bound to a batch's SqlSession, so helpers written for Kysely (writeAudit) run inside
 * the batch's one transaction. The session already is a transaction: begin/commit are no-ops.
 */
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely';
import type { SqlSession } from '../../platform/db';

export function sessionKysely<DB>(s: SqlSession): Kysely<DB> {
  const connection: DatabaseConnection = {
    async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
      return { rows: await s.query<R>(q.sql, [...q.parameters]) };
    },
    streamQuery() {
      throw new Error('streaming is not available inside a batch');
    },
  };
  const driver: Driver = {
    init: async () => undefined,
    acquireConnection: async () => connection,
    beginTransaction: async () => undefined,
    commitTransaction: async () => undefined,
    rollbackTransaction: async () => undefined,
    releaseConnection: async () => undefined,
    destroy: async () => undefined,
  };
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => driver,
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}
