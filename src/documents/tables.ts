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
    error: ColumnType<string | null, string | null | undefined, string | null>;
  };
  letter_preference: {
    person_id: number;
    paper: boolean;
    recorded_at: ColumnType<Date, never, never>;
    recorded_by: string;
  };
  print_batch: {
    id: Generated<number>;
    day: string;
    letters: number;
    manifest_checksum: string;
    created_at: ColumnType<Date, never, never>;
    created_by: string;
  };
  letter: {
    id: Generated<number>;
    order_id: number;
    person_id: number;
    type: LetterType;
    case_id: number | null;
    security_class: number;
    language: ColumnType<string, string | undefined, string>;
    title: string;
    recipient_name: string;
    recipient_address: string | null;
    pdf: Buffer;
    pages: number;
    checksum: string;
    rendered_at: ColumnType<Date, Date | undefined, never>;
    channel: Channel | null;
    state: ColumnType<LetterState, LetterState | undefined, LetterState>;
    attempts: ColumnType<number, number | undefined, number>;
    next_attempt_at: Date | null;
    last_error: string | null;
    mailbox_address: string | null;
    provider_message_id: string | null;
    accepted_at: Date | null;
    fallback_reason: string | null;
    print_batch_id: number | null;
    sent_at: Date | null;
    /** The order that replaced this undeliverable letter (resend-letter.ts). */
    resent_as: ColumnType<number | null, number | null | undefined, number | null>;
  };
  letter_receipt: {
    id: Generated<number>;
    letter_id: number;
    kind: ReceiptKind;
    at: Date;
    detail: string | null;
    provider_receipt_id: string | null;
  };
  letter_receipt_cursor: { provider: string; cursor: string };
};

export type Channel = 'digital' | 'paper';
export const LETTER_STATES = [
  'new',
  'pending',
  'sending',
  'accepted',
  'delivered',
  'opened',
  'print',
  'printed',
  'undeliverable',
  'resent',
] as const;
export type LetterState = (typeof LETTER_STATES)[number];
export const RECEIPT_KINDS = [
  'accepted',
  'delivered',
  'opened',
  'failed',
  'fallback',
  'printed',
  'resent',
] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

export type DocumentDb = Kysely<PlatformTables & DocumentTables>;

export function documentDb(db: Database): DocumentDb {
  return db.kysely.withTables<DocumentTables>();
}
