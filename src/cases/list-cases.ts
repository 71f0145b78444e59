/**
 * Work queues: cases by status, type, unit and assignee, with case age and due date. Without a
 * status, the open cases. A queue is a view of them: `mine` and `unassigned` are work to do (a case
 * on hold comes back into them on its reminder date — a rule at query time), `approval` the
 * decisions awaiting a second person, `reminders` the held cases whose date has come.
 * Oldest first by default; `sort=due` puts the overdue first.
 */
import { sql } from 'kysely';
import { logAccess } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { personNames } from '../register/person-names';
import { todayInOslo } from '../register/today';
import { caseSummary } from './get-case';
import { type CaseRow, caseReach, seesWholeCase, withinReach } from './steps';
import { asRegister, type CaseStatus, type CasesDb, type CaseType } from './tables';

/** Totals are exact up to this many cases; beyond, `total` is the cap and `totalExact` false. */
export const COUNT_CAP = 1_000;

export const QUEUES = ['mine', 'unassigned', 'approval', 'reminders'] as const;
export type Queue = (typeof QUEUES)[number];

export interface CaseFilter {
  status?: readonly CaseStatus[] | undefined;
  type?: readonly CaseType[] | undefined;
  /** A user id, or 'none' for cases nobody has taken. */
  assignee?: number | 'none' | undefined;
  queue?: Queue | undefined;
  unit?: string | undefined;
  personId?: number | undefined;
  overdue?: boolean | undefined;
  sort?: 'received' | 'due' | undefined;
  limit: number;
  offset: number;
}

export async function listCases(db: CasesDb, principal: Principal, f: CaseFilter, now = new Date()) {
  const today = todayInOslo(now);
  const reach = caseReach(principal, 'case:read');
  if (reach !== 'all' && reach.length === 0) return { items: [], total: 0, totalExact: true };
  let q = db.selectFrom('pension_case');
  if (reach !== 'all') q = q.where(withinReach(reach));
  if (f.status && f.status.length > 0) q = q.where('status', 'in', f.status);
  else q = q.where('closed_at', 'is', null);
  if (f.type && f.type.length > 0) q = q.where('type', 'in', f.type);
  if (f.unit) q = q.where('org_unit', '=', f.unit);
  if (f.personId !== undefined) q = q.where('person_id', '=', f.personId);
  if (f.assignee === 'none') q = q.where('assignee_id', 'is', null);
  else if (f.assignee !== undefined) q = q.where('assignee_id', '=', f.assignee);
  if (f.overdue) q = q.where('closed_at', 'is', null).where('due_date', '<', today);
  const work = (qq: typeof q) =>
    qq
      .where('status', 'not in', ['awaiting_approval', 'decided', 'withdrawn'])
      .where((eb) => eb.or([eb('status', '!=', 'on_hold'), eb('hold_until', '<=', today)]));
  switch (f.queue) {
    case 'mine':
      q = work(q).where('assignee_id', '=', principal.userId);
      break;
    case 'unassigned':
      q = work(q).where('assignee_id', 'is', null);
      break;
    case 'approval':
      q = q
        .where('status', '=', 'awaiting_approval')
        .where((eb) => eb.or([eb('proposed_by', 'is', null), eb('proposed_by', '!=', principal.userId)]));
      break;
    case 'reminders':
      q = q.where('status', '=', 'on_hold').where('hold_until', '<=', today);
      break;
  }
  // Counting stops at COUNT_CAP: a queue is read from its first page; the total of a million
  // decided cases would cost a full scan for a number nobody reads exactly.
  const capped = db
    .selectFrom(
      q
        .select(sql<number>`1`.as('one'))
        .limit(COUNT_CAP + 1)
        .as('x'),
    )
    .select(sql<number>`count(*)::int`.as('n'));
  // One statement: the page, the (capped) total and the assignees' names; each round trip to the
  // database costs more than the work (bench/cases.ts).
  const page = (await (f.sort === 'due'
    ? q.orderBy('due_date').orderBy('id')
    : q.orderBy('received_at').orderBy('id')
  )
    .selectAll('pension_case')
    .select((eb) => [
      capped.as('capped_total'),
      eb
        .selectFrom('app_user')
        .select('display_name')
        .whereRef('app_user.id', '=', 'pension_case.assignee_id')
        .as('assignee_name'),
    ])
    .limit(f.limit)
    .offset(f.offset)
    .execute()) as (CaseRow & { capped_total: number; assignee_name: string | null })[];
  const rows: CaseRow[] = page;
  // A page past the end has no row to carry the total.
  const n = page[0]?.capped_total ?? (f.offset === 0 ? 0 : (await capped.executeTakeFirstOrThrow()).n);
  const users = new Map(
    page.flatMap((r) =>
      r.assignee_id !== null && r.assignee_name !== null ? [[r.assignee_id, r.assignee_name]] : [],
    ),
  );
  const persons = await personNames(
    asRegister(db),
    rows.map((r) => r.person_id),
  );
  if (rows.length > 0)
    await logAccess(db, principal, {
      personIds: [...persons.keys()],
      purpose: 'case queue',
      what: 'name in a case list',
    });
  const whole = seesWholeCase(principal);
  return {
    items: rows.map((r) => ({
      ...caseSummary(r, users, today, whole),
      personName: persons.get(r.person_id) ?? null,
    })),
    total: Math.min(n, COUNT_CAP),
    totalExact: n <= COUNT_CAP,
  };
}
