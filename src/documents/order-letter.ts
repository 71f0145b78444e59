/**
 * Order a letter from another capability, inside that capability's own transaction, so the
 * letter exists exactly when the decision or payment that causes it does. Ordering the same
 * business event again (same idempotency key) is a no-op; the documents capability renders
 * and delivers each order once.
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../platform/auth/roles';
import type { DocumentTables, LetterType } from './tables';

export interface LetterOrder {
  type: LetterType;
  personId: number;
  caseId?: number | null;
  /** Everything the letter needs: amounts in øre, dates as YYYY-MM-DD. */
  data: Record<string, unknown>;
  /** Names the business event, e.g. `case:42:decision:1`. */
  idempotencyKey: string;
  /** 1 (open) to 4 (highest: the notification says nothing of the content). */
  securityClass?: number;
}

/** Returns the order's id, new or already there. */
export async function orderLetter<T>(
  tx: Kysely<T>,
  by: Principal | string,
  order: LetterOrder,
): Promise<string> {
  const k = tx as unknown as Kysely<DocumentTables>;
  const inserted = await k
    .insertInto('letter_order')
    .values({
      type: order.type,
      person_id: order.personId,
      case_id: order.caseId ?? null,
      data: JSON.stringify(order.data),
      idempotency_key: order.idempotencyKey,
      security_class: order.securityClass ?? 2,
      ordered_by: typeof by === 'string' ? by : by.username,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return String(inserted.id);
  const existing = await k
    .selectFrom('letter_order')
    .select('id')
    .where('idempotency_key', '=', order.idempotencyKey)
    .executeTakeFirstOrThrow();
  return String(existing.id);
}
