/** A handler writes a free letter: ordered and rendered at once (delivery follows in the round). */
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '../domain/dates';
import { writeAudit } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { notFound } from '../platform/errors';
import { letterRecipients } from '../register/letter-recipients';
import { orderLetter } from './order-letter';
import { renderOrders } from './render-orders';
import type { DocumentDb } from './tables';

export async function writeFreeLetter(
  db: DocumentDb,
  by: Principal,
  input: {
    personId: number;
    caseId?: number | null;
    title: string;
    body: string;
    securityClass: number;
    idempotencyKey?: string;
  },
  today: IsoDate,
): Promise<{ orderId: number; letterId: number | null }> {
  const orderId = await db.transaction().execute(async (tx) => {
    if ((await letterRecipients(tx, [input.personId])).size === 0) throw notFound('person');
    const id = await orderLetter(tx, by, {
      type: 'free',
      personId: input.personId,
      caseId: input.caseId ?? null,
      data: { title: input.title, body: input.body },
      idempotencyKey: `free:${input.idempotencyKey ?? randomUUID()}`,
      securityClass: input.securityClass,
    });
    await writeAudit(tx, by, {
      action: 'letter.write',
      entity: 'letter_order',
      entityId: id,
      details: { type: 'free', personId: input.personId },
    });
    return Number(id);
  });
  await renderOrders(db, { date: today, type: 'free' });
  const letter = await db
    .selectFrom('letter')
    .select('id')
    .where('order_id', '=', orderId)
    .executeTakeFirst();
  return { orderId, letterId: letter?.id ?? null };
}
