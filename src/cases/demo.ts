/**
 * Demo cases for `npm start` (training only): the demo users for each case role
 * (`kundebehandler` receives, `saksbehandler` handles, `attestant` approves, `leder` follows the
 * figures), open cases in every stage and decided ones from the last months with time and errors
 * registered, all made through the same use cases as real work — so a newcomer can walk a case
 * through in the browser. Runs once: nothing happens when cases exist.
 */
import { sql } from 'kysely';
import type { IsoDate } from '../domain/dates';
import type { AppContext } from '../http/context';
import { type Principal, type RoleGrant, systemPrincipal } from '../platform/auth/roles';
import { createUser, loadPrincipal } from '../platform/auth/users';
import { advanceCase } from './advance-case';
import { approveDecision } from './approve-decision';
import { calculateCase } from './calculate-case';
import { createCase } from './create-case';
import { draftDecision } from './draft-decision';
import { holdCase } from './hold-case';
import { recordConditions } from './record-conditions';
import { registerTime } from './register-time';
import { reopenCase } from './reopen-case';
import { prepareServiceHistory } from './service-history';
import { addDays } from './settings';
import { type CaseStatus, type CasesDb, casesDb, type ErrorCategory } from './tables';
import { takeCase } from './take-case';
import { withdrawCase } from './withdraw-case';

export const CASE_DEMO_USERS: { username: string; displayName: string; grants: RoleGrant[] }[] = [
  {
    username: 'kundebehandler',
    displayName: 'Kari Kundebehandler',
    grants: [{ role: 'customer_handler', orgnr: null }],
  },
  { username: 'attestant', displayName: 'Anders Attestant', grants: [{ role: 'approver', orgnr: null }] },
];

const DAY = 86_400_000;

async function userByName(
  ctx: AppContext,
  username: string,
  make?: (typeof CASE_DEMO_USERS)[number],
  password?: string,
) {
  const row = await ctx.db.kysely
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  const id =
    row?.id ??
    (make
      ? await createUser(ctx.db, systemPrincipal('system:demo'), { ...make, password: password ?? 'demo' })
      : undefined);
  return id === undefined ? undefined : await loadPrincipal(ctx.db, id);
}

/** Members who reach 67 around now, with service and no pension yet: old-age applicants. */
async function applicants(db: CasesDb, today: Date, n: number) {
  const { rows } = await sql<{ id: number; claimed: string }>`
    select p.id, (date_trunc('month', p.birth_date + interval '67 years') + interval '1 month')::date::text as claimed
    from person p
    where p.death_date is null
      and p.birth_date + interval '67 years' between ${new Date(today.getTime() - 1100 * DAY)} and ${new Date(today.getTime() + 60 * DAY)}
      and exists (select 1 from membership m join employment e on e.membership_id = m.id
                  where m.person_id = p.id and m.kind = 'own' and e.annual_salary is not null)
      and not exists (select 1 from membership m join pension x on x.membership_id = m.id where m.person_id = p.id)
    order by p.id limit ${n}`.execute(db);
  return rows;
}

export async function seedCases(ctx: AppContext, password = 'demo'): Promise<void> {
  const db = casesDb(ctx.db);
  const reception = await userByName(ctx, 'kundebehandler', CASE_DEMO_USERS[0], password);
  const approver = await userByName(ctx, 'attestant', CASE_DEMO_USERS[1], password);
  const handler = await userByName(ctx, 'saksbehandler');
  if (!reception || !approver || !handler) return;
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from pension_case`.execute(db);
  if ((rows[0]?.n ?? 0) > 0) return;
  const now = new Date();
  const people = await applicants(db, now, 45);
  // The open ones (received recently) and the decided ones (received months ago), in that order.
  const open: CaseStatus[] = [
    'received',
    'received',
    'received',
    'preparing',
    'preparing',
    'assessing',
    'assessing',
    'calculating',
    'calculating',
    'awaiting_approval',
    'awaiting_approval',
    'on_hold',
    'withdrawn',
    'reopened',
  ];
  const errors: (ErrorCategory | null)[] = [
    null,
    null,
    'calculation',
    null,
    null,
    'missing_information',
    null,
    null,
    null,
    'registration',
    null,
    null,
  ];
  let made = 0;
  for (const [i, p] of people.entries()) {
    const plan =
      i < open.length
        ? { stage: open[i] as CaseStatus, error: null }
        : { stage: 'decided' as CaseStatus, error: errors[(i - open.length) % errors.length] ?? null };
    // Decided cases start 1–9 months back and take 8–45 days; open ones arrived in the last three weeks.
    const start =
      plan.stage === 'decided'
        ? new Date(now.getTime() - (70 + ((i * 37) % 240)) * DAY)
        : new Date(now.getTime() - ((i * 5) % 21) * DAY);
    const span = plan.stage === 'decided' ? 8 + ((i * 13) % 38) : 1;
    try {
      await walk(
        db,
        { reception, handler, approver },
        p.id,
        p.claimed as IsoDate,
        plan.stage,
        plan.error,
        start,
        span,
        i,
      );
      made += 1;
    } catch (e) {
      ctx.logger.debug({ err: e, person: p.id }, 'demo case skipped');
    }
  }
  process.stdout.write(`Demo cases: ${made} (open in every stage, decided with time and errors)\n`);
}

async function walk(
  db: CasesDb,
  u: { reception: Principal; handler: Principal; approver: Principal },
  personId: number,
  claimedFrom: IsoDate,
  stage: CaseStatus,
  error: ErrorCategory | null,
  start: Date,
  span: number,
  seq: number,
) {
  const at = (fraction: number) => new Date(start.getTime() + fraction * span * DAY);
  const id = await createCase(
    db,
    u.reception,
    {
      type: 'old_age',
      personId,
      claimedFrom,
      source: seq % 3 === 0 ? 'employer' : 'member',
      note: 'Søknad om alderspensjon',
    },
    start,
  );
  if (stage === 'received') return;
  if (stage === 'withdrawn')
    return withdrawCase(
      db,
      u.reception,
      id,
      { reason: 'Medlemmet fortsetter i stillingen', by: 'member' },
      at(0.5),
    );
  await takeCase(db, u.handler, id);
  const minutes = async (s: 'preparing' | 'assessing' | 'calculating', m: number) =>
    registerTime(db, u.handler, id, { stage: s, minutes: m });
  await advanceCase(db, u.handler, id, { to: 'preparing' }, at(0.1));
  if (stage === 'on_hold')
    return holdCase(
      db,
      u.handler,
      id,
      {
        reason: 'Venter på bekreftelse fra arbeidsgiver',
        until: addDays(claimedFrom, -14) > isoToday() ? addDays(claimedFrom, -14) : addDays(isoToday(), 14),
      },
      at(0.2),
    );
  await prepareServiceHistory(db, u.handler, id, {}, at(0.2));
  await minutes('preparing', 10 + (seq % 4) * 5);
  if (stage === 'preparing') return;
  await advanceCase(db, u.handler, id, { to: 'assessing' }, at(0.3));
  if (stage === 'assessing') return;
  await recordConditions(db, u.handler, id, {}, at(0.4));
  await minutes('assessing', 15 + (seq % 3) * 10);
  await advanceCase(db, u.handler, id, { to: 'calculating' }, at(0.5));
  if (stage === 'calculating') return;
  const calc = await calculateCase(db, u.handler, id, {});
  await minutes('calculating', 20 + (seq % 5) * 5);
  const outcome = calc.result.eligible ? 'granted' : 'refused';
  const reason = calc.result.eligible
    ? 'Vilkårene for alderspensjon er oppfylt.'
    : calc.result.reasons.join(' ');
  await draftDecision(db, u.handler, id, { outcome, from: claimedFrom, reason }, at(0.8));
  if (stage === 'awaiting_approval') return;
  await approveDecision(db, u.approver, id, { comment: 'Attestert' }, at(1));
  if (stage === 'reopened') {
    await reopenCase(
      db,
      u.handler,
      id,
      { errorCategory: 'missing_information', reason: 'Manglet opptjening fra annen ordning' },
      at(1),
    );
    return;
  }
  if (error) {
    await reopenCase(
      db,
      u.handler,
      id,
      { errorCategory: error, reason: 'Feil oppdaget ved kontroll' },
      at(1.2),
    );
    await advanceCase(db, u.handler, id, { to: 'assessing' }, at(1.25));
    await recordConditions(db, u.handler, id, {}, at(1.3));
    await advanceCase(db, u.handler, id, { to: 'calculating' }, at(1.35));
    await calculateCase(db, u.handler, id, {});
    await minutes('calculating', 25);
    await draftDecision(
      db,
      u.handler,
      id,
      { outcome, from: claimedFrom, reason: `${reason} Rettet etter kontroll.` },
      at(1.4),
    );
    await approveDecision(db, u.approver, id, { comment: 'Rettet vedtak attestert' }, at(1.5));
  }
}

const isoToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' }) as IsoDate;
