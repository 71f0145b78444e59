/**
 * Bulk-load mode for a large import (the initial migration): when the rows staged for a register
 * table are many compared with the rows it already holds, its secondary indexes (the trigram and
 * name-order indexes on person, …) and its foreign keys are dropped before the merge and created
 * again after it, in the same transaction. Building an index once over all rows is far cheaper
 * than keeping it up row by row, and a foreign key added to a filled table is checked by one join
 * instead of one lookup per inserted row. All or nothing still holds: a failure rolls the drops
 * back with everything else; a violated foreign key fails the import.
 *
 * Definitions are read from the catalogue (pg_indexes, pg_constraint), so they follow the
 * migrations. Unique and primary-key indexes stay: the merge needs them and foreign keys refer to
 * them. Dropping takes an ACCESS EXCLUSIVE lock on the table until commit, which is why this mode
 * is only chosen when the import dwarfs the table.
 */
import type { SqlSession } from '../../platform/db';

/** Bulk mode pays off when the staged rows are at least this share of the rows already there. */
export const BULK_RATIO = 1;
/** Below this many staged rows, row-by-row upkeep is cheap and the table is not locked. */
export const BULK_MIN_ROWS = 50_000;

export interface BulkOptions {
  minRows: number;
  ratio: number;
}

export const DEFAULT_BULK: BulkOptions = { minRows: BULK_MIN_ROWS, ratio: BULK_RATIO };

export function bulkWorthIt(staged: number, existing: number, options: BulkOptions): boolean {
  return staged >= options.minRows && staged >= existing * options.ratio;
}

interface Definition {
  name: string;
  sql: string;
}

/** What was dropped from a table, to be created again by `restore`. */
export interface Suspended {
  table: string;
  indexes: Definition[];
  foreignKeys: Definition[];
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Drops `table`'s secondary indexes and its own foreign keys; returns their definitions. */
export async function suspendIndexes(s: SqlSession, table: string): Promise<Suspended> {
  const indexes = await s.query<{ name: string; sql: string }>(
    `select i.indexname as name, i.indexdef as sql
     from pg_indexes i
     where i.schemaname = current_schema() and i.tablename = $1
       and not exists (select 1 from pg_constraint c
                       where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
     order by i.indexname`,
    [table],
  );
  const foreignKeys = await s.query<{ name: string; sql: string }>(
    `select conname as name, pg_get_constraintdef(oid) as sql
     from pg_constraint
     where conrelid = format('%I.%I', current_schema(), $1::text)::regclass and contype = 'f'
     order by conname`,
    [table],
  );
  for (const fk of foreignKeys)
    await s.exec(`alter table ${quoteIdent(table)} drop constraint ${quoteIdent(fk.name)}`);
  for (const ix of indexes) await s.exec(`drop index ${quoteIdent(ix.name)}`);
  return { table, indexes, foreignKeys };
}

/** Creates the indexes and foreign keys again; adding a foreign key checks every row in one pass. */
export async function restore(s: SqlSession, suspended: Suspended): Promise<void> {
  for (const ix of suspended.indexes) await s.exec(ix.sql);
  for (const fk of suspended.foreignKeys) {
    await s.exec(
      `alter table ${quoteIdent(suspended.table)} add constraint ${quoteIdent(fk.name)} ${fk.sql}`,
    );
  }
}

/**
 * Everything but CHECK and NOT NULL dropped from tables loaded straight into (the initial load,
 * direct.ts): primary keys, unique constraints, indexes, and foreign keys from or to them.
 */
export interface SuspendedAll {
  /** Primary keys and unique constraints, then the other indexes, per table. */
  tables: Map<string, { constraints: Constraint[]; indexes: Definition[] }>;
  foreignKeys: ForeignKey[];
}

/** A primary key or unique constraint, with the definition of the index behind it. */
export interface Constraint extends Definition {
  kind: 'PRIMARY KEY' | 'UNIQUE';
  /** The index behind it: its name and its CREATE UNIQUE INDEX. */
  indexName: string;
  index: string;
}

/** A foreign key of `table` that refers to `references`. */
export interface ForeignKey extends Definition {
  table: string;
  references: string;
  /** An index of `table` leads with the key's columns (see `restoreForeignKey`). */
  indexed: boolean;
}

export async function suspendAll(s: SqlSession, tables: readonly string[]): Promise<SuspendedAll> {
  const regclasses = tables.map((t) => `format('%I.%I', current_schema(), '${t}')::regclass`).join(', ');
  const foreignKeys = await s.query<ForeignKey>(
    `select conrelid::regclass::text as table, confrelid::regclass::text as references, conname as name,
       pg_get_constraintdef(c.oid) as sql,
       exists (select 1 from pg_index i where i.indrelid = c.conrelid
               and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey) as indexed
     from pg_constraint c
     where contype = 'f' and (conrelid in (${regclasses}) or confrelid in (${regclasses}))
     order by 1, 2`,
  );
  for (const fk of foreignKeys)
    await s.exec(`alter table ${fk.table} drop constraint ${quoteIdent(fk.name)}`);
  const result: SuspendedAll = { tables: new Map(), foreignKeys };
  for (const table of tables) {
    const constraints = await s.query<Constraint>(
      `select conname as name, pg_get_constraintdef(oid) as sql, pg_get_indexdef(conindid) as index,
         (select relname from pg_class where oid = conindid) as "indexName",
         case contype when 'p' then 'PRIMARY KEY' else 'UNIQUE' end as kind
       from pg_constraint
       where conrelid = format('%I.%I', current_schema(), $1::text)::regclass and contype in ('p', 'u')
       order by contype, conname`,
      [table],
    );
    for (const c of constraints)
      await s.exec(`alter table ${quoteIdent(table)} drop constraint ${quoteIdent(c.name)}`);
    const { indexes } = await suspendIndexes(s, table);
    result.tables.set(table, { constraints, indexes });
  }
  return result;
}

/** Builds one table's primary key, unique constraints and indexes again (foreign keys come last). */
export async function restoreTable(s: SqlSession, suspended: SuspendedAll, table: string): Promise<void> {
  const t = suspended.tables.get(table);
  if (!t) return;
  for (const c of t.constraints)
    await s.exec(`alter table ${quoteIdent(table)} add constraint ${quoteIdent(c.name)} ${c.sql}`);
  for (const ix of t.indexes) await s.exec(unqualified(ix.sql, table));
}

/**
 * The index builds of one table split in two for two connections: its GIN indexes (the trigram
 * index takes seconds at a million rows), and the rest, where the primary key and unique
 * constraints are built as their plain unique indexes (an index build takes a lock two builds can
 * share; adding a constraint takes one they cannot) and become constraints in `attachConstraints`.
 * Empty when the table has no GIN index: then `restoreTable` builds it all on one connection.
 */
export function splitIndexBuilds(suspended: SuspendedAll, table: string): string[][] {
  const t = suspended.tables.get(table);
  const gin = (t?.indexes ?? []).filter((ix) => / USING gin /.test(ix.sql));
  if (!t || gin.length === 0) return [];
  const rest = [
    ...t.constraints.map((c) => c.index),
    ...t.indexes.filter((ix) => !gin.includes(ix)).map((ix) => ix.sql),
  ];
  return [gin.map((ix) => unqualified(ix.sql, table)), rest.map((sql) => unqualified(sql, table))];
}

/** After `splitIndexBuilds`: makes the unique indexes the table's primary key and unique constraints again. */
export async function attachConstraints(
  s: SqlSession,
  suspended: SuspendedAll,
  table: string,
): Promise<void> {
  for (const c of suspended.tables.get(table)?.constraints ?? [])
    await s.exec(
      `alter table ${quoteIdent(table)} add constraint ${quoteIdent(c.name)} ${c.kind} using index ${quoteIdent(c.indexName)}`,
    );
}

/**
 * An index definition from pg_indexes (which always names the table with its schema) made to name
 * the table as the search path finds it: a shadow table's connection finds its copy (shadow.ts).
 */
function unqualified(sql: string, table: string): string {
  return sql.replace(/ ON (ONLY )?\S+ USING /, (_, only = '') => ` ON ${only}${quoteIdent(table)} USING `);
}

/**
 * Adds a foreign key again: it checks every row in one join. When an index of the table leads
 * with the key's columns, that join is a merge of two ordered index-only scans (on rows loaded
 * frozen, see shadow.ts), about three times faster than the hash join the planner prefers.
 */
export async function restoreForeignKey(s: SqlSession, fk: ForeignKey): Promise<void> {
  const add = `alter table ${fk.table} add constraint ${quoteIdent(fk.name)} ${fk.sql}`;
  if (!fk.indexed) return s.exec(add);
  const [was] = await s.query<{ v: string }>(
    `select current_setting('enable_hashjoin') as v, set_config('enable_hashjoin', 'off', true)`,
  );
  await s.exec(add);
  await s.query(`select set_config('enable_hashjoin', $1, true)`, [was?.v ?? 'on']);
}
