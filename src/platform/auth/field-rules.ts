/**
 * Field rules: which personal fields a caller sees, one mechanism for every read path (issue #22
 * item 1). The person page, the change history, exports, reports and whatever a new capability
 * shows (a case, a payment, a letter) pass personal values through `applyFieldRules` or
 * `visibleChanges` with the caller's `fieldRulesFor(...)`; no read path decides on its own.
 *
 * A role's rules hold when its grant reaches every employer. A grant limited to an employer sees
 * at most what an employer sees (the employee's number masked, no address, no bank account): an
 * employer administers its employees' pensions, not their private details. With several grants
 * the caller sees the most any one of them allows.
 */
import { maskNationalId } from '../../domain/identifiers';
import { type Permission, type Principal, ROLE_PERMISSIONS, type Role } from './roles';

export type FieldVisibility = 'full' | 'masked' | 'hidden';

/** The personal fields under rules, by the names the API gives them. */
export const PERSONAL_FIELDS = ['nationalId', 'address', 'accountNumber'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];
export type FieldRules = Readonly<Record<PersonalField, FieldVisibility>>;

const FULL: FieldRules = { nationalId: 'full', address: 'full', accountNumber: 'full' };
/** What an employer (or any grant limited to one) sees of its employees. */
const EMPLOYER_VIEW: FieldRules = { nationalId: 'masked', address: 'hidden', accountNumber: 'hidden' };
const NOTHING: FieldRules = { nationalId: 'hidden', address: 'hidden', accountNumber: 'hidden' };

/** Per role, for a grant that reaches every employer. A new role must say what it sees. */
export const ROLE_FIELD_RULES: Record<Role, FieldRules> = {
  customer_handler: FULL, // answers members about their address and payments
  preparer: FULL,
  case_handler: FULL,
  approver: FULL,
  line_manager: FULL,
  benefits_owner: NOTHING, // figures, never persons
  employer: EMPLOYER_VIEW,
  member: NOTHING, // a member's own page will get its own rules
  data_consumer: NOTHING,
  payments_officer: FULL, // pays to the account
  admin: FULL,
};

const RANK: Record<FieldVisibility, number> = { hidden: 0, masked: 1, full: 2 };
const least = (a: FieldVisibility, b: FieldVisibility) => (RANK[a] <= RANK[b] ? a : b);
const most = (a: FieldVisibility, b: FieldVisibility) => (RANK[a] >= RANK[b] ? a : b);

/** The caller's rules for data reached through `permission` (by default reading persons). */
export function fieldRulesFor(principal: Principal, permission: Permission = 'person:read'): FieldRules {
  let rules: Record<PersonalField, FieldVisibility> = { ...NOTHING };
  for (const grant of principal.grants) {
    if (!ROLE_PERMISSIONS[grant.role].includes(permission)) continue;
    const role = ROLE_FIELD_RULES[grant.role];
    for (const f of PERSONAL_FIELDS) {
      const v = grant.orgnr === null ? role[f] : least(role[f], EMPLOYER_VIEW[f]);
      rules = { ...rules, [f]: most(rules[f], v) };
    }
  }
  return rules;
}

/** One value as the rules let the caller see it: itself, masked, or null. */
export function applyFieldRule(rules: FieldRules, field: PersonalField, value: string | null): string | null {
  if (value === null) return null;
  switch (rules[field]) {
    case 'full':
      return value;
    case 'masked':
      return field === 'nationalId' ? maskNationalId(value) : null;
    default:
      return null;
  }
}

/** A record with personal fields, as the caller may see it (other fields pass unchanged). */
export function applyFieldRules<T extends Partial<Record<PersonalField, string | null>>>(
  rules: FieldRules,
  record: T,
): T {
  const out: Partial<Record<PersonalField, string | null>> = { ...record };
  for (const f of PERSONAL_FIELDS) {
    const v = record[f];
    if (v !== undefined) out[f] = applyFieldRule(rules, f, v);
  }
  return out as T;
}

const isPersonal = (field: string): field is PersonalField =>
  (PERSONAL_FIELDS as readonly string[]).includes(field);

/**
 * Changes of fields (history, audit details) as the caller may see them: a hidden field's change
 * is left out altogether (that it changed says something too), a masked one shows masked values.
 */
export function visibleChanges<C extends { field: string; from: unknown; to: unknown }>(
  rules: FieldRules,
  changes: readonly C[],
): C[] {
  const out: C[] = [];
  for (const c of changes) {
    if (!isPersonal(c.field)) out.push(c);
    else if (rules[c.field] === 'full') out.push(c);
    else if (rules[c.field] === 'masked') {
      const mask = (v: unknown) =>
        typeof v === 'string' ? applyFieldRule(rules, c.field as PersonalField, v) : v;
      out.push({ ...c, from: mask(c.from), to: mask(c.to) });
    }
  }
  return out;
}
