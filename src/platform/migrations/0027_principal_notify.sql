-- Issue #22 (throughput): servers keep signed-in users' principals in memory between requests. Every
-- change of a user or of a role grant, by any process and any path, tells every listening server
-- (NOTIFY kassa_principal with the user's id, delivered at commit), so a deactivation, a new
-- password, a granted or revoked role takes effect at once everywhere (platform/auth/principal-cache.ts).
create function kassa_notify_principal_user() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then perform pg_notify('kassa_principal', old.id::text); end if;
  if tg_op <> 'DELETE' then perform pg_notify('kassa_principal', new.id::text); end if;
  return null;
end $$;
create trigger notify_principal after insert or update or delete on app_user
  for each row execute function kassa_notify_principal_user();

create function kassa_notify_principal_grant() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then perform pg_notify('kassa_principal', old.user_id::text); end if;
  if tg_op <> 'DELETE' then perform pg_notify('kassa_principal', new.user_id::text); end if;
  return null;
end $$;
create trigger notify_principal after insert or update or delete on role_assignment
  for each row execute function kassa_notify_principal_grant();
