/**
 * The change history made readable: each change names its employer (never an internal id), the
 * changes made together (one transaction: same time, same person) form one group, and the list
 * can be narrowed to one kind of record or one employer.
 */
import type { Change, Person } from '../../api/types';

/** Fields that only link records together: shown through the employer's name, never as numbers. */
export const HIDDEN_FIELDS = new Set(['membershipId', 'deceasedPersonId', 'personId', 'employerId', 'id']);

export interface ReadableChange extends Change {
  /** The employer the record belongs to, when it belongs to a membership. */
  employer: string | null;
  fields: Change['fields'];
}

export interface ChangeGroup {
  key: string;
  at: string;
  by: string;
  changes: ReadableChange[];
}

export function employerOf(change: Change, person: Person): string | null {
  const ms = person.memberships;
  switch (change.entity) {
    case 'membership': {
      const m = ms.find((x) => x.id === change.entityId);
      const named = change.fields.find((f) => f.field === 'employer')?.to;
      return m?.employer.name ?? (typeof named === 'string' ? named : null);
    }
    case 'employment':
      return (
        ms.find((m) => m.employments.some((e) => e.id === change.entityId))?.employer.name ??
        viaMembership(change, person)
      );
    case 'pension':
      return (
        ms.find((m) => m.pensions.some((p) => p.id === change.entityId))?.employer.name ??
        viaMembership(change, person)
      );
    default:
      return null;
  }
}

function viaMembership(change: Change, person: Person): string | null {
  const id = change.fields.find((f) => f.field === 'membershipId')?.to;
  return person.memberships.find((m) => m.id === id)?.employer.name ?? null;
}

export function readable(changes: Change[], person: Person): ReadableChange[] {
  return changes.map((c) => ({
    ...c,
    employer: employerOf(c, person),
    fields: c.fields.filter((f) => !HIDDEN_FIELDS.has(f.field)),
  }));
}

/** Changes recorded together (the same moment, by the same person) in one group, newest first. */
export function groupChanges(changes: ReadableChange[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const c of [...changes].sort((a, b) => b.at.localeCompare(a.at))) {
    const key = `${c.at}|${c.by}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, at: c.at, by: c.by, changes: [] };
      groups.set(key, g);
    }
    g.changes.push(c);
  }
  return [...groups.values()];
}

export interface HistoryFilter {
  entity: string; // '' for all
  employer: string; // '' for all
}

export function filterChanges(changes: ReadableChange[], f: HistoryFilter): ReadableChange[] {
  return changes.filter(
    (c) => (!f.entity || c.entity === f.entity) && (!f.employer || c.employer === f.employer),
  );
}
