/**
 * Demo letters for the training environment (`npm start`): a few letters of every type to the
 * synthetic population, so the member page, the print batches and the volumes show something.
 * The delivery loop then sends them through the built-in stand-ins.
 */
import { sql } from 'kysely';
import type { IsoDate } from '../domain/dates';
import { systemPrincipal } from '../platform/auth/roles';
import type { AppContext } from '../platform/context';
import { registerDb } from '../register/tables';
import { updatePerson } from '../register/update-person';
import { orderLetter } from './order-letter';
import { documentDb } from './tables';

export async function seedLetters(ctx: AppContext): Promise<void> {
  const db = documentDb(ctx.db);
  const { rows: any } = await sql<{ n: number }>`select count(*)::int as n from letter_order`.execute(db);
  if ((any[0]?.n ?? 0) > 0) return;
  const { rows: people } = await sql<{ id: number; death_date: string | null; birth_date: string }>`
    select id, death_date, birth_date from person order by id limit 120`.execute(db);
  // The synthetic population has no postal addresses: give most of these recipients one (through
  // the register, with history), so paper letters reach print; the rest show the undeliverable queue.
  for (const [i, p] of people.entries()) {
    if (i % 4 === 3) continue;
    await updatePerson(registerDb(ctx.db), systemPrincipal('system:demo'), p.id, {
      address: `Demoveien ${i + 1}\n0150 Oslo`,
      validFrom: p.birth_date as IsoDate,
      reason: 'demo: postal address for letters',
    });
  }
  const year = new Date().getFullYear() - 1;
  await db.transaction().execute(async (tx) => {
    for (const [i, p] of people.entries()) {
      const by = 'system:demo';
      if (p.death_date) {
        await orderLetter(tx, by, {
          type: 'recovery',
          personId: p.id,
          data: {
            deceasedName: 'avdøde',
            dateOfDeath: p.death_date,
            paidFrom: p.death_date,
            paidTo: p.death_date,
            amount: 1_250_000,
            dueDate: `${year + 1}-03-01`,
            account: '15030012345',
          },
          idempotencyKey: `demo:recovery:${p.id}`,
          securityClass: 3,
        });
        continue;
      }
      const gross = 18_000_000 + ((p.id * 7919) % 300) * 100_000;
      await orderLetter(tx, by, {
        type: 'annual_statement',
        personId: p.id,
        data: { year, gross, taxWithheld: Math.round(gross * 0.28) },
        idempotencyKey: `annual_statement:${year}:${p.id}`,
        securityClass: 3,
      });
      if (i % 4 === 0)
        await orderLetter(tx, by, {
          type: 'payment_notice',
          personId: p.id,
          data: {
            benefit: 'old_age',
            effectiveFrom: `${year + 1}-05-01`,
            previousMonthly: gross / 12 - ((gross / 12) % 100),
            newMonthly: Math.round(((gross / 12) * 1.04) / 100) * 100,
            reason: 'regulation',
          },
          idempotencyKey: `demo:notice:${p.id}`,
        });
      if (i % 10 === 0)
        await orderLetter(tx, by, {
          type: 'decision',
          personId: p.id,
          caseId: 1000 + i,
          data: {
            outcome: i % 20 === 0 ? 'granted' : 'refused',
            benefit: 'old_age',
            decisionDate: `${year + 1}-01-10`,
            effectiveFrom: `${year + 1}-02-01`,
            monthlyAmount: 1_450_000,
            annualAmount: 17_400_000,
            reasons:
              i % 20 === 0
                ? ['Du har nådd aldersgrensen og har 30 års tjenestetid.']
                : ['Du har ikke nådd aldersgrensen for alderspensjon.'],
            calculation: {
              steps: [
                { text: 'Pensjonsgrunnlag: 580 000 kr' },
                { text: 'Tjenestetid: 30 av 30 år gir full opptjening' },
                { text: 'Alderspensjon: 30 % av pensjonsgrunnlaget = 174 000 kr i året' },
              ],
            },
          },
          idempotencyKey: `demo:decision:${p.id}`,
          securityClass: 4,
        });
    }
  });
}
