/**
 * The yearly regulation (payments.md; issue #18 item 6): pensions in payment by the published
 * factor, disability and survivor pensions by the G factor, half up to whole kroner, as new dated
 * periods; a dry run writes nothing; run twice changes nothing; months already paid get the
 * difference as back-pay in the next run. Runs on PGlite and on PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain/dates';
import type { Month } from '../../src/payments/months';
import { regulatePensions } from '../../src/payments/regulate-pensions';
import { runPayments } from '../../src/payments/run-payments';
import { taxCardClient } from '../../src/payments/tax-cards/client';
import { type StandIn, startTaxCardStandIn } from '../../src/payments/tax-cards/stand-in';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { cardsOf, loadCases, TEST_TABLE } from './payments.population';

/** a × num / den rounded half up, exactly. */
const halfUp = (a: number, num: number, den: number) =>
  Number((2n * BigInt(a) * BigInt(num) + BigInt(den)) / (2n * BigInt(den)));
const monthly = (annual: number) => Math.floor((annual * 100 + 600) / 1200);

describe('regulation of pensions in payment', () => {
  let t: TestDatabase;
  let standIn: StandIn;
  let ids: Record<string, number>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-reg-'));
  const pay = (month: string) =>
    runPayments(t.db, month as Month, {
      by: 'test',
      payer: { name: 'Kasse', orgnr: '974760673', account: '15030100007' },
      file: path.join(dir, `${month}.xml`),
      taxCards: taxCardClient(standIn.url),
    });
  const regulate = (dryRun = false) =>
    regulatePensions(t.db.kysely, {
      from: '2026-05-01' as IsoDate,
      g: 136549,
      pensionFactor: '1.0443',
      dryRun,
      by: 'test',
    });
  const count = async () =>
    (await sql<{ n: number }>`select count(*)::int as n from pension_amount`.execute(t.db.kysely)).rows[0]?.n;

  beforeAll(async () => {
    t = await createTestDatabase();
    standIn = await startTaxCardStandIn({ cards: cardsOf(), tables: new Map([['2026/9901', TEST_TABLE]]) });
    ids = await loadCases(t.db);
    await pay('2026-04');
    await pay('2026-05');
  });
  afterAll(async () => {
    await standIn.close();
    await t.dispose();
  });

  it('a dry run shows the totals and the largest changes per benefit and writes nothing', async () => {
    const s = await regulate(true);
    expect(s.dryRun).toBe(true);
    expect(s.gBefore).toBe(130160);
    expect(s.benefits?.old_age?.largest[0]).toMatchObject({
      personId: ids.percentage,
      before: 300006,
      after: 313296,
    });
    expect(s.benefits?.disability).toMatchObject({
      pensions: 1,
      before: 120001,
      after: halfUp(120001, 136549, 130160),
    });
    expect(await count()).toBe(0);
    const g = await sql<{ n: number }>`select count(*)::int as n from g_value`.execute(t.db.kysely);
    expect(g.rows[0]?.n).toBe(0);
  });

  it('regulates old-age and AFP by the factor, disability and spouse by G, each half up to the krone', async () => {
    const s = await regulate();
    // Running on 1 May 2026: percentage, table, noCard, noAccount, startsLate (AFP from January),
    // two (old-age and spouse), dies; not the one ended in 2025.
    expect(s).toMatchObject({ from: '2026-05-01', g: 136549, pensions: 8, alreadyRegulated: false });
    const amounts = (
      await sql<{
        pension_id: number;
        person_id: number;
        benefit: string;
        annual_amount: number;
        before_amount: number;
      }>`
        select a.pension_id, m.person_id, p.benefit, a.annual_amount, a.before_amount from pension_amount a
        join pension p on p.id = a.pension_id join membership m on m.id = p.membership_id`.execute(
        t.db.kysely,
      )
    ).rows;
    const of = (key: string, benefit: string) =>
      amounts.find((a) => a.person_id === ids[key] && a.benefit === benefit)?.annual_amount;
    expect(of('percentage', 'old_age')).toBe(31329600); // 300 006 × 1.0443 = 313 296.27
    expect(of('startsLate', 'afp_62_65')).toBe(3759500); // 36 000 × 1.0443 = 37 594.80
    expect(of('noCard', 'disability')).toBe(halfUp(120001, 136549, 130160) * 100);
    expect(of('two', 'spouse')).toBe(halfUp(36000, 136549, 130160) * 100);
    expect(s.before).toBe(300006 + 240000 + 120001 + 60000 + 36000 + 144000 + 36000 + 120000);
  });

  it('run twice, the second changes nothing', async () => {
    const n = await count();
    const again = await regulate();
    expect(again).toMatchObject({ alreadyRegulated: true, pensions: 8 });
    expect(await count()).toBe(n);
    await expect(
      regulatePensions(t.db.kysely, {
        from: '2026-05-01' as IsoDate,
        g: 137000,
        pensionFactor: '1.0443',
        by: 'test',
      }),
    ).rejects.toThrow(/not redone/);
  });

  it('the next run pays June at the new amount and May’s difference as back-pay', async () => {
    const june = await pay('2026-06');
    const line = async (key: string, forMonth: string) =>
      (
        await sql<{ gross: number }>`select sum(gross)::bigint as gross from payment_line
          where person_id = ${ids[key]} and month = '2026-06-01' and for_month = ${forMonth}::date`.execute(
          t.db.kysely,
        )
      ).rows[0]?.gross;
    expect(await line('percentage', '2026-06-01')).toBe(monthly(313296) * 100);
    expect(await line('percentage', '2026-05-01')).toBe((monthly(313296) - monthly(300006)) * 100);
    const expectedBack = [
      [300006, 313296],
      [240000, halfUp(240000, 10443, 10000)],
      [120001, halfUp(120001, 136549, 130160)],
      [36000, halfUp(36000, 10443, 10000)],
      [144000, halfUp(144000, 10443, 10000)],
      [36000, halfUp(36000, 136549, 130160)],
      [120000, halfUp(120000, 10443, 10000)],
    ].reduce((sum, [b, a]) => sum + monthly(a as number) - monthly(b as number), 0);
    // noAccount has no account: held in May and June, so no back-pay line for it yet.
    expect(june.backPay).toBe(expectedBack);
  });
});
