/**
 * The line manager's case statistics (issue #17 item 4): computed from the case data, with exact
 * figures for a hand-made set of cases. Times are Oslo times; a case approved 23:30 on 31 January
 * Oslo time (22:30 UTC) belongs to January.
 *
 *  case  type        received          first approved    lead  minutes  later
 *  A     old_age     2025-01-06        2025-01-20        14    75
 *  B     old_age     2025-01-10        2025-02-09        30    60
 *  C     old_age     2025-02-03        2025-02-13        10    20       reopened 03-05 (error), approved again 03-20
 *  D     old_age     2025-02-20        —                 —     10       withdrawn 03-01
 *  E     old_age     2025-03-10        —                 —     5        open
 *  F     old_age     2024-12-20        2025-01-31 23:30  42    0
 *  G     disability  2024-12-01        —                 —     0        open (unit uforhet)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildDailyCounts } from '../../src/cases/daily';
import { casesDb } from '../../src/cases/tables';
import { systemPrincipal } from '../../src/platform/auth/roles';
import { createUser } from '../../src/platform/auth/users';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let manager: { authorization: string };

/** An Oslo wall-clock time (winter: UTC+1) as an instant. */
const oslo = (s: string) => new Date(`${s.length === 10 ? `${s}T12:00` : s}:00+01:00`);

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.authHeader([{ role: 'line_manager', orgnr: null }]);
  const db = casesDb(t.ctx.db);
  const user = await createUser(t.ctx.db, systemPrincipal('test'), {
    username: 'sara',
    displayName: 'Sara',
    grants: [],
  });
  await db.insertInto('provider').values({ code: 'KLP', name: 'KLP', recorded_by: 't' }).execute();
  await db
    .insertInto('scheme')
    .values({ code: 'F', provider_code: 'KLP', name: 'F', recorded_by: 't' })
    .execute();
  const emp = await db
    .insertInto('employer')
    .values({ orgnr: '974000008', name: 'A', recorded_by: 't' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const person = await db
    .insertInto('person')
    .values({
      national_id: '02035812345',
      birth_date: '1958-03-02' as never,
      name: 'X',
      death_date: null,
      address: null,
      account_number: null,
      recorded_by: 't',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const m = await db
    .insertInto('membership')
    .values({ person_id: person.id, employer_id: emp.id, scheme_code: 'F', recorded_by: 't' })
    .returning('id')
    .executeTakeFirstOrThrow();

  type Spec = {
    type?: 'old_age' | 'disability';
    received: string;
    approved?: string[];
    withdrawn?: string;
    reopened?: string;
    minutes?: number[];
  };
  const add = async (s: Spec) => {
    const approved = (s.approved ?? []).map(oslo);
    const closed = s.withdrawn ? oslo(s.withdrawn) : (approved.at(-1) ?? null);
    const status = s.withdrawn ? 'withdrawn' : approved.length ? 'decided' : 'received';
    const { id } = await db
      .insertInto('pension_case')
      .values({
        type: s.type ?? 'old_age',
        person_id: person.id,
        membership_id: m.id,
        orgnr: '974000008',
        org_unit: s.type === 'disability' ? 'uforhet' : 'pensjon',
        pension_id: null,
        deceased_person_id: null,
        grade_pct: null,
        status,
        held_from_status: null,
        hold_reason: null,
        hold_until: null,
        assignee_id: null,
        claimed_from: '2025-06-01' as never,
        received_at: oslo(s.received),
        due_date: '2025-06-29' as never,
        source: 'staff',
        note: null,
        decision_outcome: approved.length ? 'granted' : null,
        decision_from: null,
        decision_reason: null,
        decision_annual_amount: null,
        decision_monthly_amount: null,
        decision_grade_pct: null,
        decision_calculation: null,
        proposed_by: null,
        proposed_at: null,
        approved_by: null,
        approved_at: null,
        decided_pension_id: null,
        first_decided_at: approved[0] ?? null,
        // What approval and withdrawal keep: the first close (statistics' open cases).
        first_closed_at: approved[0] ?? (s.withdrawn ? oslo(s.withdrawn) : null),
        closed_at: closed,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const event = (action: string, at: Date) =>
      db
        .insertInto('case_event')
        .values({
          case_id: id,
          actor: 't',
          action,
          from_status: null,
          to_status: null,
          comment: null,
          details: null,
          at,
        } as never)
        .execute();
    for (const a of approved) await event('approve', a);
    if (s.withdrawn) await event('withdraw', oslo(s.withdrawn));
    if (s.reopened) {
      await event('reopen', oslo(s.reopened));
      await db
        .insertInto('case_error')
        .values({ case_id: id, category: 'calculation', reason: 'r', at: oslo(s.reopened), recorded_by: 't' })
        .execute();
      // The close after the reopening (the case's next approval), as closeReopening keeps it.
      const again = approved.find((a) => a > oslo(s.reopened as string));
      if (again)
        await db
          .updateTable('case_error')
          .set({ closed_again_at: again })
          .where('case_id', '=', id)
          .execute();
    }
    for (const minutes of s.minutes ?? [])
      await db
        .insertInto('case_time')
        .values({ case_id: id, user_id: user, stage: 'calculating', minutes })
        .execute();
    // What registerTime keeps beside each registration.
    const total = (s.minutes ?? []).reduce((a, b) => a + b, 0);
    await db.updateTable('pension_case').set({ minutes_total: total }).where('id', '=', id).execute();
  };
  await add({ received: '2025-01-06', approved: ['2025-01-20'], minutes: [30, 45] });
  await add({ received: '2025-01-10', approved: ['2025-02-09'], minutes: [60] });
  await add({
    received: '2025-02-03',
    approved: ['2025-02-13', '2025-03-20'],
    reopened: '2025-03-05',
    minutes: [20],
  });
  await add({ received: '2025-02-20', withdrawn: '2025-03-01', minutes: [10] });
  await add({ received: '2025-03-10', minutes: [5] });
  await add({ received: '2024-12-20', approved: ['2025-01-31T23:30'] });
  await add({ type: 'disability', received: '2024-12-01' });
  // The rows above were written directly, not by the steps: count the days from them.
  await rebuildDailyCounts(db);
});
afterAll(async () => {
  await t?.close();
});

const stats = async (query: string) => {
  const r = await t.app.inject({ method: 'GET', url: `/api/cases/statistics?${query}`, headers: manager });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};

describe('GET /api/cases/statistics', () => {
  it('gives received, decided, open, lead times, minutes per case and errors per month, and in total', async () => {
    const s = await stats('from=2025-01-01&to=2025-03-31&by=month');
    expect(s.periods).toEqual([
      {
        period: '2025-01',
        start: '2025-01-01',
        end: '2025-01-31',
        received: 2,
        decided: 2,
        open: 2,
        leadTimeMedianDays: 28,
        leadTimeP90Days: 39.2,
        minutesPerCase: 37.5,
        errors: 0,
        errorRate: 0,
      },
      {
        period: '2025-02',
        start: '2025-02-01',
        end: '2025-02-28',
        received: 2,
        decided: 2,
        open: 2,
        leadTimeMedianDays: 20,
        leadTimeP90Days: 28,
        minutesPerCase: 40,
        errors: 0,
        errorRate: 0,
      },
      {
        period: '2025-03',
        start: '2025-03-01',
        end: '2025-03-31',
        received: 1,
        decided: 0,
        open: 2,
        leadTimeMedianDays: null,
        leadTimeP90Days: null,
        minutesPerCase: null,
        errors: 1,
        errorRate: null,
      },
    ]);
    expect(s.total).toEqual({
      received: 5,
      decided: 4,
      open: 2,
      leadTimeMedianDays: 22,
      leadTimeP90Days: 38.4,
      minutesPerCase: 38.8,
      errors: 1,
      errorRate: 0.25,
    });
  });

  it('filters by type and unit', async () => {
    const d = await stats('from=2025-01-01&to=2025-03-31&by=month&type=disability');
    expect(d.periods.map((p: { open: number; received: number }) => [p.received, p.open])).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
    const u = await stats('from=2025-01-01&to=2025-03-31&unit=pensjon');
    expect(u.total).toMatchObject({ received: 5, decided: 4, open: 1 });
  });

  it('gives the same figures from the per-case facts (a grant limited to the employer) as from the daily counts', async () => {
    const employer = await t.authHeader([{ role: 'line_manager', orgnr: '974000008' }]);
    for (const query of [
      'from=2025-01-01&to=2025-03-31&by=month',
      'from=2025-01-08&to=2025-02-19&by=week&type=old_age',
    ]) {
      const daily = await stats(query);
      const r = await t.app.inject({
        method: 'GET',
        url: `/api/cases/statistics?${query}`,
        headers: employer,
      });
      expect(r.json()).toEqual(daily);
    }
    const other = await t.authHeader([{ role: 'line_manager', orgnr: '974000016' }]);
    const none = await t.app.inject({
      method: 'GET',
      url: '/api/cases/statistics?from=2025-01-01&to=2025-03-31',
      headers: other,
    });
    expect(none.json().total).toMatchObject({ received: 0, decided: 0, open: 0 });
  });

  it('limits a grant for one organisation unit to that unit', async () => {
    const unit = await t.authHeader([{ role: 'line_manager', orgnr: null, orgUnit: 'uforhet' }]);
    const r = await t.app.inject({
      method: 'GET',
      url: '/api/cases/statistics?from=2025-01-01&to=2025-03-31&by=month',
      headers: unit,
    });
    expect(r.json().total).toMatchObject({ received: 0, decided: 0, open: 1 });
  });

  it('counts by ISO week, cut to the range', async () => {
    const s = await stats('from=2025-01-08&to=2025-01-19&by=week');
    expect(
      s.periods.map((p: Record<string, unknown>) => [p.period, p.start, p.end, p.received, p.decided]),
    ).toEqual([
      ['2025-W02', '2025-01-08', '2025-01-12', 1, 0],
      ['2025-W03', '2025-01-13', '2025-01-19', 0, 0],
    ]);
  });

  it('refuses a range that ends before it starts, and callers without the permission', async () => {
    const r = await t.app.inject({
      method: 'GET',
      url: '/api/cases/statistics?from=2025-02-01&to=2025-01-01',
      headers: manager,
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].path).toBe('querystring.to');
    const handler = await t.authHeader([{ role: 'case_handler', orgnr: null }]);
    const f = await t.app.inject({
      method: 'GET',
      url: '/api/cases/statistics?from=2025-01-01&to=2025-01-31',
      headers: handler,
    });
    expect(f.statusCode).toBe(403);
  });
});
