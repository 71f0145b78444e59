// Letters and digital mail (issue #19, shared/contracts/letters.md): every letter reaches its
// reader once — digitally where the contact register says they can, else on paper — with
// receipts, fall-back to print, a daily print batch and an immutable archive.
import { Writable } from 'node:stream';
import { strFromU8, unzipSync } from 'fflate';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { givenTotals } from '../../src/documents/annual-statement';
import { httpContactRegister } from '../../src/documents/channel/contact-register';
import { httpMailbox } from '../../src/documents/channel/mailbox';
import {
  type Standin,
  standinAnswer,
  startContactRegisterStandin,
} from '../../src/documents/channel/standin-contact-register';
import {
  type MailboxStandin,
  StandinMode,
  startMailboxStandin,
} from '../../src/documents/channel/standin-mailbox';
import {
  chooseChannels,
  type DeliveryDeps,
  deliverPending,
  fallbackOverdue,
  readReceipts,
} from '../../src/documents/deliver-letters';
import { orderLetter } from '../../src/documents/order-letter';
import { buildPrintBatch, writePrintBatchZip } from '../../src/documents/print-batch';
import { renderOrders } from '../../src/documents/render-orders';
import { resendLetter } from '../../src/documents/resend-letter';
import { sendAnnualStatements } from '../../src/documents/send-letters';
import { type DocumentDb, documentDb } from '../../src/documents/tables';
import { letterVolumes } from '../../src/documents/volumes';
import type { IsoDate } from '../../src/domain/dates';
import type { Ore } from '../../src/domain/money';
import { systemPrincipal } from '../../src/platform/auth/roles';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { addPersons, type TestPerson } from './letters-support';

let t: TestDatabase;
let db: DocumentDb;
let krr: Standin;
let mailbox: MailboxStandin;
let persons: TestPerson[];
let clock = new Date('2026-01-15T08:00:00Z');
const TODAY = '2026-01-15' as IsoDate;

function deps(settings: DeliveryDeps['settings'] = {}): DeliveryDeps {
  return {
    contactRegister: httpContactRegister(krr.url),
    mailbox: httpMailbox(mailbox.url),
    settings: { backoffMs: 60_000, maxAttempts: 3, deliveryDeadlineMs: 3600_000, ...settings },
    now: () => clock,
  };
}

const expected = (p: TestPerson) => {
  const a = standinAnswer(p.nationalId);
  return a.status === 'AKTIV' && a.reservasjon === 'NEI' && a.digitalpost ? 'digital' : 'paper';
};

beforeAll(async () => {
  t = await createTestDatabase();
  db = documentDb(t.db);
  krr = await startContactRegisterStandin();
  persons = await addPersons(t.db, 40, { withoutAddress: 0 });
});
afterAll(async () => {
  await krr.close();
  await t.dispose();
});
beforeEach(async () => {
  await mailbox?.close();
  mailbox = await startMailboxStandin();
  clock = new Date('2026-01-15T08:00:00Z');
});

async function stateOf(orderKey: string) {
  return db
    .selectFrom('letter')
    .innerJoin('letter_order', 'letter_order.id', 'letter.order_id')
    .select([
      'letter.id',
      'letter.state',
      'letter.channel',
      'letter.attempts',
      'letter.next_attempt_at',
      'letter.fallback_reason',
      'letter.sent_at',
    ])
    .where('letter_order.idempotency_key', '=', orderKey)
    .executeTakeFirstOrThrow();
}

describe('annual statement to everyone paid in the year', () => {
  it('sends each person exactly one letter, by the channel the contact register allows; a rerun sends nothing new', async () => {
    const totals = persons
      .slice(0, 30)
      .map((p, i) => ({ personId: p.id, gross: (30_000_000 + i) as Ore, taxWithheld: 9_000_000 as Ore }));
    const first = await sendAnnualStatements(db, deps(), {
      year: 2025,
      source: givenTotals(totals, 7),
      today: TODAY,
      by: 'test',
    });
    const digitalExpected = persons.slice(0, 30).filter((p) => expected(p) === 'digital').length;
    expect(digitalExpected).toBeGreaterThan(10);
    expect(digitalExpected).toBeLessThan(30);
    expect(first).toEqual({
      letters: 30,
      digital: digitalExpected,
      paper: 30 - digitalExpected,
      failed: 0,
      alreadySent: 0,
    });
    // The provider holds one message per digital letter, each under its own key.
    expect(mailbox.messages.size).toBe(digitalExpected);
    for (const m of mailbox.messages.values()) expect(m.posts).toBe(1);
    // Never both, never neither.
    const letters = await db
      .selectFrom('letter')
      .select(['person_id', 'channel', 'state', 'print_batch_id'])
      .where('type', '=', 'annual_statement')
      .execute();
    expect(letters).toHaveLength(30);
    for (const l of letters) {
      const p = persons.find((x) => x.id === l.person_id);
      expect(l.channel).toBe(p && expected(p));
      if (l.channel === 'digital') expect(['accepted', 'delivered']).toContain(l.state);
      else expect([l.state, l.print_batch_id !== null]).toEqual(['printed', true]);
    }
    const again = await sendAnnualStatements(db, deps(), {
      year: 2025,
      source: givenTotals(totals),
      today: TODAY,
      by: 'test',
    });
    expect(again).toEqual({ letters: 30, digital: 0, paper: 0, failed: 0, alreadySent: 30 });
    expect(mailbox.messages.size).toBe(digitalExpected);
    for (const m of mailbox.messages.values()) expect(m.posts).toBe(1);

    const volumes = await letterVolumes(db, 2026);
    expect(volumes.byType.annual_statement).toEqual({
      digital: digitalExpected,
      paper: 30 - digitalExpected,
    });
    expect(volumes.total).toEqual({ digital: digitalExpected, paper: 30 - digitalExpected });
  });
});

async function orderFree(personId: number, key: string, securityClass = 2) {
  await db.transaction().execute((tx) =>
    orderLetter(tx, 'test', {
      type: 'free',
      personId,
      data: { title: 'Om pensjonen din', body: 'Hei.\n\nVi skriver om helsa di.' },
      idempotencyKey: key,
      securityClass,
    }),
  );
  await renderOrders(db, { date: TODAY });
  await chooseChannels(db, deps());
}

const digitalPerson = () => {
  const p = persons.slice(30).find((x) => expected(x) === 'digital');
  if (!p) throw new Error('no digital person among the test persons');
  return p;
};

describe('delivery', () => {
  it('a member who chose paper gets paper even with an active mailbox', async () => {
    const p = digitalPerson();
    await db
      .insertInto('letter_preference')
      .values({ person_id: p.id, paper: true, recorded_by: 'test' })
      .execute();
    await orderFree(p.id, 'free:pref');
    expect(await stateOf('free:pref')).toMatchObject({
      channel: 'paper',
      state: 'print',
      fallback_reason: 'own_choice',
    });
    await db.deleteFrom('letter_preference').where('person_id', '=', p.id).execute();
  });

  it('retries with back-off while the provider is down, then falls back to print, once', async () => {
    mailbox.mode = StandinMode.parse({ down: true });
    await orderFree(digitalPerson().id, 'free:down');
    await deliverPending(db, deps());
    let s = await stateOf('free:down');
    expect(s).toMatchObject({ state: 'pending', channel: 'digital', attempts: 1 });
    expect(s.next_attempt_at?.getTime()).toBe(clock.getTime() + 60_000);
    await deliverPending(db, deps()); // not due yet
    expect((await stateOf('free:down')).attempts).toBe(1);
    clock = new Date(clock.getTime() + 60_000);
    await deliverPending(db, deps());
    s = await stateOf('free:down');
    expect(s.next_attempt_at?.getTime()).toBe(clock.getTime() + 120_000); // doubled
    clock = new Date(clock.getTime() + 120_000);
    await deliverPending(db, deps());
    s = await stateOf('free:down');
    expect(s).toMatchObject({ state: 'print', channel: 'paper', attempts: 3 });
    expect(s.fallback_reason).toMatch(/after 3 attempt/);
    const receipts = await db
      .selectFrom('letter_receipt')
      .select('kind')
      .where('letter_id', '=', s.id)
      .execute();
    expect(receipts.map((r) => r.kind)).toEqual(['fallback']);
    expect(mailbox.messages.size).toBe(0);
  });

  it('a FAILED receipt moves the letter to print; a receipt read twice counts once', async () => {
    const p = digitalPerson();
    mailbox.mode = StandinMode.parse({ failRecipients: [p.nationalId] });
    await orderFree(p.id, 'free:failed');
    await deliverPending(db, deps());
    expect((await stateOf('free:failed')).state).toBe('accepted');
    expect(await readReceipts(db, deps())).toEqual({ receipts: 1, failed: 1 });
    await db.deleteFrom('letter_receipt_cursor').execute(); // read the feed again from the start
    expect(await readReceipts(db, deps())).toEqual({ receipts: 0, failed: 0 });
    expect(await stateOf('free:failed')).toMatchObject({ state: 'print', channel: 'paper' });
  });

  it('a letter without a delivery receipt within the set time falls back to print', async () => {
    mailbox.mode = StandinMode.parse({ noReceipts: true });
    await orderFree(digitalPerson().id, 'free:silent');
    await deliverPending(db, deps());
    await readReceipts(db, deps());
    expect(await fallbackOverdue(db, deps())).toBe(0);
    clock = new Date(clock.getTime() + 3600_001);
    expect(await fallbackOverdue(db, deps())).toBe(1);
    expect(await stateOf('free:silent')).toMatchObject({ state: 'print', channel: 'paper' });
  });

  it('for the highest security class the notification says nothing about the content', async () => {
    await orderFree(digitalPerson().id, 'free:secret', 4);
    await orderFree(persons.slice(30).filter((x) => expected(x) === 'digital')[1]?.id ?? 0, 'free:open', 2);
    await deliverPending(db, deps());
    const notes = [...mailbox.messages.values()].map((m) => [m.securityClass, m.notification] as const);
    const secret = notes.find(([c]) => c === 4);
    const open = notes.find(([c]) => c === 2);
    expect(secret?.[1]).not.toContain('Om pensjonen din');
    expect(secret?.[1]).toContain('Kommunal pensjonskasse');
    expect(open?.[1]).toContain('Om pensjonen din');
  });
});

describe('print batch and archive', () => {
  it('builds one batch a day: the same batch again, the same ZIP, no letter in two batches', async () => {
    const a = await buildPrintBatch(db, '2026-01-16' as IsoDate, 'test');
    expect(a?.created).toBe(true);
    const b = await buildPrintBatch(db, '2026-01-16' as IsoDate, 'test');
    expect(b).toEqual({ ...a, created: false });
    const zips: Buffer[] = [];
    for (let i = 0; i < 2; i++) {
      const parts: Buffer[] = [];
      await writePrintBatchZip(
        db,
        a?.id as number,
        new Writable({
          write: (c, _e, cb) => {
            parts.push(Buffer.from(c));
            cb();
          },
        }),
      );
      zips.push(Buffer.concat(parts));
    }
    expect(zips[1]?.equals(zips[0] as Buffer)).toBe(true);
    const files = unzipSync(new Uint8Array(zips[0] as Buffer));
    const manifest = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array));
    expect(manifest.letters).toHaveLength(a?.letters ?? -1);
    for (const e of manifest.letters)
      expect(strFromU8((files[e.file] as Uint8Array).subarray(0, 5))).toBe('%PDF-');
    const inBatches = await sql<{
      n: number;
    }>`select count(*)::int as n from letter where print_batch_id is not null`.execute(db);
    const printed = await sql<{
      n: number;
    }>`select count(*)::int as n from letter where state = 'printed'`.execute(db);
    expect(inBatches.rows[0]?.n).toBe(printed.rows[0]?.n);
  });

  it('refuses to change or delete a sent letter', async () => {
    const sent = await db
      .selectFrom('letter')
      .select('id')
      .where('sent_at', 'is not', null)
      .executeTakeFirstOrThrow();
    await expect(
      db
        .updateTable('letter')
        .set({ pdf: Buffer.from('%PDF-forged') })
        .where('id', '=', sent.id)
        .execute(),
    ).rejects.toThrow(/cannot change/);
    await expect(
      db.updateTable('letter').set({ recipient_name: 'Someone else' }).where('id', '=', sent.id).execute(),
    ).rejects.toThrow(/cannot change/);
    await expect(db.deleteFrom('letter').where('id', '=', sent.id).execute()).rejects.toThrow(
      /cannot be deleted/,
    );
    // Delivery state may still move (a receipt arrives).
    await db.updateTable('letter').set({ last_error: null }).where('id', '=', sent.id).execute();
  });

  it('an order whose data cannot make a letter is rejected with the reason and does not block the queue', async () => {
    await db.transaction().execute((tx) =>
      orderLetter(tx, 'test', {
        type: 'payment_notice',
        personId: persons[0]?.id as number,
        data: { effectiveFrom: 'soon' },
        idempotencyKey: 'bad:1',
      }),
    );
    expect(await renderOrders(db, { date: TODAY })).toEqual({ rendered: 0, rejected: 1 });
    const o = await db
      .selectFrom('letter_order')
      .select(['status', 'error'])
      .where('idempotency_key', '=', 'bad:1')
      .executeTakeFirstOrThrow();
    expect(o.status).toBe('rejected');
    expect(o.error).toMatch(/effectiveFrom|previousMonthly/);
  });
});

describe('the undeliverable queue', () => {
  it('a corrected undeliverable letter is resent once, as a new letter with the new address, audited', async () => {
    const p = digitalPerson();
    const handler = systemPrincipal('saksbehandler');
    await db
      .insertInto('letter_preference')
      .values({ person_id: p.id, paper: true, recorded_by: 'test' })
      .execute();
    await sql`update person set address = null, recorded_by = 'test' where id = ${p.id}`.execute(db);
    await orderFree(p.id, 'free:no-address');
    const old = await stateOf('free:no-address');
    expect(old).toMatchObject({ state: 'undeliverable', channel: 'paper' });
    const audits = () =>
      db
        .selectFrom('audit_log')
        .select(['actor', 'reason', 'details'])
        .where('action', '=', 'letter.resend')
        .where('entity_id', '=', String(old.id))
        .execute();
    const resendOrders = () =>
      db.selectFrom('letter_order').select('id').where('idempotency_key', '=', `resend:${old.id}`).execute();

    // Nothing corrected yet (paper by own choice, still no address): refused, nothing written.
    await expect(resendLetter(db, handler, old.id)).rejects.toMatchObject({ code: 'conflict' });
    expect((await stateOf('free:no-address')).state).toBe('undeliverable');
    expect(await resendOrders()).toEqual([]);
    expect(await audits()).toEqual([]);

    await sql`update person set address = ${'Nygata 5\n0151 Oslo'}, recorded_by = 'test' where id = ${p.id}`.execute(
      db,
    );
    const sent = await resendLetter(db, handler, old.id, 'address corrected from the tax register');
    expect(sent.letterId).toBe(old.id);
    // Once: a second resend (a double click, another handler) orders nothing more.
    await expect(resendLetter(db, handler, old.id)).rejects.toMatchObject({ code: 'conflict' });
    expect((await resendOrders()).map((o) => Number(o.id))).toEqual([sent.orderId]);
    const a = await audits();
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ actor: 'saksbehandler', reason: 'address corrected from the tax register' });

    // The archived letter is untouched and points at its replacement.
    const archived = await db
      .selectFrom('letter')
      .select(['state', 'resent_as', 'recipient_address', 'sent_at'])
      .where('id', '=', old.id)
      .executeTakeFirstOrThrow();
    expect(archived).toEqual({
      state: 'resent',
      resent_as: sent.orderId,
      recipient_address: null,
      sent_at: null,
    });
    const receipts = await db
      .selectFrom('letter_receipt')
      .select(['kind', 'detail'])
      .where('letter_id', '=', old.id)
      .execute();
    expect(receipts).toEqual([{ kind: 'resent', detail: `order ${sent.orderId}` }]);

    // The next round renders the new letter with the corrected address and sends it on paper.
    await renderOrders(db, { date: TODAY });
    await chooseChannels(db, deps());
    const renewed = await db
      .selectFrom('letter')
      .select(['id', 'state', 'channel', 'recipient_address', 'type'])
      .where('order_id', '=', sent.orderId)
      .executeTakeFirstOrThrow();
    expect(renewed).toMatchObject({
      state: 'print',
      channel: 'paper',
      recipient_address: 'Nygata 5\n0151 Oslo',
      type: 'free',
    });
    expect(renewed.id).not.toBe(old.id);
    await db.deleteFrom('letter_preference').where('person_id', '=', p.id).execute();
  });
});
