/** Employers (by organisation number) and the schemes they are members of. */
import { sql } from 'kysely';
import { checkOrgnr } from '../domain/identifiers';
import { writeAudit } from '../platform/audit';
import type { Principal } from '../platform/auth/roles';
import { AppError, invalidInput, notFound } from '../platform/errors';
import { isUniqueViolation } from './db-errors';
import { type EmployerScope, employerScope, requireEmployerInScope } from './scope';
import type { RegisterDb } from './tables';

export interface EmployerView {
  id: number;
  orgnr: string;
  name: string;
  /** Number of memberships at this employer, over all schemes. */
  memberships: number;
}

export interface EmployerFilter {
  query?: string | undefined;
  limit: number;
  offset: number;
}

function employerQuery(db: RegisterDb, scope: EmployerScope) {
  let q = db
    .selectFrom('employer as e')
    .select([
      'e.id',
      'e.orgnr',
      'e.name',
      sql<number>`(select count(*) from membership m where m.employer_id = e.id)::int`.as('memberships'),
    ]);
  if (scope !== 'all') q = q.where('e.orgnr', 'in', scope.length > 0 ? scope : ['']);
  return q;
}

export async function listEmployers(
  db: RegisterDb,
  principal: Principal,
  filter: EmployerFilter,
): Promise<EmployerView[]> {
  let q = employerQuery(db, employerScope(principal, 'register:read'));
  const text = filter.query?.trim();
  if (text) {
    const like = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = /^\d+$/.test(text)
      ? q.where('e.orgnr', 'like', `${text}%`)
      : q.where(sql<boolean>`lower(e.name) like ${like}`);
  }
  return q.orderBy('e.name').orderBy('e.id').limit(filter.limit).offset(filter.offset).execute();
}

export async function getEmployer(db: RegisterDb, principal: Principal, id: number): Promise<EmployerView> {
  const scope = employerScope(principal, 'register:read');
  const row = await employerQuery(db, 'all').where('e.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('employer');
  requireEmployerInScope(scope, row.orgnr);
  return row;
}

export async function createEmployer(
  db: RegisterDb,
  principal: Principal,
  input: { orgnr: string; name: string },
): Promise<number> {
  const checked = checkOrgnr(input.orgnr);
  if (!checked.ok) throw invalidInput([{ path: 'orgnr', message: checked.reason }]);
  requireEmployerInScope(employerScope(principal, 'register:write'), input.orgnr);
  const exists = () =>
    new AppError('conflict', [
      { path: 'orgnr', message: 'an employer with this number is registered already' },
    ]);
  try {
    return await db.transaction().execute(async (trx) => {
      const found = await trx
        .selectFrom('employer')
        .select('id')
        .where('orgnr', '=', input.orgnr)
        .executeTakeFirst();
      if (found) throw exists();
      const { id } = await trx
        .insertInto('employer')
        .values({ orgnr: input.orgnr, name: input.name, recorded_by: principal.username })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeAudit(trx, principal, {
        action: 'create',
        entity: 'employer',
        entityId: id,
        details: input,
      });
      return id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw exists();
    throw error;
  }
}

export interface SchemeView {
  code: string;
  name: string;
  providerCode: string;
  providerName: string;
}

export async function listSchemes(db: RegisterDb): Promise<SchemeView[]> {
  return db
    .selectFrom('scheme as s')
    .innerJoin('provider as p', 'p.code', 's.provider_code')
    .select(['s.code', 's.name', 's.provider_code as providerCode', 'p.name as providerName'])
    .orderBy('s.code')
    .execute();
}
