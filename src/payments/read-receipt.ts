/**
 * Reads the bank's status report (ISO 20022 pain.002, customer payment status report) for a bank
 * file Kassa wrote, and marks each of its payments accepted or rejected. A rejected payment is a
 * work-queue item (rejected-payments queue); its net is sent again by the first run after its
 * account has been corrected. Reading the same report again changes nothing.
 */
import { XMLParser } from 'fast-xml-parser';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { writeAudit } from '../platform/audit';
import { AppError, invalidInput } from '../platform/errors';
import type { PlatformTables } from '../platform/tables';

const ACCEPTED = new Set(['ACCP', 'ACSC', 'ACSP', 'ACTC', 'ACWC', 'ACCC']);
const REJECTED = 'RJCT';

const Tx = z.object({
  OrgnlEndToEndId: z.string().min(1).max(35),
  TxSts: z.string().min(4).max(4),
  StsRsnInf: z.unknown().optional(),
});

const Report = z.object({
  Document: z.object({
    CstmrPmtStsRpt: z.object({
      GrpHdr: z.object({ MsgId: z.string().min(1) }),
      OrgnlGrpInfAndSts: z.object({
        OrgnlMsgId: z.string().min(1),
        OrgnlMsgNmId: z.string().startsWith('pain.001'),
        GrpSts: z.string().optional(),
      }),
      OrgnlPmtInfAndSts: z
        .array(z.object({ PmtInfSts: z.string().optional(), TxInfAndSts: z.array(Tx).optional() }))
        .optional(),
    }),
  }),
});

export interface ReceiptResult {
  messageId: string;
  month: string;
  accepted: number;
  rejected: number;
  unchanged: number;
}

/** The reason code (e.g. AC01, incorrect account number) and any text, for the work queue. */
function reasonOf(x: unknown): string | null {
  const first = Array.isArray(x) ? x[0] : x;
  if (!first || typeof first !== 'object') return null;
  const r = first as { Rsn?: { Cd?: unknown; Prtry?: unknown }; AddtlInf?: unknown };
  const code = r.Rsn?.Cd ?? r.Rsn?.Prtry;
  const text = Array.isArray(r.AddtlInf) ? r.AddtlInf.join(' ') : r.AddtlInf;
  return [code, text].filter((v) => v !== undefined && v !== '').join(': ') || null;
}

export function parsePain002(xml: string) {
  const parser = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    isArray: (name) => name === 'OrgnlPmtInfAndSts' || name === 'TxInfAndSts' || name === 'StsRsnInf',
  });
  const parsed = Report.safeParse(parser.parse(xml));
  if (!parsed.success)
    throw invalidInput(
      parsed.error.issues.map((i) => ({
        path: i.path.join('.'),
        message: `not a pain.002 status report: ${i.message}`,
      })),
    );
  return parsed.data.Document.CstmrPmtStsRpt;
}

export async function readReceipt(
  db: Kysely<PlatformTables>,
  xml: string,
  by: string,
): Promise<ReceiptResult> {
  const report = parsePain002(xml);
  const msgId = report.OrgnlGrpInfAndSts.OrgnlMsgId;
  return db.transaction().execute(async (trx) => {
    const run = (
      await sql<{
        id: number;
        month: string;
      }>`select id, to_char(month, 'YYYY-MM') as month from payment_run where msg_id = ${msgId}`.execute(trx)
    ).rows[0];
    if (!run)
      throw new AppError('not_found', [
        { path: 'OrgnlMsgId', message: `no bank file ${msgId} written by Kassa` },
      ]);
    // Per transaction status; a group status without transactions applies to every payment of the file.
    const statuses = new Map<string, { status: 'accepted' | 'rejected'; reason: string | null }>();
    const groupStatus = report.OrgnlGrpInfAndSts.GrpSts;
    for (const pmt of report.OrgnlPmtInfAndSts ?? [])
      for (const tx of pmt.TxInfAndSts ?? []) {
        if (tx.TxSts === REJECTED)
          statuses.set(tx.OrgnlEndToEndId, { status: 'rejected', reason: reasonOf(tx.StsRsnInf) });
        else if (ACCEPTED.has(tx.TxSts))
          statuses.set(tx.OrgnlEndToEndId, { status: 'accepted', reason: null });
      }
    const rest =
      groupStatus === REJECTED ? 'rejected' : groupStatus && ACCEPTED.has(groupStatus) ? 'accepted' : null;
    const payments = (
      await sql<{ person_id: number; end_to_end_id: string; account_number: string }>`
        select person_id, end_to_end_id, account_number from payment where run_id = ${run.id} and net > 0`.execute(
        trx,
      )
    ).rows;
    const known = new Set(payments.map((p) => p.end_to_end_id));
    const unknown = [...statuses.keys()].filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw invalidInput(
        unknown.slice(0, 20).map((id) => ({ path: 'OrgnlEndToEndId', message: `${id} is not in ${msgId}` })),
      );
    const rows = payments.flatMap((p) => {
      const s = statuses.get(p.end_to_end_id) ?? (rest ? { status: rest, reason: null } : undefined);
      return s ? [{ ...p, ...s }] : [];
    });
    const msg = report.GrpHdr.MsgId;
    // A later report may turn an accepted payment into a rejected one (returned by the payee's bank).
    const written = await sql<{ status: string }>`
      insert into payment_receipt (person_id, month, status, reason, account_number, message_id)
      select t.person_id, (select month from payment_run where id = ${run.id}), t.status, t.reason, t.account, ${msg}
      from unnest(${rows.map((r) => r.person_id)}::bigint[], ${rows.map((r) => r.status)}::text[],
        ${rows.map((r) => r.reason)}::text[], ${rows.map((r) => r.account_number)}::text[]) as t(person_id, status, reason, account)
      on conflict (person_id, month) do update set status = excluded.status, reason = excluded.reason,
        message_id = excluded.message_id, received_at = now()
      where payment_receipt.status = 'accepted' and excluded.status = 'rejected'
      returning status`.execute(trx);
    const accepted = written.rows.filter((r) => r.status === 'accepted').length;
    const rejected = written.rows.length - accepted;
    await writeAudit(trx, by, {
      action: 'payment_receipt',
      entity: 'payment_run',
      entityId: run.id,
      details: { message: msg, accepted, rejected },
    });
    return {
      messageId: msg,
      month: run.month,
      accepted,
      rejected,
      unchanged: rows.length - written.rows.length,
    };
  });
}
