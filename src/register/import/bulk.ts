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

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

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
