/** Kysely row types of the platform's own tables. Other capabilities declare theirs beside their SQL. */
import type { ColumnType, Generated } from 'kysely';

type Recorded = { recorded_at: ColumnType<Date, never, never>; recorded_by: string };

export type PlatformTables = {
  app_user: {
    id: Generated<number>;
    username: string;
    display_name: string;
    password_hash: string | null;
    external_subject: string | null;
    active: ColumnType<boolean, boolean | undefined, boolean>;
    /** Bumped by a trigger when tokens issued before must end (migration 0017). */
    token_version: ColumnType<number, never, never>;
  } & Recorded;
  role_assignment: {
    id: Generated<number>;
    user_id: number;
    role: string;
    scope_orgnr: string | null;
    org_unit: string | null;
  } & Recorded;
  audit_log: {
    id: Generated<number>;
    at: ColumnType<Date, never, never>;
    actor: string;
    action: string;
    entity: string;
    entity_id: string | null;
    reason: string | null;
    details: unknown;
  };
  access_log: {
    id: Generated<number>;
    at: ColumnType<Date, never, never>;
    actor: string;
    person_id: number;
    purpose: string;
    what: string;
  };
  signing_key: {
    kid: string;
    private_jwk: unknown;
    public_jwk: unknown;
    created_at: ColumnType<Date, never, never>;
  };
};
