/** Names for the API answers the screens pass around, all derived from the generated types. */
import type { Answer } from './client';

export type Meta = Answer<'/api/meta'>;
export type User = Answer<'/api/auth/me'>;
export type RoleGrant = User['roles'][number];
export type PersonHit = Answer<'/api/persons/search', 'post'>['results'][number];
export type Person = Answer<'/api/persons/{id}'>;
export type Membership = Person['memberships'][number];
export type Employment = Membership['employments'][number];
export type Pension = Membership['pensions'][number];
export type MemberStatus = NonNullable<Membership['status']>;
export type Change = Answer<'/api/persons/{id}/history'>['changes'][number];
export type AccessLogEntry = Answer<'/api/persons/{id}/access-log'>['entries'][number];
export type Employer = Answer<'/api/employers'>['employers'][number];
export type StaffUser = Answer<'/api/users'>['users'][number];
export type RoleAssignment = StaffUser['roles'][number];
export type RoleHistoryEntry = Answer<'/api/users/{id}/role-history'>['history'][number];
export type GalleryRole = Answer<'/api/roles'>['roles'][number];
export type Calculation = Answer<'/api/calculations', 'post'>;
export type CalculationRequest = import('./client').Body<'/api/calculations', 'post'>;
