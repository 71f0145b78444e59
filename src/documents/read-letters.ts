/** What staff read about letters: a person's letters with receipts, the undeliverable queue. */
import { logAccess } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { notFound } from '../platform/errors';
import { letterRecipients } from '../register/letter-recipients';
import type { DocumentDb } from './tables';

export interface LetterView {
  id: number;
  type: string;
  title: string;
  caseId: number | null;
  securityClass: number;
  channel: 'digital' | 'paper' | null;
  state: string;
  reason: string | null;
  lastError: string | null;
  attempts: number;
  renderedAt: string;
  sentAt: string | null;
  printBatchId: number | null;
  checksum: string;
  pages: number;
  receipts: { kind: string; at: string; detail: string | null }[];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function personLetters(
  db: DocumentDb,
  principal: Principal,
  personId: number,
): Promise<LetterView[]> {
  return db.transaction().execute(async (tx) => {
    if ((await letterRecipients(tx, [personId])).size === 0) throw notFound('person');
    const letters = await tx
      .selectFrom('letter')
      .select([
        'id',
        'type',
        'title',
        'case_id',
        'security_class',
        'channel',
        'state',
        'fallback_reason',
        'last_error',
        'attempts',
        'rendered_at',
        'sent_at',
        'print_batch_id',
        'checksum',
        'pages',
      ])
      .where('person_id', '=', personId)
      .orderBy('id', 'desc')
      .limit(500)
      .execute();
    const receipts = letters.length
      ? await tx
          .selectFrom('letter_receipt')
          .select(['letter_id', 'kind', 'at', 'detail'])
          .where(
            'letter_id',
            'in',
            letters.map((l) => l.id),
          )
          .orderBy('id')
          .execute()
      : [];
    await logAccess(tx, principal, { personIds: [personId], purpose: 'view', what: 'letters' });
    return letters.map((l) => ({
      id: l.id,
      type: l.type,
      title: l.title,
      caseId: l.case_id,
      securityClass: l.security_class,
      channel: l.channel,
      state: l.state,
      reason: l.fallback_reason,
      lastError: l.last_error,
      attempts: l.attempts,
      renderedAt: l.rendered_at.toISOString(),
      sentAt: iso(l.sent_at),
      printBatchId: l.print_batch_id,
      checksum: l.checksum,
      pages: l.pages,
      receipts: receipts
        .filter((r) => r.letter_id === l.id)
        .map((r) => ({ kind: r.kind, at: r.at.toISOString(), detail: r.detail })),
    }));
  });
}

export async function letterPdf(
  db: DocumentDb,
  principal: Principal,
  letterId: number,
): Promise<{ pdf: Buffer; title: string }> {
  return db.transaction().execute(async (tx) => {
    const l = await tx
      .selectFrom('letter')
      .select(['pdf', 'title', 'person_id'])
      .where('id', '=', letterId)
      .executeTakeFirst();
    if (!l) throw notFound('letter');
    await logAccess(tx, principal, { personIds: [l.person_id], purpose: 'view', what: 'letter document' });
    return { pdf: Buffer.from(l.pdf.buffer, l.pdf.byteOffset, l.pdf.byteLength), title: l.title };
  });
}

export interface QueueItem {
  id: number;
  personId: number;
  recipientName: string;
  type: string;
  title: string;
  state: string;
  channel: string | null;
  reason: string | null;
  lastError: string | null;
  attempts: number;
  renderedAt: string;
}

/** Letters that need a person: paper without an address, or digital letters failing and being retried. */
export async function undeliverableQueue(db: DocumentDb, principal: Principal): Promise<QueueItem[]> {
  return db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('letter')
      .select([
        'id',
        'person_id',
        'recipient_name',
        'type',
        'title',
        'state',
        'channel',
        'fallback_reason',
        'last_error',
        'attempts',
        'rendered_at',
      ])
      .where((eb) =>
        eb.or([
          eb('state', '=', 'undeliverable'),
          eb.and([eb('state', '=', 'pending'), eb('last_error', 'is not', null)]),
        ]),
      )
      .orderBy('id')
      .limit(500)
      .execute();
    await logAccess(tx, principal, {
      personIds: [...new Set(rows.map((r) => r.person_id))],
      purpose: 'work queue',
      what: 'undeliverable letters',
    });
    return rows.map((r) => ({
      id: r.id,
      personId: r.person_id,
      recipientName: r.recipient_name,
      type: r.type,
      title: r.title,
      state: r.state,
      channel: r.channel,
      reason: r.fallback_reason,
      lastError: r.last_error,
      attempts: r.attempts,
      renderedAt: r.rendered_at.toISOString(),
    }));
  });
}
