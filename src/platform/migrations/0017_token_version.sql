-- Issue #22 item 7: a password change, a deactivation (or re-activation), a changed external
-- identity or a revoked role ends the user's existing tokens. Each token carries the user's
-- token_version at sign-in; the bearer check compares it in the query that loads the user anyway.
-- Triggers bump the version, so every path (API, command line, a later capability) ends tokens.
alter table app_user add column token_version integer not null default 0;

create function kassa_end_user_tokens() returns trigger language plpgsql as $$
begin
  if new.password_hash is distinct from old.password_hash
     or new.active is distinct from old.active
     or new.external_subject is distinct from old.external_subject then
    new.token_version := old.token_version + 1;
  end if;
  return new;
end $$;
create trigger end_tokens before update on app_user
  for each row execute function kassa_end_user_tokens();

create function kassa_end_tokens_of_grant() returns trigger language plpgsql as $$
begin
  update app_user set token_version = token_version + 1 where id = old.user_id;
  return null;
end $$;
create trigger end_tokens after delete or update of role, scope_orgnr, org_unit, user_id on role_assignment
  for each row execute function kassa_end_tokens_of_grant();
