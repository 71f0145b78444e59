/**
 * The monthly payment run (shared/contracts/payments.md; issue #18): who is paid and how much, tax
 * withholding from the tax card (50 % without one), held payments without an account, exactly
 * once, the balanced accounting entries, the pain.001 bank file and the pain.002 receipt, a late
 * death's recovery claim. Runs on PGlite and on PostgreSQL.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Month } from '../../src/payments/months';
import { paidInYear } from '../../src/payments/paid-in-year';
import type { Payer } from '../../src/payments/payer';
import { readReceipt } from '../../src/payments/read-receipt';
import { runPayments } from '../../src/payments/run-payments';
import { taxCardClient } from '../../src/payments/tax-cards/client';
import { type StandIn, startTaxCardStandIn } from '../../src/payments/tax-cards/stand-in';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { account } from '../support/identifiers';
import { CASES, cardsOf, loadCases, TEST_TABLE } from './payments.population';

const PAYER: Payer = { name: 'Testkommunens pensjonskasse', orgnr: '974760673', account: '15030100007' };
const XSD = path.resolve('test/fixtures/payments/pain.001.001.09-kassa.xsd');
const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint']).status === 0;

describe('the monthly payment run', () => {
  let t: TestDatabase;
  let standIn: StandIn;
  let ids: Record<string, number>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-payfiles-'));
  const pay = (month: string) =>
    runPayments(t.db, month as Month, {
      by: 'test',
      payer: PAYER,
      file: path.join(dir, `${month}.xml`),
      taxCards: taxCardClient(standIn.url),
    });
  const payment = async (key: string, month: string) =>
    (
      await sql<{
        gross: number;
        withholding: number;
        deduction: number;
        net: number;
        tax_basis: string;
        reissued: number;
      }>`
        select gross, withholding, deduction, net, tax_basis, reissued from payment
        where person_id = ${ids[key]} and month = ${`${month}-01`}::date`.execute(t.db.kysely)
    ).rows[0];

  beforeAll(async () => {
    t = await createTestDatabase();
    standIn = await startTaxCardStandIn({ cards: cardsOf(), tables: new Map([['2026/9901', TEST_TABLE]]) });
    ids = await loadCases(t.db);
  });
  afterAll(async () => {
    await standIn.close();
    await t.dispose();
  });

  it('pays January: gross half up to kroner, withholding per card rounded down, 50 % without one', async () => {
    const s = await pay('2026-01');
    // percentage 25 001 − 7 500; table 20 000 − 5 000; no card 10 000 − 5 000;
    // two pensions 15 000 − 3 750; dies (still alive) 10 000 − 2 000.
    expect(await payment('percentage', '2026-01')).toEqual({
      gross: 2500100,
      withholding: 750000,
      deduction: 0,
      net: 1750100,
      tax_basis: 'percentage',
      reissued: 0,
    });
    expect(await payment('table', '2026-01')).toMatchObject({
      gross: 2000000,
      withholding: 500000,
      tax_basis: 'table',
    });
    expect(await payment('noCard', '2026-01')).toMatchObject({
      gross: 1000000,
      withholding: 500000,
      tax_basis: 'default',
    });
    expect(await payment('two', '2026-01')).toMatchObject({
      gross: 1500000,
      withholding: 375000,
      net: 1125000,
    });
    expect(await payment('startsLate', '2026-01')).toBeUndefined();
    expect(await payment('ended', '2026-01')).toBeUndefined();
    expect(await payment('noAccount', '2026-01')).toBeUndefined();
    expect(s).toMatchObject({
      month: '2026-01',
      payments: 5,
      gross: 25001 + 20000 + 10000 + 15000 + 10000,
      withholding: 7500 + 5000 + 5000 + 3750 + 2000,
      net: 80001 - 23250,
      missingAccount: 1,
      backPay: 0,
      alreadyPaid: false,
      defaultTax: 1,
      transactions: 5,
    });
  });

  it('balances its accounting entries: debit pension cost = credit withholding + bank', async () => {
    const rows = (
      await sql<{
        account: string;
        debit: number;
        credit: number;
      }>`select account, debit, credit from payment_entry
        join payment_run r on r.id = run_id where r.month = '2026-01-01' and (debit <> 0 or credit <> 0) order by account`.execute(
        t.db.kysely,
      )
    ).rows;
    expect(rows).toEqual([
      { account: 'bank', debit: 0, credit: 5675100 },
      { account: 'pension_cost', debit: 8000100, credit: 0 },
      { account: 'withholding_payable', debit: 0, credit: 2325000 },
    ]);
  });

  it('pays a month once: a second run changes nothing and leaves the same file', async () => {
    const file = path.join(dir, '2026-01.xml');
    const before = fs.readFileSync(file);
    const count = async () =>
      (
        await sql<{
          n: number;
        }>`select (select count(*) from payment)::int + (select count(*) from payment_line)::int as n`.execute(
          t.db.kysely,
        )
      ).rows[0]?.n;
    const n = await count();
    const again = await pay('2026-01');
    expect(again).toMatchObject({ alreadyPaid: true, payments: 5, net: 56751, missingAccount: 1 });
    expect(await count()).toBe(n);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    // Removed by mistake, the file is written again with the same bytes.
    fs.rmSync(file);
    await pay('2026-01');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('writes a pain.001.001.09 whose header sums its transactions and whose ids carry no identity numbers', async () => {
    const xml = fs.readFileSync(path.join(dir, '2026-01.xml'), 'utf8');
    if (hasXmllint) {
      const r = spawnSync('xmllint', ['--noout', '--schema', XSD, path.join(dir, '2026-01.xml')], {
        encoding: 'utf8',
      });
      expect(r.stderr).toContain('validates');
      expect(r.status).toBe(0);
    } else
      console.warn('xmllint missing (scripts/ensure-tools.mjs installs libxml2-utils): schema check skipped');
    const doc = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      isArray: (n) => n === 'CdtTrfTxInf',
    }).parse(xml).Document.CstmrCdtTrfInitn;
    const txs = doc.PmtInf.CdtTrfTxInf as {
      PmtId: { EndToEndId: string };
      Amt: { InstdAmt: { '#text': string; '@_Ccy': string } };
      Cdtr: { Nm: string };
      CdtrAcct: { Id: { Othr: { Id: string; SchmeNm: { Cd: string } } } };
      RmtInf: { Ustrd: string };
    }[];
    expect(doc.GrpHdr.NbOfTxs).toBe('5');
    expect(doc.GrpHdr.CtrlSum).toBe('56751.00');
    expect(doc.GrpHdr.InitgPty.Id.OrgId.Othr.Id).toBe(PAYER.orgnr);
    expect(doc.PmtInf.ReqdExctnDt.Dt).toBe('2026-01-20');
    expect(doc.PmtInf.DbtrAcct.Id.Othr.Id).toBe(PAYER.account);
    expect(txs.map((x) => x.Amt.InstdAmt['#text']).reduce((a, b) => a + Number(b), 0)).toBe(56751);
    const pct = txs.find((x) => x.Cdtr.Nm === 'Åse Prosent');
    expect(pct).toMatchObject({
      Amt: { InstdAmt: { '#text': '17501.00', '@_Ccy': 'NOK' } },
      CdtrAcct: { Id: { Othr: { Id: CASES[0]?.account, SchmeNm: { Cd: 'BBAN' } } } },
      RmtInf: { Ustrd: 'Pensjon januar 2026' },
    });
    expect(pct?.PmtId.EndToEndId).toBe(`KASSA-202601-${ids.percentage}`);
    // A name with & and < is escaped in the file and reads back as written.
    expect(xml).toContain('<Nm>Gro &amp; &lt;To&gt; Pensjoner</Nm>');
    expect(txs.find((x) => x.Cdtr.Nm === 'Gro & <To> Pensjoner')?.Amt.InstdAmt['#text']).toBe('11250.00');
    for (const c of CASES) expect(xml).not.toContain(c.nid);
  });

  it('refuses to skip a month or to go back', async () => {
    await expect(pay('2026-03')).rejects.toThrow(/pay 2026-02 first/);
    await expect(pay('2025-12')).rejects.toThrow(/already paid/);
  });

  it('pays held months as back-pay once an account is registered; a pension starting on the 2nd from the next month', async () => {
    await sql`update person set account_number = ${account('1503823456')} where id = ${ids.noAccount}`.execute(
      t.db.kysely,
    );
    const s = await pay('2026-02');
    // 5 000 for February and 5 000 held from January, 20 % withheld.
    expect(await payment('noAccount', '2026-02')).toMatchObject({
      gross: 1000000,
      withholding: 200000,
      net: 800000,
    });
    expect(await payment('startsLate', '2026-02')).toMatchObject({ gross: 300000, withholding: 30000 });
    expect(s).toMatchObject({ missingAccount: 0, backPay: 5000, payments: 7 });
  });

  it('a rejected payment goes to the queue and is sent again only after its account is corrected', async () => {
    const file = fs.readFileSync(path.join(dir, '2026-02.xml'), 'utf8');
    const msgId = /<MsgId>([^<]+)<\/MsgId>/.exec(file)?.[1];
    const e2e = `KASSA-202602-${ids.table}`;
    const receipt = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
<GrpHdr><MsgId>BANK-1</MsgId><CreDtTm>2026-02-20T06:00:00Z</CreDtTm></GrpHdr>
<OrgnlGrpInfAndSts><OrgnlMsgId>${msgId}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
<OrgnlPmtInfAndSts><OrgnlPmtInfId>${msgId}-1</OrgnlPmtInfId>
<TxInfAndSts><OrgnlEndToEndId>${e2e}</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>AC04</Cd></Rsn><AddtlInf>Closed account</AddtlInf></StsRsnInf></TxInfAndSts>
<TxInfAndSts><OrgnlEndToEndId>KASSA-202602-${ids.percentage}</OrgnlEndToEndId><TxSts>ACSC</TxSts></TxInfAndSts>
</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>`;
    expect(await readReceipt(t.db.kysely, receipt, 'test')).toMatchObject({ accepted: 1, rejected: 1 });
    expect(await readReceipt(t.db.kysely, receipt, 'test')).toMatchObject({
      accepted: 0,
      rejected: 0,
      unchanged: 2,
    });
    const queue = await sql<{
      reason: string;
    }>`select reason from payment_receipt where status = 'rejected' and resolved_run_id is null`.execute(
      t.db.kysely,
    );
    expect(queue.rows).toEqual([{ reason: 'AC04: Closed account' }]);

    // March: the account is unchanged, so the person is held, rejected net included.
    const march = await pay('2026-03');
    expect(await payment('table', '2026-03')).toBeUndefined();
    expect(march.missingAccount).toBe(1);
    await sql`update person set account_number = ${account('1503923456')} where id = ${ids.table}`.execute(
      t.db.kysely,
    );
    await pay('2026-04');
    // April pays April and March (held), and sends February's 15 000 net again.
    expect(await payment('table', '2026-04')).toMatchObject({ gross: 4000000, reissued: 1500000 });
    const open = await sql<{
      n: number;
    }>`select count(*)::int as n from payment_receipt where status = 'rejected' and resolved_run_id is null`.execute(
      t.db.kysely,
    );
    expect(open.rows[0]?.n).toBe(0);
  });

  it('a death reported late: no payment after the month of death, a recovery claim and a letter to the estate', async () => {
    await sql`update person set death_date = '2026-02-15' where id = ${ids.dies}`.execute(t.db.kysely);
    const may = await pay('2026-05');
    expect(await payment('dies', '2026-05')).toBeUndefined();
    const claim = (
      await sql<{
        amount: number;
        gross: number;
        withholding: number;
        first_month: string;
        last_month: string;
      }>`select amount, gross, withholding, first_month, last_month
        from recovery_claim where person_id = ${ids.dies}`.execute(t.db.kysely)
    ).rows;
    // March and April were paid after the death in February: 10 000 gross, 2 000 withheld (20 %
    // card), 8 000 net each. The estate is asked for the net it received; the 4 000 withheld is
    // tax to correct, not part of the claim.
    expect(claim).toEqual([
      {
        amount: 1600000,
        gross: 2000000,
        withholding: 400000,
        first_month: '2026-03-01',
        last_month: '2026-04-01',
      },
    ]);
    // May's accounts reverse it: pension cost credited by the gross, the estate owes the net, and
    // the withholding payable is reduced by the tax to correct. They still balance.
    const entries = (
      await sql<{
        account: string;
        debit: number;
        credit: number;
      }>`select account, debit, credit from payment_entry
        where run_id = ${may.runId} and account in ('pension_cost', 'withholding_payable', 'recovery_receivable')
        order by account`.execute(t.db.kysely)
    ).rows;
    expect(entries.find((e) => e.account === 'recovery_receivable')).toMatchObject({ debit: 1600000 });
    expect(entries.find((e) => e.account === 'withholding_payable')).toMatchObject({ debit: 400000 });
    expect(entries.find((e) => e.account === 'pension_cost')).toMatchObject({ credit: 2000000 });
    const sums = (
      await sql<{
        debit: number;
        credit: number;
      }>`select sum(debit)::bigint as debit, sum(credit)::bigint as credit
        from payment_entry where run_id = ${may.runId}`.execute(t.db.kysely)
    ).rows[0];
    expect(Number(sums?.debit)).toBe(Number(sums?.credit));
    const letters = await sql<{
      type: string;
    }>`select type from letter_order where person_id = ${ids.dies}`.execute(t.db.kysely);
    expect(letters.rows).toEqual([{ type: 'recovery' }]);
    expect(may.alreadyPaid).toBe(false);
  });

  it("gives the annual statement what each person was paid in the year's months", async () => {
    const rows = [];
    for await (const chunk of paidInYear(t.db.kysely, 2026, 2)) rows.push(...chunk);
    expect(rows.map((r) => r.personId)).toEqual([...rows.map((r) => r.personId)].sort((a, b) => a - b));
    // January to May at 25 001 kr gross and 7 500 kr withheld a month.
    expect(rows.find((r) => r.personId === ids.percentage)).toEqual({
      personId: ids.percentage,
      gross: 5 * 2500100,
      taxWithheld: 5 * 750000,
    });
    // January to April were paid before the death was known; March and April are taken back by the
    // recovery claim, so the statement counts January and February: 10 000 gross, 2 000 withheld each.
    expect(rows.find((r) => r.personId === ids.dies)).toEqual({
      personId: ids.dies,
      gross: 2 * 1000000,
      taxWithheld: 2 * 200000,
    });
    const none = [];
    for await (const chunk of paidInYear(t.db.kysely, 2025)) none.push(...chunk);
    expect(none).toEqual([]);
  });
});
