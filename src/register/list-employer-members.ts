/**
 * An employer's own list of members (issue #23, item 4): the persons with an own membership at
 * the employer, with status today, current position and the employment start, filtered by status
 * and name, paged. Scoped like every register read; the persons on the page returned are written
 * to the access log (an export asks for a big page and logs every person in it).
 */
import type { IsoDate } from '../domain/dates';
import { maskNationalId } from '../domain/identifiers';
import { logAccess } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { notFound } from '../platform/errors';
import { employerScope, requireEmployerInScope } from './scope';
import { type MemberStatus, runsOn, statusOn } from './status';
import type { RegisterDb } from './tables';
import { todayInOslo } from './today';

export interface EmployerMembersQuery {
  status?: MemberStatus | undefined;
  query?: string | undefined;
  limit: number;
  offset: number;
}

export interface EmployerMember {
  personId: number;
  name: string;
  birthDate: IsoDate;
  nationalIdMasked: string;
  status: MemberStatus | null;
  /** Position percentage of the period running today, if any. */
  positionPct: number | null;
  /** First day of the membership's first employment period. */
  since: IsoDate | null;
}

export async function listEmployerMembers(
  db: RegisterDb,
  principal: Principal,
  employerId: number,
  q: EmployerMembersQuery,
  today: IsoDate = todayInOslo(),
): Promise<{ members: EmployerMember[]; total: number }> {
  const employer = await db
    .selectFrom('employer')
    .select(['id', 'orgnr'])
    .where('id', '=', employerId)
    .executeTakeFirst();
  if (!employer) throw notFound('employer');
  requireEmployerInScope(employerScope(principal, 'person:read'), employer.orgnr);
  return db.transaction().execute(async (trx) => {
    let rows = trx
      .selectFrom('membership as m')
      .innerJoin('person as p', 'p.id', 'm.person_id')
      .select(['m.id', 'p.id as person_id', 'p.name', 'p.birth_date', 'p.national_id', 'p.death_date'])
      .where('m.employer_id', '=', employerId)
      .where('m.kind', '=', 'own');
    for (const w of (q.query ?? '').toLowerCase().split(/\s+/).filter(Boolean))
      rows = rows.where(({ fn, eb }) =>
        eb(fn('lower', ['p.name']), 'like', `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
      );
    const memberships = await rows.orderBy('p.name').orderBy('p.id').execute();
    const ids = memberships.map((m) => m.id);
    const [employments, pensions] =
      ids.length === 0
        ? [[], []]
        : await Promise.all([
            trx
              .selectFrom('employment')
              .select(['membership_id', 'start_date', 'end_date', 'position_pct'])
              .where('membership_id', 'in', ids)
              .orderBy('start_date')
              .execute(),
            trx
              .selectFrom('pension')
              .select(['membership_id', 'start_date', 'end_date'])
              .where('membership_id', 'in', ids)
              .execute(),
          ]);
    const byMembership = <T extends { membership_id: number }>(list: T[]) => {
      const map = new Map<number, T[]>();
      for (const x of list) map.set(x.membership_id, [...(map.get(x.membership_id) ?? []), x]);
      return map;
    };
    const e = byMembership(employments);
    const p = byMembership(pensions);
    const period = (x: { start_date: IsoDate; end_date: IsoDate | null }) => ({
      startDate: x.start_date,
      endDate: x.end_date,
    });
    const all: EmployerMember[] = memberships.map((m) => {
      const periods = e.get(m.id) ?? [];
      const status = statusOn(
        {
          employments: periods.map(period),
          pensions: (p.get(m.id) ?? []).map(period),
          deathDate: m.death_date,
        },
        today,
      );
      const running = periods.find((x) => runsOn(period(x), today));
      return {
        personId: m.person_id,
        name: m.name,
        birthDate: m.birth_date,
        nationalIdMasked: maskNationalId(m.national_id),
        status,
        positionPct: running ? Number(running.position_pct) : null,
        since: periods[0]?.start_date ?? null,
      };
    });
    const filtered = q.status ? all.filter((x) => x.status === q.status) : all;
    const page = filtered.slice(q.offset, q.offset + q.limit);
    await logAccess(trx, principal, {
      personIds: [...new Set(page.map((x) => x.personId))],
      purpose: 'employer member list',
      what: 'employer member list',
    });
    return { members: page, total: filtered.length };
  });
}
