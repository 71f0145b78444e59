/**
 * Renders queued letter orders into the archive: each order once (letter.order_id is unique), in
 * chunks, each chunk in one transaction with the orders marked rendered. An order whose data cannot
 * make a letter is marked 'rejected' with the reason, so it stops blocking the queue and shows.
 */
import type { IsoDate } from '../domain/dates';
import { letterRecipients } from '../register/letter-recipients';
import type { RenderJob } from './pdf/render-job';
import { type RenderPool, sharedRenderPool } from './pdf/render-pool';
import type { DocumentDb, LetterType } from './tables';

export interface RenderOrdersOptions {
  /** The date printed on the letters. */
  date: IsoDate;
  now?: () => Date;
  pool?: RenderPool;
  chunk?: number;
  /** Only orders of this type (e.g. the annual statement run). */
  type?: LetterType;
  limit?: number;
}

export interface RenderOrdersResult {
  rendered: number;
  rejected: number;
}

export async function renderOrders(
  db: DocumentDb,
  options: RenderOrdersOptions,
): Promise<RenderOrdersResult> {
  const pool = options.pool ?? sharedRenderPool();
  const chunk = options.chunk ?? 400;
  const now = options.now ?? (() => new Date());
  const total: RenderOrdersResult = { rendered: 0, rejected: 0 };
  let after = 0;
  // Render the next chunk while the previous one is written: both cores stay busy.
  let writing: Promise<void> = Promise.resolve();
  for (;;) {
    if (options.limit !== undefined && total.rendered + total.rejected >= options.limit) break;
    let q = db
      .selectFrom('letter_order')
      .select(['id', 'type', 'person_id', 'case_id', 'data', 'security_class'])
      .where('status', '=', 'queued')
      .where('id', '>', String(after))
      .orderBy('id')
      .limit(chunk);
    if (options.type) q = q.where('type', '=', options.type);
    const orders = await q.execute();
    if (orders.length === 0) break;
    after = Number(orders[orders.length - 1]?.id);
    const people = await letterRecipients(
      db,
      orders.map((o) => o.person_id),
    );
    const at = now();
    const jobs: RenderJob[] = orders.map((o) => {
      const p = people.get(o.person_id);
      return {
        key: String(o.id),
        createdAt: at.toISOString(),
        input: {
          type: o.type,
          data: o.data,
          caseId: o.case_id,
          date: options.date,
          recipient: { name: p?.name ?? '', address: p?.address ?? null },
        },
      };
    });
    const results = await pool.render(jobs);
    await writing;
    writing = db.transaction().execute(async (tx) => {
      const good = [];
      const bad = [];
      for (const [i, r] of results.entries()) {
        const o = orders[i];
        if (!o) continue;
        if (r.ok) {
          good.push({
            order_id: Number(o.id),
            person_id: o.person_id,
            type: o.type,
            case_id: o.case_id,
            security_class: o.security_class,
            title: r.title,
            recipient_name: r.recipientName,
            recipient_address: people.get(o.person_id)?.address ?? null,
            pdf: Buffer.from(r.pdf),
            pages: r.pages,
            checksum: r.checksum,
            rendered_at: at,
          });
        } else bad.push({ id: o.id, error: r.error });
      }
      if (good.length) {
        await tx
          .insertInto('letter')
          .values(good)
          .onConflict((oc) => oc.column('order_id').doNothing())
          .execute();
        await tx
          .updateTable('letter_order')
          .set({ status: 'rendered' })
          .where(
            'id',
            'in',
            good.map((g) => String(g.order_id)),
          )
          .execute();
      }
      for (const b of bad) {
        await tx
          .updateTable('letter_order')
          .set({ status: 'rejected', error: b.error.slice(0, 2000) })
          .where('id', '=', b.id)
          .execute();
      }
      total.rendered += good.length;
      total.rejected += bad.length;
    });
  }
  await writing;
  return total;
}
