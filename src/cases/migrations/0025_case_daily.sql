-- Daily counts per case type and unit, kept by the steps in the same transaction (cases/daily.ts):
-- a year of statistics reads a few thousand rows, not a third of a million cases. Days are Oslo days.
-- A caller whose statistics grant is limited to employers is answered from the per-case facts (0023).
create table case_daily (
  day date not null,
  type text not null,
  org_unit text not null,
  received integer not null default 0,
  closed integer not null default 0,    -- first closes (approved, withdrawn) and closes after a reopening
  reopened integer not null default 0,  -- reopenings; each one is an error
  decided integer not null default 0,   -- first decisions
  minutes bigint not null default 0,    -- minutes registered on the cases first decided that day
  primary key (day, type, org_unit)
);
-- Lead times (receipt to first decision, in days) of the cases first decided each day: percentiles.
create table case_daily_lead (
  day date not null,
  type text not null,
  org_unit text not null,
  lead_days integer not null,
  cases integer not null,
  primary key (day, type, org_unit, lead_days)
);

-- Counts everything again from the per-case facts: for cases recorded before this migration and
-- for data loaded in bulk (bench, tests that write rows directly).
create function kassa_case_daily_rebuild() returns void language sql as $$
  delete from case_daily;
  delete from case_daily_lead;
  insert into case_daily (day, type, org_unit, received, closed, reopened, decided, minutes)
  select day, type, org_unit, sum(received), sum(closed), sum(reopened), sum(decided), sum(minutes)
  from (
    select (received_at at time zone 'Europe/Oslo')::date as day, type, org_unit,
      1 as received, 0 as closed, 0 as reopened, 0 as decided, 0 as minutes from pension_case
    union all
    select (first_closed_at at time zone 'Europe/Oslo')::date, type, org_unit, 0, 1, 0, 0, 0
    from pension_case where first_closed_at is not null
    union all
    select (first_decided_at at time zone 'Europe/Oslo')::date, type, org_unit, 0, 0, 0, 1, minutes_total
    from pension_case where first_decided_at is not null
    union all
    select (r.at at time zone 'Europe/Oslo')::date, c.type, c.org_unit, 0, 0, 1, 0, 0
    from case_error r join pension_case c on c.id = r.case_id
    union all
    select (r.closed_again_at at time zone 'Europe/Oslo')::date, c.type, c.org_unit, 0, 1, 0, 0, 0
    from case_error r join pension_case c on c.id = r.case_id where r.closed_again_at is not null
  ) x group by day, type, org_unit;
  insert into case_daily_lead (day, type, org_unit, lead_days, cases)
  select (first_decided_at at time zone 'Europe/Oslo')::date, type, org_unit,
    (first_decided_at at time zone 'Europe/Oslo')::date - (received_at at time zone 'Europe/Oslo')::date, count(*)
  from pension_case where first_decided_at is not null group by 1, 2, 3, 4;
$$;
select kassa_case_daily_rebuild();

-- Work queues (mine, unassigned): the open cases someone still works on, by assignee, oldest
-- first; an ordered scan of this index stops after a page (bench/cases.ts: 0.3 ms instead of a
-- sort of the handler's 2 000 cases). Queues by case type likewise.
create index pension_case_work_assignee on pension_case (assignee_id, received_at, id)
  where closed_at is null and status not in ('awaiting_approval', 'decided', 'withdrawn');
create index pension_case_open_type on pension_case (type, received_at, id) where closed_at is null;
