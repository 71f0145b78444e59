/**
 * Shapes of the API answers the UI relies on. Objects are loose: the server may add keys
 * without breaking the UI; a missing or mistyped key fails loudly at the boundary.
 */
import { z } from 'zod';

export const Meta = z.looseObject({
  environment: z.enum(['production', 'training']),
  version: z.string(),
});
export type Meta = z.infer<typeof Meta>;

export const RoleGrant = z.object({ role: z.string(), orgnr: z.string().nullable() });
export type RoleGrant = z.infer<typeof RoleGrant>;

export const User = z.looseObject({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleGrant),
});
export type User = z.infer<typeof User>;

export const LoginAnswer = z.object({ token: z.string(), user: User });

export const PersonHit = z.looseObject({
  id: z.number(),
  name: z.string(),
  birthDate: z.string(),
  nationalIdMasked: z.string(),
  deathDate: z.string().nullable(),
});
export type PersonHit = z.infer<typeof PersonHit>;
export const PersonSearchAnswer = z.object({ results: z.array(PersonHit) });

const Recorded = { recordedAt: z.string(), recordedBy: z.string() };

export const Employment = z.looseObject({
  id: z.number(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  positionPct: z.number(),
  annualSalary: z.number().nullable(),
  ageLimit: z.number().nullable(),
  ...Recorded,
});
export type Employment = z.infer<typeof Employment>;

export const Pension = z.looseObject({
  id: z.number(),
  benefit: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  gradePct: z.number().nullable(),
  annualAmount: z.number().nullable(),
  /** A survivor's pension: the member who died, when known. */
  deceasedPersonId: z.number().nullable().optional(),
  ...Recorded,
});
export type Pension = z.infer<typeof Pension>;

export const MemberStatus = z.enum(['active', 'pensioner', 'former']);
export type MemberStatus = z.infer<typeof MemberStatus>;

/** 'own': the person's membership through work; 'survivor': holds a survivor's pension after a deceased member. */
export const MembershipKind = z.enum(['own', 'survivor']);
export type MembershipKind = z.infer<typeof MembershipKind>;

export const Membership = z.looseObject({
  id: z.number(),
  kind: MembershipKind,
  employer: z.looseObject({ id: z.number(), orgnr: z.string(), name: z.string() }),
  scheme: z.looseObject({ code: z.string(), name: z.string(), providerCode: z.string() }),
  status: MemberStatus.nullable(),
  employments: z.array(Employment),
  pensions: z.array(Pension),
});
export type Membership = z.infer<typeof Membership>;

export const Person = z.looseObject({
  id: z.number(),
  nationalId: z.string(),
  name: z.string(),
  birthDate: z.string(),
  deathDate: z.string().nullable(),
  address: z.string().nullable(),
  accountNumber: z.string().nullable(),
  validFrom: z.string().nullable().optional(),
  ...Recorded,
  memberships: z.array(Membership),
});
export type Person = z.infer<typeof Person>;

const FieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]).optional();
export const Change = z.looseObject({
  entity: z.string(),
  entityId: z.union([z.number(), z.string()]),
  at: z.string(),
  by: z.string(),
  action: z.string(),
  fields: z.array(z.looseObject({ field: z.string(), from: FieldValue, to: FieldValue })),
});
export type Change = z.infer<typeof Change>;
export const HistoryAnswer = z.object({ changes: z.array(Change) });

export const Employer = z.looseObject({
  id: z.number(),
  orgnr: z.string(),
  name: z.string(),
  memberships: z.number(),
});
export type Employer = z.infer<typeof Employer>;
export const EmployersAnswer = z.looseObject({ employers: z.array(Employer), total: z.number().optional() });
