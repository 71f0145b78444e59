/**
 * Payments demo data (training only, once): the last three months paid, a regulation from the
 * latest 1 May with the built-in G (back-pay for months already paid), one payment the bank
 * rejected, and a death reported late that became a recovery claim with a letter to the estate.
 * Plus a payments officer to sign in as (`utbetaling`, password `demo`).
 */
import path from 'node:path';
import { sql } from 'kysely';
import type { IsoDate } from '../domain/dates';
import type { AppContext } from '../http/context';
import { systemPrincipal } from '../platform/auth/roles';
import { createUser } from '../platform/auth/users';
import { todayInOslo } from '../register/today';
import { gInForce } from './g-values';
import { addMonths, type Month, monthOf } from './months';
import { payerFromEnv } from './payer';
import { readReceipt } from './read-receipt';
import { regulatePensions } from './regulate-pensions';
import { runPayments } from './run-payments';
import { taxCardClient } from './tax-cards/client';
import { startTaxCardStandIn } from './tax-cards/stand-in';

const BY = 'system:demo';

export async function seedPayments(ctx: AppContext): Promise<void> {
  if (ctx.config.env !== 'training') return;
  const db = ctx.db.kysely;
  const runs = await sql<{ n: number }>`select count(*)::int as n from payment_run`.execute(db);
  if ((runs.rows[0]?.n ?? 0) > 0) return;
  const users = await sql<{
    n: number;
  }>`select count(*)::int as n from app_user where username = 'utbetaling'`.execute(db);
  if ((users.rows[0]?.n ?? 0) === 0)
    await createUser(ctx.db, systemPrincipal(BY), {
      username: 'utbetaling',
      displayName: 'Una Utbetaling',
      grants: [{ role: 'payments_officer', orgnr: null }],
      password: 'demo',
    });
  process.stdout.write('Paying the demo population for the last three months…\n');
  const today = todayInOslo();
  const current = monthOf(today);
  const months = [3, 2, 1].map((n) => addMonths(current, -n));
  const standIn = await startTaxCardStandIn();
  const payer = payerFromEnv();
  const pay = (month: Month) =>
    runPayments(ctx.db, month, {
      by: BY,
      payer,
      file: path.join(ctx.config.dataDir, 'payments', `${month}.xml`),
      taxCards: taxCardClient(standIn.url),
    });
  try {
    const first = await pay(months[0] as Month);
    // A regulation from the latest 1 May with the built-in G (recording the table's value is fine).
    const may =
      `${today.slice(0, 4)}-05-01` <= today
        ? `${today.slice(0, 4)}-05-01`
        : `${Number(today.slice(0, 4)) - 1}-05-01`;
    const g = gInForce([], may);
    if (g) await regulatePensions(db, { from: may as IsoDate, g: g.g, pensionFactor: '1.0443', by: BY });
    // The bank rejects one payment of the first month (a closed account).
    const rejected = (
      await sql<{
        end_to_end_id: string;
      }>`select end_to_end_id from payment where run_id = ${first.runId} and net > 0
        order by person_id limit 1`.execute(db)
    ).rows[0];
    const msg = (
      await sql<{ msg_id: string }>`select msg_id from payment_run where id = ${first.runId}`.execute(db)
    ).rows[0];
    if (rejected && msg)
      await readReceipt(
        db,
        `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
<GrpHdr><MsgId>DEMOBANK-1</MsgId><CreDtTm>${months[0]}-20T06:00:00Z</CreDtTm></GrpHdr>
<OrgnlGrpInfAndSts><OrgnlMsgId>${msg.msg_id}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
<OrgnlPmtInfAndSts><TxInfAndSts><OrgnlEndToEndId>${rejected.end_to_end_id}</OrgnlEndToEndId><TxSts>RJCT</TxSts>
<StsRsnInf><Rsn><Cd>AC04</Cd></Rsn><AddtlInf>Kontoen er avsluttet</AddtlInf></StsRsnInf></TxInfAndSts></OrgnlPmtInfAndSts>
</CstmrPmtStsRpt></Document>`,
        BY,
      );
    await pay(months[1] as Month);
    // A death in the first month, reported only now: the month after it becomes a recovery claim.
    const dies = (
      await sql<{ person_id: number }>`select p.person_id from payment p join person pe on pe.id = p.person_id
        where p.month = ${`${months[1]}-01`}::date and p.net > 0 and pe.death_date is null
          and p.end_to_end_id <> ${rejected?.end_to_end_id ?? ''}
        order by p.person_id desc limit 1`.execute(db)
    ).rows[0];
    if (dies)
      await sql`update person set death_date = ${`${months[0]}-15`}::date, recorded_by = ${BY} where id = ${dies.person_id}`.execute(
        db,
      );
    await pay(months[2] as Month);
  } finally {
    await standIn.close();
  }
}
