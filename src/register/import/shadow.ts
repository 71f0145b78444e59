/**
 * Register tables filled beside the import's transaction, each on a connection of its own
 * (PostgreSQL only), and swapped in by that transaction at the end.
 *
 * Why: in an initial load the database, not the parser, is the slow side, and one connection
 * works on one core. With a connection per table, the person table's five indexes (the trigram
 * one alone takes seconds at a million members) are built while employments are loaded, and the
 * membership and employment keys at the same time as each other.
 *
 * How: the copies are created empty in a scratch schema named after the import's backend
 * (`kassa_import_<pid>`) and committed, before the import locks the register (LIKE reads the real
 * tables' definitions). Each copy's connection COPYs its rows and builds its keys and indexes in
 * one more transaction, and commits. The import's transaction then drops the (empty, locked)
 * real table, moves the copy into its place (SET SCHEMA takes its indexes and identity sequence
 * along), creates the triggers again and drops the scratch schema. All or nothing still holds:
 * until the import commits, the register has not changed and the copy is scratch, dropped when the
 * import fails (or by the next import, after a crash).
 */
import type { Database, SqlSession } from '../../platform/db';
import { quoteIdent } from './bulk';

const PREFIX = 'kassa_import_';

/** A transaction on a connection of its own, held open until `end`. */
interface Side {
  s: SqlSession;
  /** Commits (true) or rolls back (false), and returns the connection. */
  end(commit: boolean): Promise<void>;
}

class RolledBack extends Error {}

async function openTransaction(db: Database): Promise<Side> {
  let release: (commit: boolean) => void = () => undefined;
  const released = new Promise<boolean>((resolve) => {
    release = resolve;
  });
  let opened: (s: SqlSession) => void = () => undefined;
  const session = new Promise<SqlSession>((resolve) => {
    opened = resolve;
  });
  const done = db.batch(async (s) => {
    opened(s);
    if (!(await released)) throw new RolledBack();
  });
  done.catch(() => undefined); // surfaced by `end`
  // A failure to connect ends `done` before the session opens.
  const s = await Promise.race([session, done.then(() => Promise.reject(new Error('no connection')))]);
  return {
    s,
    async end(commit) {
      release(commit);
      try {
        await done;
      } catch (error) {
        if (!(error instanceof RolledBack)) throw error;
      }
    },
  };
}

/**
 * The copies of several tables, in one scratch schema, each filled on a connection of its own.
 */
export class ShadowTables {
  private readonly sides = new Map<string, Side>();
  private readonly swapped = new Set<string>();
  /** The schema of the real tables (quoted). */
  private home = '';

  private constructor(
    private readonly db: Database,
    readonly tables: readonly string[],
    readonly schema: string,
  ) {}

  /**
   * Creates empty copies of `tables` (committed at once) for the import whose transaction is
   * `main`, and opens for each the transaction on its own connection that will fill it. Scratch
   * schemas left by an import that died are dropped first. Undefined on PGlite (one connection).
   */
  static async prepare(
    db: Database,
    main: SqlSession,
    tables: readonly string[],
  ): Promise<ShadowTables | undefined> {
    if (db.kind !== 'postgres') return undefined;
    const [me] = await main.query<{ pid: number }>('select pg_backend_pid() as pid');
    const shadows = new ShadowTables(db, tables, `${PREFIX}${me?.pid}`);
    const home = quoteIdent(await currentSchema(main));
    await db.batch(async (s) => {
      const stale = await s.query<{ name: string }>(
        `select nspname as name from pg_namespace
         where nspname ~ '^${PREFIX}[0-9]+$'
           and substr(nspname, ${PREFIX.length + 1})::int not in (select pid from pg_stat_activity)`,
      );
      for (const { name } of stale) await s.exec(`drop schema ${name} cascade`);
      await s.exec(`drop schema if exists ${shadows.schema} cascade; create schema ${shadows.schema}`);
      for (const table of tables)
        await s.exec(
          `create table ${shadows.schema}.${table} (like ${home}.${table} including all excluding indexes)`,
        );
    });
    shadows.home = home;
    try {
      for (const table of tables) {
        // Emptied in this transaction, the copy takes COPY FREEZE: rows written frozen and
        // all-visible, so no vacuum rewrites them later and index-only scans (foreign key checks)
        // work at once.
        shadows.sides.set(table, await shadows.openSide(`truncate ${table}`));
      }
    } catch (error) {
      await shadows.discard(false);
      throw error;
    }
    return shadows;
  }

  /**
   * A transaction on a new connection where unqualified table names mean the copies; `first` runs
   * at its start. Memory enough to sort a million rows (and gather the trigram index) without
   * spilling to disk; one core per connection while the parser reads (the import has one too).
   */
  private async openSide(first: string): Promise<Side> {
    const side = await openTransaction(this.db);
    try {
      await side.s.exec(
        `set local search_path = ${this.schema}, ${this.home};
         set local maintenance_work_mem = '512MB'; set local max_parallel_maintenance_workers = 0; ${first}`,
      );
    } catch (error) {
      await side.end(false);
      throw error;
    }
    return side;
  }

  /**
   * Runs `statements` (index builds on a committed copy) in one transaction on a connection of
   * their own, and commits: several of these build one table's indexes side by side.
   */
  async build(statements: readonly string[]): Promise<void> {
    const side = await this.openSide('');
    let ok = false;
    try {
      for (const sql of statements) await side.s.exec(sql);
      ok = true;
    } finally {
      await side.end(ok);
    }
  }

  /** The connection that fills `table`'s copy, inside its transaction; `table` there names the copy. */
  session(table: string): SqlSession {
    const side = this.sides.get(table);
    if (!side) throw new Error(`no open shadow connection for ${table}`);
    return side.s;
  }

  /** Commits the work on `table`'s connection: its rows, and its keys and indexes unless `build` makes them. */
  async commit(table: string) {
    const side = this.sides.get(table);
    this.sides.delete(table);
    await side?.end(true);
  }

  /**
   * In the import's transaction, after `commit`: replaces the empty real table with its copy. The
   * real table's foreign keys (from and to it) must have been dropped; its triggers are made again.
   * After the last table the scratch schema goes too.
   */
  async swapIn(main: SqlSession, table: string) {
    // Its connection would wait for this transaction, and this one for it.
    if (this.sides.has(table)) throw new Error(`the copy of ${table} is not committed`);
    const triggers = await main.query<{ sql: string }>(
      `select pg_get_triggerdef(oid) as sql from pg_trigger
       where tgrelid = '${table}'::regclass and not tgisinternal order by tgname`,
    );
    await main.exec(`drop table ${this.home}.${table}`);
    await main.exec(`alter table ${this.schema}.${table} set schema ${this.home}`);
    for (const t of triggers) await main.exec(t.sql);
    this.swapped.add(table);
    if (this.swapped.size === this.tables.length) await main.exec(`drop schema ${this.schema}`);
  }

  /**
   * After the import: rolls back the connections still open and, unless every copy was swapped in
   * and the import committed, drops the scratch schema.
   */
  async discard(committed: boolean) {
    const open = [...this.sides.values()];
    this.sides.clear();
    for (const side of open) await side.end(false);
    if (committed && this.swapped.size === this.tables.length) return;
    await this.db.batch((s) => s.exec(`drop schema if exists ${this.schema} cascade`));
  }
}

async function currentSchema(s: SqlSession): Promise<string> {
  const [row] = await s.query<{ name: string }>('select current_schema() as name');
  if (!row?.name) throw new Error('no current schema');
  return row.name;
}
