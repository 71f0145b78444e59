-- Pension cases (saker): one case per application or change to a running pension (the single-case
-- principle), its history of steps, the data each stage records, time registered and errors.
-- A case refers to register rows (person, membership, pension) by id; it never changes them itself:
-- an approved decision writes the pension through the register's own functions.

-- The service target and routing per case type, configurable by the fund: the due date is
-- `basis` (the received date or the claimed start) plus `days` (may be negative: decided
-- before the claimed start), and a new case goes to `org_unit`'s queue.
create table case_type_setting (
  type text primary key,
  due_basis text not null check (due_basis in ('received', 'claimed_from')),
  due_days integer not null,
  org_unit text not null,
  recorded_at timestamptz not null default now(),
  recorded_by text not null
);
insert into case_type_setting (type, due_basis, due_days, org_unit, recorded_by) values
  ('old_age', 'claimed_from', 28, 'pensjon', 'migration'),
  ('rule_85', 'claimed_from', 28, 'pensjon', 'migration'),
  ('afp_62_65', 'claimed_from', 28, 'pensjon', 'migration'),
  ('afp_65_67', 'claimed_from', 28, 'pensjon', 'migration'),
  ('deferred', 'claimed_from', 28, 'pensjon', 'migration'),
  ('disability', 'received', 56, 'uforhet', 'migration'),
  ('spouse', 'received', 28, 'etterlatte', 'migration'),
  ('child', 'received', 28, 'etterlatte', 'migration'),
  ('change', 'received', 21, 'pensjon', 'migration'),
  ('stop', 'received', 7, 'pensjon', 'migration');

create table pension_case (
  id bigint generated always as identity primary key,
  type text not null references case_type_setting (type),
  person_id bigint not null references person (id),
  -- The membership the benefit is paid from (own, or the survivor's for spouse and child).
  membership_id bigint not null references membership (id),
  -- The employer of that membership, as routed at receipt: an employer's users see its cases.
  orgnr char(9) not null,
  org_unit text not null,
  -- A change or stop names the running pension; a survivor's case the member who died.
  pension_id bigint references pension (id),
  deceased_person_id bigint references person (id),
  grade_pct numeric(5,2),
  status text not null check (status in ('received', 'preparing', 'assessing', 'calculating',
    'awaiting_approval', 'decided', 'on_hold', 'withdrawn', 'reopened')),
  -- on_hold: the status to go back to, why, and the reminder date the case returns to the queue.
  held_from_status text,
  hold_reason text,
  hold_until date,
  assignee_id integer references app_user (id),
  claimed_from date not null,
  received_at timestamptz not null default now(),
  due_date date not null,
  source text not null check (source in ('member', 'employer', 'staff', 'system')),
  note text,
  -- The decision draft and its approval (four eyes: approved_by is never proposed_by).
  decision_outcome text check (decision_outcome in ('granted', 'refused')),
  decision_from date,
  decision_reason text,
  decision_annual_amount bigint,   -- øre per year
  decision_monthly_amount bigint,  -- øre per month
  decision_grade_pct numeric(5,2),
  decision_calculation integer,    -- the calculation version the decision rests on
  proposed_by integer references app_user (id),
  proposed_at timestamptz,
  approved_by integer references app_user (id),
  approved_at timestamptz,
  decision_round integer not null default 0,
  -- The pension the approved decision wrote to the register.
  decided_pension_id bigint references pension (id),
  first_decided_at timestamptz,
  -- When the case last became decided or withdrawn; null while open (a reopened case is open).
  closed_at timestamptz,
  -- The sum of case_time.minutes, kept with each registration: statistics read it per case.
  minutes_total integer not null default 0,
  check (status <> 'on_hold' or (held_from_status is not null and hold_until is not null))
);

-- Every step of every case: who, when, what, from which status to which.
create table case_event (
  id bigint generated always as identity primary key,
  case_id bigint not null references pension_case (id),
  at timestamptz not null default now(),
  actor text not null,
  action text not null,
  from_status text,
  to_status text,
  comment text,
  details jsonb
);
create index case_event_case on case_event (case_id, id);

-- The service history as prepared: periods from the register (with who recorded them) and
-- periods added by hand (with the document or scheme they come from).
create table case_service_period (
  id bigint generated always as identity primary key,
  case_id bigint not null references pension_case (id),
  kind text not null check (kind in ('employment', 'transfer')),
  source text not null,            -- 'register', or where a hand-added period comes from
  employment_id bigint,            -- the register's period, when source = 'register'
  from_date date not null,
  to_date date,
  position_pct numeric(5,2),
  annual_salary bigint,            -- øre per year, full-time equivalent
  service_years numeric(6,2),      -- transfer: the service time the other scheme reports
  note text,
  recorded_by_source text,         -- register: who recorded the period there
  added_by text not null,
  added_at timestamptz not null default now(),
  superseded_at timestamptz
);
create index case_service_period_case on case_service_period (case_id) where superseded_at is null;

-- Conditions assessed: the rules engine's eligibility and those recorded by hand.
create table case_condition (
  id bigint generated always as identity primary key,
  case_id bigint not null references pension_case (id),
  name text not null,
  met boolean not null,
  note text,
  source text not null check (source in ('rules', 'manual')),
  recorded_by text not null,
  recorded_at timestamptz not null default now(),
  superseded_at timestamptz
);
create index case_condition_case on case_condition (case_id) where superseded_at is null;

-- Every calculation, versioned: the rules engine's full request and its answer with the trace.
create table case_calculation (
  case_id bigint not null references pension_case (id),
  version integer not null,
  request jsonb not null,
  result jsonb not null,
  calculated_by text not null,
  calculated_at timestamptz not null default now(),
  primary key (case_id, version)
);

-- Time registered on a case, by whom and in which stage: the raw data of efficiency scorecards.
create table case_time (
  id bigint generated always as identity primary key,
  case_id bigint not null references pension_case (id),
  user_id integer not null references app_user (id),
  stage text not null,
  minutes integer not null check (minutes between 1 and 1440),
  registered_at timestamptz not null default now()
);
create index case_time_case on case_time (case_id);

-- A decided case reopened because its decision was wrong: one error for quality figures.
create table case_error (
  id bigint generated always as identity primary key,
  case_id bigint not null references pension_case (id),
  category text not null check (category in ('calculation', 'missing_information', 'wrong_rule',
    'registration', 'other')),
  reason text not null,
  at timestamptz not null default now(),
  recorded_by text not null
);
create index case_error_case on case_error (case_id);
