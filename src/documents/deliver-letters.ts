/**
 * Delivery as plain idempotent use cases, each safe to run again at any time and from any point
 * (the job queue can wrap each as a job):
 *   chooseChannels   new letters → exactly one channel (contact register + own choice)
 *   deliverPending   digital letters → the mailbox provider, with retries and back-off; after the
 *                    last attempt → print
 *   readReceipts     the provider's receipt feed → receipts, state; FAILED → print
 *   fallbackOverdue  accepted but not delivered within the set time → print
 * State is per letter in the database. The provider gets one idempotency key per letter, so a
 * letter re-sent after a crash between the provider's answer and our commit is stored once there.
 * One delivery runner at a time (the job queue guarantees it; the CLI is one process).
 */
import { sql } from 'kysely';
import { letterRecipients } from '../register/letter-recipients';
import { chooseChannel } from './channel/choose-channel';
import type { ContactRegister } from './channel/contact-register';
import { type Mailbox, MailboxError, notificationText } from './channel/mailbox';
import { inLanes } from './lanes';
import { translator } from './messages';
import type { DocumentDb } from './tables';

export interface DeliverySettings {
  maxAttempts: number;
  /** First retry after this; doubled each attempt. */
  backoffMs: number;
  /** A digital letter not delivered this long after acceptance goes to print. */
  deliveryDeadlineMs: number;
  /** Letters in flight to the provider at once. */
  concurrency: number;
}

export const DEFAULT_DELIVERY: DeliverySettings = {
  maxAttempts: 5,
  backoffMs: 60_000,
  deliveryDeadlineMs: 72 * 3600_000,
  concurrency: 16,
};

export interface DeliveryDeps {
  contactRegister: ContactRegister;
  mailbox: Mailbox;
  settings?: Partial<DeliverySettings>;
  now?: () => Date;
}

export const idempotencyKeyOf = (letterId: number) => `kassa-letter-${letterId}`;

/** New letters get their one channel. Paper without a postal address waits as undeliverable. */
export async function chooseChannels(
  db: DocumentDb,
  deps: DeliveryDeps,
  chunk = 1000,
): Promise<{ digital: number; paper: number; undeliverable: number }> {
  const counts = { digital: 0, paper: 0, undeliverable: 0 };
  for (;;) {
    const letters = await db
      .selectFrom('letter')
      .select(['id', 'person_id', 'type', 'recipient_address'])
      .where('state', '=', 'new')
      .orderBy('id')
      .limit(chunk)
      .execute();
    if (letters.length === 0) return counts;
    const people = await letterRecipients(
      db,
      letters.map((l) => l.person_id),
    );
    const prefs = new Map(
      (
        await db
          .selectFrom('letter_preference')
          .select(['person_id', 'paper'])
          .where('person_id', 'in', [...people.keys()])
          .execute()
      ).map((p) => [p.person_id, p.paper]),
    );
    const ids = [...new Set([...people.values()].filter((p) => !p.deathDate).map((p) => p.nationalId))];
    const krr = await deps.contactRegister.lookup(ids);
    const rows = letters.map((l) => {
      const p = people.get(l.person_id);
      const choice = chooseChannel({
        paperChosen: prefs.get(l.person_id) ?? false,
        deceased: l.type === 'recovery' || Boolean(p?.deathDate),
        krr: p ? krr.get(p.nationalId) : undefined,
      });
      const state =
        choice.channel === 'digital' ? 'pending' : l.recipient_address ? 'print' : 'undeliverable';
      if (state === 'undeliverable') counts.undeliverable++;
      else counts[choice.channel]++;
      return {
        id: l.id,
        channel: choice.channel,
        state,
        mailbox: choice.mailboxAddress,
        reason: choice.channel === 'paper' ? choice.reason : null,
      };
    });
    await db.transaction().execute(async (tx) => {
      await sql`
        update letter set channel = v.channel, state = v.state, mailbox_address = v.mailbox, fallback_reason = v.reason
        from (select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
              as x(id bigint, channel text, state text, mailbox text, reason text)) v
        where letter.id = v.id and letter.state = 'new'`.execute(tx);
    });
  }
}

export interface DeliverResult {
  accepted: number;
  retried: number;
  toPrint: number;
}

/**
 * Sends due digital letters. `reclaim`: also take letters left 'sending' by a runner that died
 * (the CLI and the job do; the provider's idempotency key makes the re-send harmless).
 */
export async function deliverPending(
  db: DocumentDb,
  deps: DeliveryDeps,
  options: { reclaim?: boolean; chunk?: number; depth?: number } = {},
): Promise<DeliverResult> {
  const s = { ...DEFAULT_DELIVERY, ...deps.settings };
  const now = deps.now ?? (() => new Date());
  const result: DeliverResult = { accepted: 0, retried: 0, toPrint: 0 };
  const chunk = options.chunk ?? 200;
  const depth = options.depth ?? 3;
  let reclaim = options.reclaim ?? false;
  const sender = translator('nb')('sender.name');
  type Claimed = {
    id: number;
    person_id: number;
    title: string;
    security_class: number;
    mailbox_address: string | null;
    checksum: string;
    attempts: number;
  };
  // Claimed chunks in flight side by side: one is sent while the next is read and the last written.
  await inLanes(
    depth,
    async () => {
      const at = now();
      // Claim: 'sending' with a lease; a runner killed here leaves them 'sending' for the next to reclaim.
      const claimed = await sql<Claimed>`
        update letter set state = 'sending', attempts = attempts + 1, next_attempt_at = ${new Date(at.getTime() + 10 * 60_000)}
        where id in (
          select id from letter
          where (state = 'pending' and (next_attempt_at is null or next_attempt_at <= ${at}))
             or (state = 'sending' and (${reclaim} or next_attempt_at <= ${at}))
          order by id limit ${chunk} for update skip locked)
        returning id, person_id, title, security_class, mailbox_address, checksum, attempts`.execute(db);
      reclaim = false;
      const letters = claimed.rows;
      if (letters.length === 0) return null;
      const ids = letters.map((l) => l.id);
      const [people, pdfs] = await Promise.all([
        letterRecipients(
          db,
          letters.map((l) => l.person_id),
        ),
        db.selectFrom('letter').select(['id', 'pdf']).where('id', 'in', ids).execute(),
      ]);
      return { letters, people, pdfs: new Map(pdfs.map((r) => [r.id, r.pdf])) };
    },
    async ({ letters, people, pdfs }) => {
      const outcomes: {
        id: number;
        messageId?: string;
        error?: string;
        retryable?: boolean;
        attempts: number;
      }[] = [];
      let next = 0;
      const worker = async () => {
        while (next < letters.length) {
          const l = letters[next++];
          if (!l) break;
          const pdf = pdfs.get(l.id) ?? new Uint8Array();
          pdfs.delete(l.id);
          try {
            const p = people.get(l.person_id);
            if (!p) throw new MailboxError('recipient not in the register', false);
            const { messageId } = await deps.mailbox.send({
              idempotencyKey: idempotencyKeyOf(l.id),
              nationalId: p.nationalId,
              mailboxAddress: l.mailbox_address,
              subject: l.title,
              securityClass: l.security_class,
              notification: notificationText(sender, l.title, l.security_class),
              // PGlite reads bytea as Uint8Array, pg as Buffer.
              pdf: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength),
              sha256: l.checksum,
            });
            outcomes.push({ id: l.id, messageId, attempts: l.attempts });
          } catch (error) {
            const retryable = error instanceof MailboxError ? error.retryable : true;
            outcomes.push({ id: l.id, error: (error as Error).message, retryable, attempts: l.attempts });
          }
        }
      };
      const inFlight = Math.max(1, Math.ceil(s.concurrency / depth));
      await Promise.all(Array.from({ length: Math.min(inFlight, letters.length) }, worker));
      const done = now();
      await db.transaction().execute(async (tx) => {
        const accepted = outcomes.filter((o) => o.messageId);
        if (accepted.length) {
          await sql`
            update letter set state = 'accepted', provider_message_id = v.mid, accepted_at = ${done},
              sent_at = coalesce(sent_at, ${done}), next_attempt_at = null, last_error = null
            from (select * from jsonb_to_recordset(${JSON.stringify(accepted.map((o) => ({ id: o.id, mid: o.messageId })))}::jsonb)
                  as x(id bigint, mid text)) v
            where letter.id = v.id and letter.state = 'sending'`.execute(tx);
          await tx
            .insertInto('letter_receipt')
            .values(
              accepted.map((o) => ({
                letter_id: o.id,
                kind: 'accepted' as const,
                at: done,
                detail: o.messageId ?? null,
              })),
            )
            .execute();
          result.accepted += accepted.length;
        }
        for (const o of outcomes.filter((x) => x.error !== undefined)) {
          if (!o.retryable || o.attempts >= s.maxAttempts) {
            await toPrint(
              tx,
              o.id,
              `digital delivery failed after ${o.attempts} attempt(s): ${o.error}`,
              done,
            );
            result.toPrint++;
          } else {
            await tx
              .updateTable('letter')
              .set({
                state: 'pending',
                last_error: o.error?.slice(0, 500) ?? null,
                next_attempt_at: new Date(done.getTime() + s.backoffMs * 2 ** (o.attempts - 1)),
              })
              .where('id', '=', o.id)
              .where('state', '=', 'sending')
              .execute();
            result.retried++;
          }
        }
      });
    },
  );
  return result;
}

/** A digital letter goes to print instead: still one letter, now on paper. */
async function toPrint(tx: DocumentDb, id: number, reason: string, at: Date) {
  const moved = await tx
    .updateTable('letter')
    .set({
      channel: 'paper',
      state: sql`case when recipient_address is null then 'undeliverable' else 'print' end`,
      fallback_reason: reason.slice(0, 500),
      next_attempt_at: null,
    })
    .where('id', '=', id)
    .where('state', 'in', ['sending', 'pending', 'accepted'])
    .returning('id')
    .executeTakeFirst();
  if (moved)
    await tx
      .insertInto('letter_receipt')
      .values({ letter_id: id, kind: 'fallback', at, detail: reason.slice(0, 500) })
      .execute();
}

/** Reads the provider's receipt feed from where we left off; a receipt read twice is stored once. */
export async function readReceipts(
  db: DocumentDb,
  deps: DeliveryDeps,
): Promise<{ receipts: number; failed: number }> {
  const total = { receipts: 0, failed: 0 };
  const now = deps.now ?? (() => new Date());
  for (;;) {
    const cur = await db
      .selectFrom('letter_receipt_cursor')
      .select('cursor')
      .where('provider', '=', deps.mailbox.name)
      .executeTakeFirst();
    const page = await deps.mailbox.receipts(cur?.cursor ?? null, 1000);
    if (page.receipts.length === 0) return total;
    await db.transaction().execute(async (tx) => {
      const rows = page.receipts.flatMap((r) => {
        const m = /^kassa-letter-(\d+)$/.exec(r.idempotencyKey);
        if (!m) return [];
        const kind =
          r.kind === 'DELIVERED'
            ? ('delivered' as const)
            : r.kind === 'OPENED'
              ? ('opened' as const)
              : ('failed' as const);
        return [
          {
            letter_id: Number(m[1]),
            kind,
            at: new Date(r.at),
            detail: r.detail ?? null,
            provider_receipt_id: `${deps.mailbox.name}:${r.id}`,
          },
        ];
      });
      // Stored once each (a page read again adds nothing); only the new ones move a letter.
      const fresh = rows.length
        ? await tx
            .insertInto('letter_receipt')
            .values(rows)
            .onConflict((oc) => oc.column('provider_receipt_id').doNothing())
            .returning(['letter_id', 'kind', 'detail'])
            .execute()
        : [];
      total.receipts += fresh.length;
      for (const kind of ['delivered', 'opened'] as const) {
        const ids = fresh.filter((r) => r.kind === kind).map((r) => r.letter_id);
        if (ids.length)
          await tx
            .updateTable('letter')
            .set({ state: kind })
            .where('id', 'in', ids)
            .where('state', 'in', kind === 'delivered' ? ['accepted'] : ['accepted', 'delivered'])
            .execute();
      }
      for (const r of fresh.filter((x) => x.kind === 'failed')) {
        await toPrint(tx, r.letter_id, `mailbox provider: ${r.detail ?? 'failed'}`, now());
        total.failed++;
      }
      await tx
        .insertInto('letter_receipt_cursor')
        .values({ provider: deps.mailbox.name, cursor: page.cursor })
        .onConflict((oc) => oc.column('provider').doUpdateSet({ cursor: page.cursor }))
        .execute();
    });
  }
}

/** Accepted letters with no delivery receipt within the set time go to print. */
export async function fallbackOverdue(
  db: DocumentDb,
  deps: Pick<DeliveryDeps, 'settings' | 'now'>,
): Promise<number> {
  const s = { ...DEFAULT_DELIVERY, ...deps.settings };
  const at = (deps.now ?? (() => new Date()))();
  const overdue = await db
    .selectFrom('letter')
    .select('id')
    .where('state', '=', 'accepted')
    .where('accepted_at', '<', new Date(at.getTime() - s.deliveryDeadlineMs))
    .execute();
  await db.transaction().execute(async (tx) => {
    for (const l of overdue) await toPrint(tx, l.id, 'not delivered to the mailbox within the set time', at);
  });
  return overdue.length;
}
