-- Role grants keep their past: a revoked (deleted) grant is copied to role_assignment_history with
-- the moment it ended, so "who held which role when" stays answerable. Who revoked it and why is
-- in the audit log (entity 'user', action 'revoke-role').
create table role_assignment_history (like role_assignment, superseded_at timestamptz not null);
create index role_assignment_history_user on role_assignment_history (user_id, superseded_at);
create trigger keep_history after update or delete on role_assignment
  for each row execute function kassa_keep_history();
create trigger stamp_recorded_at before update on role_assignment
  for each row execute function kassa_stamp_recorded_at();

-- A user's changes (name, active, password) stamp the time; the audit log says who and why.
create trigger stamp_recorded_at before update on app_user
  for each row execute function kassa_stamp_recorded_at();
