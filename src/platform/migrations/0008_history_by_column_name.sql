-- The history trigger now copies the superseded row by column name, not by position: a column
-- added to a table later (and to its _history table in the same migration) lands in the right
-- place although it comes after superseded_at in the history table.
create or replace function kassa_keep_history() returns trigger language plpgsql as $$
begin
  execute format(
    'insert into %I select * from jsonb_populate_record(null::%I, $1)',
    TG_TABLE_NAME || '_history', TG_TABLE_NAME || '_history')
  using to_jsonb(OLD) || jsonb_build_object('superseded_at', now());
  return null;
end $$;
