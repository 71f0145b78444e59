/**
 * A person's payment history: payments with their lines (per pension and month, back-pay marked),
 * withholding and deductions, the bank's status, held months and recovery claims. The read goes
 * to the access log.
 */
import { type Kysely, sql } from 'kysely';
import { logAccess } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import type { PlatformTables } from '../platform/tables';

export async function personPayments(db: Kysely<PlatformTables>, principal: Principal, personId: number) {
  return db.transaction().execute(async (trx) => {
    const person = (
      await sql<{ id: number; name: string; account_number: string | null; death_date: string | null }>`
        select id, name, account_number, death_date from person where id = ${personId}`.execute(trx)
    ).rows[0];
    if (!person) return undefined;
    await logAccess(trx, principal, { personIds: [personId], purpose: 'payments', what: 'payment history' });
    const payments = (
      await sql<{
        month: string;
        pay_date: string;
        gross: number;
        withholding: number;
        deduction: number;
        reissued: number;
        net: number;
        tax_basis: string;
        account_number: string;
        status: string | null;
        reason: string | null;
      }>`select to_char(p.month, 'YYYY-MM') as month, r.pay_date, p.gross, p.withholding, p.deduction, p.reissued, p.net,
          p.tax_basis, p.account_number, rc.status, rc.reason
        from payment p join payment_run r on r.id = p.run_id
        left join payment_receipt rc on rc.person_id = p.person_id and rc.month = p.month
        where p.person_id = ${personId} order by p.month desc limit 120`.execute(trx)
    ).rows;
    const lines = (
      await sql<{ month: string; pension_id: number; benefit: string; for_month: string; gross: number }>`
        select to_char(l.month, 'YYYY-MM') as month, l.pension_id, pn.benefit, to_char(l.for_month, 'YYYY-MM') as for_month, l.gross
        from payment_line l join pension pn on pn.id = l.pension_id
        where l.pension_id in (select p.id from pension p join membership m on m.id = p.membership_id
                                where m.person_id = ${personId})
          and l.person_id = ${personId}
        order by l.month desc, l.for_month, l.pension_id limit 1000`.execute(trx)
    ).rows;
    const holds = (
      await sql<{
        month: string;
        reason: string;
        gross: number;
      }>`select to_char(month, 'YYYY-MM') as month, reason, gross
        from payment_hold where person_id = ${personId} order by month desc`.execute(trx)
    ).rows;
    const claims = (
      await sql<{
        id: number;
        amount: number;
        gross: number | null;
        withholding: number | null;
        remaining: number;
        status: string;
        first_month: string;
        last_month: string;
      }>`
        select k.id, k.amount, k.gross, k.withholding, k.amount - coalesce((select sum(i.amount) from recovery_instalment i where i.claim_id = k.id), 0) as remaining,
          k.status, to_char(k.first_month, 'YYYY-MM') as first_month, to_char(k.last_month, 'YYYY-MM') as last_month
        from recovery_claim k where k.person_id = ${personId} or k.debtor_person_id = ${personId} order by k.id`.execute(
        trx,
      )
    ).rows;
    return {
      person,
      payments: payments.map((p) => ({ ...p, lines: lines.filter((l) => l.month === p.month) })),
      holds,
      claims,
    };
  });
}
