/**
 * A handler resends an undeliverable letter after correcting what stopped it (the postal address
 * in the register, the member's choice of channel): a new letter is ordered from the same order
 * data, rendered with the register's current name and address and given its channel by the next
 * delivery round. The archived letter never changes; it ends 'resent' and points at the new
 * order. Once: the new order's key names the letter, and the row lock plus the state check make a
 * second resend (a double click, two handlers) a 409 that orders nothing. Audited.
 */
import { writeAudit } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { AppError, notFound } from '../platform/errors';
import { letterRecipients } from '../register/letter-recipients';
import { orderLetter } from './order-letter';
import type { DocumentDb } from './tables';

const conflict = (message: string) => new AppError('conflict', [{ path: '', message }]);

export async function resendLetter(
  db: DocumentDb,
  by: Principal,
  letterId: number,
  note?: string,
): Promise<{ letterId: number; orderId: number }> {
  return db.transaction().execute(async (tx) => {
    const letter = await tx
      .selectFrom('letter')
      .innerJoin('letter_order', 'letter_order.id', 'letter.order_id')
      .select([
        'letter.id',
        'letter.state',
        'letter.person_id',
        'letter.type',
        'letter.case_id',
        'letter.security_class',
        'letter_order.data',
      ])
      .where('letter.id', '=', letterId)
      .forUpdate('letter')
      .executeTakeFirst();
    if (!letter) throw notFound('letter');
    if (letter.state !== 'undeliverable')
      throw conflict(
        letter.state === 'resent'
          ? 'the letter was resent already'
          : `only an undeliverable letter can be resent; this one is ${letter.state}`,
      );
    const person = (await letterRecipients(tx, [letter.person_id])).get(letter.person_id);
    if (!person) throw notFound('person');
    // Paper for certain (own choice, an estate) and still no address: it would only come back.
    const paperOnly =
      letter.type === 'recovery' ||
      person.deathDate !== null ||
      (
        await tx
          .selectFrom('letter_preference')
          .select('paper')
          .where('person_id', '=', letter.person_id)
          .executeTakeFirst()
      )?.paper === true;
    if (paperOnly && !person.address)
      throw conflict('the letter goes on paper and the person still has no postal address: correct it first');
    const orderId = await orderLetter(tx, by, {
      type: letter.type,
      personId: letter.person_id,
      caseId: letter.case_id,
      data: letter.data as Record<string, unknown>,
      idempotencyKey: `resend:${letter.id}`,
      securityClass: letter.security_class,
    });
    await tx
      .updateTable('letter')
      .set({ state: 'resent', resent_as: Number(orderId) })
      .where('id', '=', letter.id)
      .execute();
    await tx
      .insertInto('letter_receipt')
      .values({ letter_id: letter.id, kind: 'resent', at: new Date(), detail: `order ${orderId}` })
      .execute();
    await writeAudit(tx, by, {
      action: 'letter.resend',
      entity: 'letter',
      entityId: letter.id,
      ...(note ? { reason: note } : {}),
      details: { orderId: Number(orderId), personId: letter.person_id, type: letter.type },
    });
    return { letterId: letter.id, orderId: Number(orderId) };
  });
}
