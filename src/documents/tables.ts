/** Kysely row types of the documents capability's tables (see migrations/). */
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '../platform/db';
import type { PlatformTables } from '../platform/tables';

export const LETTER_TYPES = ['decision', 'payment_notice', 'annual_statement', 'recovery', 'free'] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

export type DocumentTables = {
  letter_order: {
    id: Generated<string>;
    type: LetterType;
    person_id: number;
    case_id: number | null;
    data: unknown;
    idempotency_key: string;
    security_class: ColumnType<number, number | undefined, number>;
    status: ColumnType<string, string | undefined, string>;
    ordered_at: ColumnType<Date, never, never>;
    ordered_by: string;
  };
};

export type DocumentDb = Kysely<PlatformTables & DocumentTables>;

export function documentDb(db: Database): DocumentDb {
  return db.kysely.withTables<DocumentTables>();
}
