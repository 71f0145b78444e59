/**
 * A person's change history, built from the superseded versions in the *_history tables and the
 * current rows: for each version, what changed, when and by whom. Newest first.
 */
import { formatKroner, type Ore } from '../domain/money';
import { logAccess } from '../platform/audit';
import { type FieldRules, fieldRulesFor, visibleChanges } from '../platform/auth/field-rules';
import type { Principal } from '../platform/auth/roles';
import { type EmployerScope, employerScope, requirePersonInScope } from './scope';
import type { RegisterDb } from './tables';

export type Entity = 'person' | 'membership' | 'employment' | 'pension';
export type ChangeAction = 'created' | 'changed' | 'ended' | 'deleted';
export type FieldValue = string | number | null;

export interface FieldChange {
  field: string;
  from: FieldValue;
  to: FieldValue;
}

export interface Change {
  entity: Entity;
  entityId: number;
  at: string;
  by: string;
  action: ChangeAction;
  fields: FieldChange[];
}

/** One version of a row: its values as the API names them, and its recording. */
interface Version {
  id: number;
  recordedAt: Date;
  recordedBy: string;
  /** When it was superseded; undefined for the current row. */
  supersededAt?: Date;
  values: Record<string, FieldValue>;
}

const kroner = (v: Ore | null): FieldValue => (v === null ? null : Number(formatKroner(v)));

/** The changes of one entity, oldest first, from its versions in order of recording. */
export function changesOf(entity: Entity, versions: readonly Version[]): Change[] {
  const sorted = [...versions].sort(
    (a, b) =>
      a.recordedAt.getTime() - b.recordedAt.getTime() ||
      (a.supersededAt?.getTime() ?? Number.POSITIVE_INFINITY) -
        (b.supersededAt?.getTime() ?? Number.POSITIVE_INFINITY),
  );
  const out: Change[] = [];
  let previous: Version | undefined;
  for (const v of sorted) {
    const fields: FieldChange[] = [];
    for (const [field, to] of Object.entries(v.values)) {
      const from = previous ? (previous.values[field] ?? null) : null;
      if (from !== to && !(previous === undefined && to === null)) fields.push({ field, from, to });
    }
    if (!previous || fields.length > 0) {
      const ended =
        previous !== undefined &&
        fields.some((f) => f.field === 'endDate' && f.from === null && f.to !== null);
      out.push({
        entity,
        entityId: v.id,
        at: v.recordedAt.toISOString(),
        by: v.recordedBy,
        action: !previous ? 'created' : ended ? 'ended' : 'changed',
        fields,
      });
    }
    previous = v;
  }
  const last = sorted.at(-1);
  // Every version superseded and none current: the row was deleted when the last one was superseded.
  if (last?.supersededAt) {
    out.push({
      entity,
      entityId: last.id,
      at: last.supersededAt.toISOString(),
      by: '',
      action: 'deleted',
      fields: [],
    });
  }
  return out;
}

function groupById(versions: Version[]): Map<number, Version[]> {
  const map = new Map<number, Version[]>();
  for (const v of versions) map.set(v.id, [...(map.get(v.id) ?? []), v]);
  return map;
}

type Recording = { id: number; recorded_at: Date; recorded_by: string };

/** The current rows and the superseded ones as versions, with their values as the API names them. */
function asVersions<R extends Recording>(
  current: readonly R[],
  history: readonly (R & { superseded_at: Date })[],
  values: (r: R) => Record<string, FieldValue>,
): Version[] {
  const base = (r: R) => ({
    id: r.id,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    values: values(r),
  });
  // Superseded versions first, in the database's order of recording (microseconds), then the
  // current row: the sorts below are stable, so versions a JS Date cannot tell apart keep it.
  return [...history.map((r) => ({ ...base(r), supersededAt: r.superseded_at })), ...current.map(base)];
}

async function personVersions(db: RegisterDb, personId: number): Promise<Version[]> {
  const cols = [
    'id',
    'name',
    'birth_date',
    'death_date',
    'address',
    'account_number',
    'valid_from',
    'recorded_at',
    'recorded_by',
  ] as const;
  const [current, history] = await Promise.all([
    db.selectFrom('person').select(cols).where('id', '=', personId).execute(),
    db
      .selectFrom('person_history')
      .select([...cols, 'superseded_at'])
      .where('id', '=', personId)
      .orderBy('recorded_at')
      .execute(),
  ]);
  return asVersions(current, history, (r) => ({
    name: r.name,
    birthDate: r.birth_date,
    deathDate: r.death_date,
    address: r.address,
    accountNumber: r.account_number,
    validFrom: r.valid_from,
  }));
}

async function membershipVersions(
  db: RegisterDb,
  personId: number,
  scope: EmployerScope,
): Promise<Version[]> {
  const orgnrOf = db.selectFrom('employer').select(['id', 'orgnr', 'name']);
  const [current, history, employers] = await Promise.all([
    db.selectFrom('membership').selectAll().where('person_id', '=', personId).execute(),
    db
      .selectFrom('membership_history')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('recorded_at')
      .execute(),
    orgnrOf.execute(),
  ]);
  const employer = new Map(employers.map((e) => [e.id, e]));
  const visible = (r: { employer_id: number }) =>
    scope === 'all' || scope.includes(employer.get(r.employer_id)?.orgnr ?? '');
  return asVersions(current.filter(visible), history.filter(visible), (r) => ({
    employer: employer.get(r.employer_id)?.name ?? String(r.employer_id),
    schemeCode: r.scheme_code,
    // Versions superseded before migration 0009 have no kind in the history; they were 'own' or
    // became 'survivor' by that migration, which the current row shows.
    kind: r.kind ?? null,
  }));
}

async function employmentVersions(db: RegisterDb, membershipIds: number[]): Promise<Version[]> {
  if (membershipIds.length === 0) return [];
  const [current, history] = await Promise.all([
    db.selectFrom('employment').selectAll().where('membership_id', 'in', membershipIds).execute(),
    db
      .selectFrom('employment_history')
      .selectAll()
      .where('membership_id', 'in', membershipIds)
      .orderBy('recorded_at')
      .execute(),
  ]);
  return asVersions(current, history, (r) => ({
    membershipId: r.membership_id,
    startDate: r.start_date,
    endDate: r.end_date,
    positionPct: r.position_pct,
    annualSalary: kroner(r.annual_salary),
    ageLimit: r.age_limit,
  }));
}

async function pensionVersions(db: RegisterDb, membershipIds: number[]): Promise<Version[]> {
  if (membershipIds.length === 0) return [];
  const [current, history] = await Promise.all([
    db.selectFrom('pension').selectAll().where('membership_id', 'in', membershipIds).execute(),
    db
      .selectFrom('pension_history')
      .selectAll()
      .where('membership_id', 'in', membershipIds)
      .orderBy('recorded_at')
      .execute(),
  ]);
  return asVersions(current, history, (r) => ({
    membershipId: r.membership_id,
    benefit: r.benefit,
    startDate: r.start_date,
    endDate: r.end_date,
    gradePct: r.grade_pct,
    annualAmount: kroner(r.annual_amount),
  }));
}

export async function personHistory(
  db: RegisterDb,
  principal: Principal,
  personId: number,
): Promise<Change[]> {
  const scope = employerScope(principal, 'person:read');
  return db.transaction().execute(async (trx) => {
    await requirePersonInScope(trx, personId, scope);
    const person = await personVersions(trx, personId);
    const memberships = await membershipVersions(trx, personId, scope);
    const membershipIds = [...new Set(memberships.map((m) => m.id))];
    const [employments, pensions] = await Promise.all([
      employmentVersions(trx, membershipIds),
      pensionVersions(trx, membershipIds),
    ]);
    const changes: (Change & { seq: number })[] = [];
    const rules: FieldRules = fieldRulesFor(principal, 'person:read');
    const collect = (entity: Entity, versions: Version[]) => {
      for (const group of groupById(versions).values())
        for (const change of changesOf(entity, group)) {
          // The caller's field rules, as on the person page: a hidden field's change is left out.
          const fields = visibleChanges(rules, change.fields);
          if (fields.length > 0 || change.fields.length === 0 || change.action !== 'changed')
            changes.push({ ...change, fields, seq: changes.length });
        }
    };
    collect('person', person);
    collect('membership', memberships);
    collect('employment', employments);
    collect('pension', pensions);
    await logAccess(trx, principal, { personIds: [personId], purpose: 'history', what: 'change history' });
    // Newest first; within one moment, the person before what hangs under it.
    const order: Entity[] = ['person', 'membership', 'employment', 'pension'];
    return changes
      .sort(
        (a, b) =>
          b.at.localeCompare(a.at) ||
          order.indexOf(a.entity) - order.indexOf(b.entity) ||
          b.entityId - a.entityId ||
          b.seq - a.seq,
      )
      .map(({ seq: _, ...change }) => change);
  });
}
