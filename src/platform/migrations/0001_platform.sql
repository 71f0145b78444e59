-- Platform: users, roles, audit and access logs, signing keys, and the history mechanism that
-- every capability's tables use.

-- Keeps every superseded row: an AFTER UPDATE/DELETE trigger copies the old row into
-- <table>_history with the moment it was superseded. A change never overwrites.
create function kassa_keep_history() returns trigger language plpgsql as $$
begin
  execute format('insert into %I select ($1).*, now()', TG_TABLE_NAME || '_history') using OLD;
  return null;
end $$;

-- Stamps the time of recording on every update, so a row always says when it became what it is.
create function kassa_stamp_recorded_at() returns trigger language plpgsql as $$
begin
  new.recorded_at := now();
  return new;
end $$;

create table app_user (
  id integer generated always as identity primary key,
  username text not null unique,
  display_name text not null,
  password_hash text,                    -- scrypt; null for users who sign in through an external IdP
  external_subject text unique,          -- `sub` from an external OpenID Connect issuer
  active boolean not null default true,
  recorded_at timestamptz not null default now(),
  recorded_by text not null
);

-- A role held by a user, optionally scoped to one employer (organisation number) or org unit.
create table role_assignment (
  id integer generated always as identity primary key,
  user_id integer not null references app_user (id) on delete cascade,
  role text not null check (role in (
    'customer_handler', 'preparer', 'case_handler', 'approver', 'line_manager',
    'benefits_owner', 'employer', 'member', 'data_consumer', 'admin')),
  scope_orgnr char(9),
  org_unit text,
  recorded_at timestamptz not null default now(),
  recorded_by text not null,
  unique nulls not distinct (user_id, role, scope_orgnr, org_unit)
);

-- Every write that touches money, a decision or the register: who, when, what, why.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor text not null,
  action text not null,
  entity text not null,
  entity_id text,
  reason text,
  details jsonb
);
create index audit_log_entity on audit_log (entity, entity_id);

-- Every read of a person's data: who looked up whom, when and why. The member can see it.
create table access_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor text not null,
  person_id integer not null,
  purpose text not null,
  what text not null
);
create index access_log_person on access_log (person_id, at);

-- Keys the built-in identity provider signs tokens with (ES256); the public half is served as JWKS.
create table signing_key (
  kid text primary key,
  private_jwk jsonb not null,
  public_jwk jsonb not null,
  created_at timestamptz not null default now()
);
