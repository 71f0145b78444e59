/**
 * What the register shows of a person: the person's current values and the memberships the caller
 * may see, each with its employment periods, pensions and status today. Money stays in øre here;
 * the HTTP boundary converts it to kroner.
 */
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { IsoDate } from '../domain/dates';
import type { Ore } from '../domain/money';
import { applyFieldRules, type FieldRules } from '../platform/auth/field-rules';
import { notFound } from '../platform/errors';
import { PREPARED } from '../platform/prepared';
import type { EmployerScope } from './scope';
import { type MemberStatus, statusOn } from './status';
import type { Benefit, MembershipKind, RegisterDb } from './tables';

export interface EmploymentView {
  id: number;
  membershipId: number;
  startDate: IsoDate;
  endDate: IsoDate | null;
  positionPct: number;
  annualSalary: Ore | null;
  ageLimit: number;
  recordedAt: string;
  recordedBy: string;
}

export interface PensionView {
  id: number;
  membershipId: number;
  benefit: Benefit;
  startDate: IsoDate;
  endDate: IsoDate | null;
  gradePct: number | null;
  annualAmount: Ore | null;
  /** A survivor's pension: the member who died (null when not known, as after a migration). */
  deceasedPersonId: number | null;
  recordedAt: string;
  recordedBy: string;
}

export interface MembershipView {
  id: number;
  personId: number;
  /** 'own' (through work) or 'survivor' (a survivor's pension after a deceased member). */
  kind: MembershipKind;
  employer: { id: number; orgnr: string; name: string };
  scheme: { code: string; name: string; providerCode: string };
  status: MemberStatus | null;
  employments: EmploymentView[];
  pensions: PensionView[];
}

export interface PersonView {
  id: number;
  nationalId: string;
  name: string;
  birthDate: IsoDate;
  deathDate: IsoDate | null;
  address: string | null;
  accountNumber: string | null;
  validFrom: IsoDate;
  recordedAt: string;
  recordedBy: string;
  memberships: MembershipView[];
}

const iso = (d: Date) => d.toISOString();

type EmploymentRecord = {
  id: number;
  membership_id: number;
  start_date: IsoDate;
  end_date: IsoDate | null;
  position_pct: number;
  annual_salary: Ore | null;
  age_limit: number;
  recorded_at: Date;
  recorded_by: string;
};
type PensionRecord = {
  id: number;
  membership_id: number;
  benefit: Benefit;
  start_date: IsoDate;
  end_date: IsoDate | null;
  grade_pct: number | null;
  annual_amount: Ore | null;
  deceased_person_id: number | null;
  recorded_at: Date;
  recorded_by: string;
};

export function employmentView(r: EmploymentRecord): EmploymentView {
  return {
    id: r.id,
    membershipId: r.membership_id,
    startDate: r.start_date,
    endDate: r.end_date,
    positionPct: r.position_pct,
    annualSalary: r.annual_salary,
    ageLimit: r.age_limit,
    recordedAt: iso(r.recorded_at),
    recordedBy: r.recorded_by,
  };
}

export function pensionView(r: PensionRecord): PensionView {
  return {
    id: r.id,
    membershipId: r.membership_id,
    benefit: r.benefit,
    startDate: r.start_date,
    endDate: r.end_date,
    gradePct: r.grade_pct,
    annualAmount: r.annual_amount,
    deceasedPersonId: r.deceased_person_id,
    recordedAt: iso(r.recorded_at),
    recordedBy: r.recorded_by,
  };
}

const EMPLOYMENT_COLUMNS = [
  'id',
  'membership_id',
  'start_date',
  'end_date',
  'position_pct',
  'annual_salary',
  'age_limit',
  'recorded_at',
  'recorded_by',
] as const;
const PENSION_COLUMNS = [
  'id',
  'membership_id',
  'benefit',
  'start_date',
  'end_date',
  'grade_pct',
  'annual_amount',
  'deceased_person_id',
  'recorded_at',
  'recorded_by',
] as const;

/** A record as JSON gives it: the same values, the time stamp as text. */
type JsonRecord<T extends { recorded_at: Date }> = Omit<T, 'recorded_at'> & { recorded_at: string };
/** json_build_object's arguments for these columns of the row `x`. */
const jsonFields = (columns: readonly string[]) => columns.map((c) => `'${c}', x.${c}`).join(', ');

export async function loadEmployment(db: RegisterDb, id: number): Promise<EmploymentView> {
  const row = await db
    .selectFrom('employment')
    .select(EMPLOYMENT_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('employment');
  return employmentView(row);
}

export async function loadPension(db: RegisterDb, id: number): Promise<PensionView> {
  const row = await db.selectFrom('pension').select(PENSION_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('pension');
  return pensionView(row);
}

/**
 * Memberships with their employment periods and pensions as JSON arrays, in the caller's scope (not
 * empty), in display order: one query however many periods (round trips are a read's main cost).
 */
function membershipsQuery(db: RegisterDb, scope: EmployerScope) {
  let q = db
    .selectFrom('membership as m')
    .innerJoin('employer as e', 'e.id', 'm.employer_id')
    .innerJoin('scheme as s', 's.code', 'm.scheme_code')
    .select([
      'm.id',
      'm.person_id',
      'm.kind',
      'e.id as employer_id',
      'e.orgnr',
      'e.name as employer_name',
      's.code as scheme_code',
      's.name as scheme_name',
      's.provider_code',
      sql<JsonRecord<EmploymentRecord>[]>`coalesce((
        select json_agg(json_build_object(${sql.raw(jsonFields(EMPLOYMENT_COLUMNS))}) order by x.start_date, x.id)
        from employment x where x.membership_id = m.id), '[]')`.as('employments'),
      sql<JsonRecord<PensionRecord>[]>`coalesce((
        select json_agg(json_build_object(${sql.raw(jsonFields(PENSION_COLUMNS))}) order by x.start_date, x.benefit, x.id)
        from pension x where x.membership_id = m.id), '[]')`.as('pensions'),
    ]);
  if (scope !== 'all') q = q.where('e.orgnr', 'in', scope);
  return q.orderBy('e.name').orderBy('s.code').orderBy('m.id');
}

type MembershipRow = Awaited<ReturnType<ReturnType<typeof membershipsQuery>['execute']>>[number];

function membershipView(r: MembershipRow, deathDate: IsoDate | null, on: IsoDate): MembershipView {
  const e = r.employments.map((x) => employmentView({ ...x, recorded_at: new Date(x.recorded_at) }));
  const p = r.pensions.map((x) => pensionView({ ...x, recorded_at: new Date(x.recorded_at) }));
  return {
    id: r.id,
    personId: r.person_id,
    kind: r.kind,
    employer: { id: r.employer_id, orgnr: r.orgnr, name: r.employer_name },
    scheme: { code: r.scheme_code, name: r.scheme_name, providerCode: r.provider_code },
    status: statusOn({ employments: e, pensions: p, deathDate }, on),
    employments: e,
    pensions: p,
  };
}

/** Memberships of a person (or one membership by id), limited to the caller's employers. */
export async function loadMemberships(
  db: RegisterDb,
  where: { personId: number } | { membershipId: number },
  scope: EmployerScope,
  deathDate: IsoDate | null,
  on: IsoDate,
): Promise<MembershipView[]> {
  if (scope !== 'all' && scope.length === 0) return [];
  const q = membershipsQuery(db, scope);
  const rows = await ('personId' in where
    ? q.where('m.person_id', '=', where.personId)
    : q.where('m.id', '=', where.membershipId)
  ).execute();
  return rows.map((r) => membershipView(r, deathDate, on));
}

/**
 * A person as the caller may see them: the memberships their scope reaches, the personal fields
 * by the caller's field rules (platform/auth/field-rules.ts: an employer gets the number masked
 * and no address or account number).
 */
export async function loadPersonView(
  db: RegisterDb,
  personId: number,
  scope: EmployerScope,
  on: IsoDate,
  rules: FieldRules,
): Promise<PersonView> {
  // The person and their memberships in one query (memberships as a JSON array, in display order).
  const reaches = scope === 'all' || scope.length > 0;
  const p = await db
    .selectFrom('person')
    .modifyFront(PREPARED)
    .selectAll()
    .select(() =>
      (reaches
        ? jsonArrayFrom(membershipsQuery(db, scope).where('m.person_id', '=', personId))
        : sql`'[]'::json`
      ).as('memberships'),
    )
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!p) throw notFound('person');
  const personal = applyFieldRules(rules, {
    nationalId: p.national_id,
    address: p.address,
    accountNumber: p.account_number,
  });
  return {
    id: p.id,
    nationalId: personal.nationalId ?? '',
    name: p.name,
    birthDate: p.birth_date,
    deathDate: p.death_date,
    address: personal.address,
    accountNumber: personal.accountNumber,
    validFrom: p.valid_from,
    recordedAt: iso(p.recorded_at),
    recordedBy: p.recorded_by,
    memberships: (p.memberships as unknown as MembershipRow[]).map((m) =>
      membershipView(m, p.death_date, on),
    ),
  };
}
