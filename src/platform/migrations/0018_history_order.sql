-- Issue #22 item 6: the history gives the true order of versions under concurrency. now() is the
-- start of the transaction: a change that waited for another's row lock was stamped earlier than
-- the change it follows, so on PostgreSQL superseded_at could come before recorded_at and the
-- history showed name changes that never happened. The stamps now use clock_timestamp(), read
-- after the row lock is held, and a version is superseded at exactly the moment its successor
-- was recorded: the versions of a row form one unbroken chain in the order they were written.
-- Strictly after the version it replaces, also where the clock is coarse (PGlite's has
-- milliseconds) or steps back: versions of one row never share a stamp.
create or replace function kassa_stamp_recorded_at() returns trigger language plpgsql as $$
begin
  new.recorded_at := greatest(clock_timestamp(), old.recorded_at + interval '1 microsecond');
  return new;
end $$;

create or replace function kassa_keep_history() returns trigger language plpgsql as $$
declare
  at timestamptz := clock_timestamp();
begin
  -- An update: the old version ends when the new one was stamped (kassa_stamp_recorded_at).
  if TG_OP = 'UPDATE' and (to_jsonb(NEW) ->> 'recorded_at') is distinct from (to_jsonb(OLD) ->> 'recorded_at') then
    at := (to_jsonb(NEW) ->> 'recorded_at')::timestamptz;
  end if;
  execute format(
    'insert into %I select * from jsonb_populate_record(null::%I, $1)',
    TG_TABLE_NAME || '_history', TG_TABLE_NAME || '_history')
  using to_jsonb(OLD) || jsonb_build_object('superseded_at', at);
  return null;
end $$;
