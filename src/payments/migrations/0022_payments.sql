-- Monthly payments (utbetaling), tax cards (skattekort), regulation (regulering) and recovery
-- (tilbakekreving): shared/contracts/payments.md. Amounts in øre (whole kroner in practice).

-- A payment run pays one month, once (the month is its key). Totals are kept for the summary
-- and the reconciliation; created_at is the bank file's CreDtTm.
create table payment_run (
  id bigint generated always as identity primary key,
  month date not null unique check (extract(day from month) = 1),
  pay_date date not null,
  msg_id text not null unique,
  created_at timestamptz not null default now(),
  created_by text not null,
  payments integer not null default 0,
  gross bigint not null default 0,
  withholding bigint not null default 0,
  deductions bigint not null default 0,
  reissued bigint not null default 0,
  net bigint not null default 0,
  back_pay bigint not null default 0,
  missing_account integer not null default 0,
  held_gross bigint not null default 0,
  default_tax integer not null default 0,
  transactions integer not null default 0,
  file_path text
);

-- One payment per person and month; never edited once made (a correction is a line in a later run).
-- payment and payment_line are written only by the run, set-based, from joins with person and the
-- run in the same transaction: valid by construction. They carry no foreign keys, whose per-row
-- checks cost a third of writing a million payments (bench/payments.ts).
create table payment (
  person_id bigint not null,
  month date not null,
  run_id bigint not null,
  account_number char(11) not null,
  gross bigint not null,
  withholding bigint not null,
  deduction bigint not null,
  -- A rejected earlier payment's net sent again now that the account is corrected.
  reissued bigint not null default 0,
  net bigint not null check (net >= 0),
  tax_basis text not null check (tax_basis in ('percentage', 'table', 'default')),
  -- The bank file's EndToEndId, derived from person and month (so unique with them).
  end_to_end_id text not null,
  primary key (person_id, month)
);
create index payment_run_person on payment (run_id, person_id);

-- What a payment pays: per pension and the month the amount is for (for_month < month is back-pay).
create table payment_line (
  person_id bigint not null,
  month date not null,
  pension_id bigint not null,
  for_month date not null,
  gross bigint not null,
  primary key (pension_id, for_month, month)
);
create index payment_line_payment on payment_line (person_id, month);

-- A person due a payment but not paid: no valid account, or the account the bank rejected is
-- unchanged. A later run pays the held months as back-pay once an account is registered.
create table payment_hold (
  person_id bigint not null references person (id),
  month date not null,
  run_id bigint not null references payment_run (id),
  reason text not null check (reason in ('missing_account', 'rejected_account')),
  gross bigint not null,
  primary key (person_id, month)
);

-- The run's accounting entries (bilag): they balance, debit = credit.
create table payment_entry (
  run_id bigint not null references payment_run (id),
  account text not null,
  debit bigint not null default 0,
  credit bigint not null default 0,
  primary key (run_id, account)
);

-- The bank's status report (pain.002) per payment. A rejected one is a work-queue item until a
-- later run sends its net again to a corrected account (resolved_run_id).
create table payment_receipt (
  person_id bigint not null,
  month date not null,
  status text not null check (status in ('accepted', 'rejected')),
  reason text,
  account_number char(11) not null,
  message_id text not null,
  received_at timestamptz not null default now(),
  resolved_run_id bigint references payment_run (id),
  primary key (person_id, month),
  foreign key (person_id, month) references payment (person_id, month)
);
create index payment_receipt_open on payment_receipt (person_id) where status = 'rejected' and resolved_run_id is null;

-- Tax cards (skattekort) fetched from the tax authority per person and income year.
create table tax_card (
  person_id bigint not null references person (id),
  year smallint not null,
  kind text not null check (kind in ('percentage', 'table')),
  -- The card's percentage (prosentkort), or for a table card the rate for other income such as back-pay.
  percentage numeric(5, 2) not null,
  table_number text,
  fetched_at timestamptz not null default now(),
  primary key (person_id, year),
  check ((kind = 'table') = (table_number is not null))
);

-- Published monthly withholding tables (trekktabeller, 1 month): from this monthly income (whole
-- kroner), withhold this amount; above the last row, `marginal_pct` of the excess is added.
create table withholding_table (
  year smallint not null,
  table_number text not null,
  income_from bigint not null,
  withholding bigint not null,
  primary key (year, table_number, income_from)
);
create table withholding_table_top (
  year smallint not null,
  table_number text not null,
  marginal_pct numeric(5, 2) not null,
  primary key (year, table_number)
);
-- When cards for a year were last fetched (the run asks again when none are).
create table tax_card_fetch (
  year smallint primary key,
  fetched_at timestamptz not null default now(),
  persons integer not null,
  cards integer not null
);

-- G recorded beside the rules engine's built-in table; it wins from its date once approved
-- (four eyes when entered in the UI: another user approves; `kassa regulate` records it approved).
create table g_value (
  from_date date primary key,
  g bigint not null check (g > 0),
  pension_factor numeric(8, 6),
  entered_by text not null,
  entered_at timestamptz not null default now(),
  approved_by text,
  approved_at timestamptz,
  -- 'command': recorded by `kassa regulate`, the operator's own act; 'ui': entered by an
  -- administrator and approved by another.
  source text not null default 'ui' check (source in ('ui', 'command')),
  check (source = 'command' or approved_by is null or approved_by <> entered_by)
);

-- A regulation (regulering) done: one per date.
create table regulation (
  id bigint generated always as identity primary key,
  from_date date not null unique,
  g bigint not null,
  g_before bigint not null,
  pension_factor numeric(8, 6) not null,
  pensions integer not null,
  before_total bigint not null,
  after_total bigint not null,
  created_at timestamptz not null default now(),
  created_by text not null
);

-- A pension's annual amount from a date (a new dated period), with the factor and the amounts
-- before and after; the amount on a date is the latest period's, else the register's. Written
-- only by the regulation, set-based from pension and the regulation row: no per-row foreign-key
-- checks (they were most of its time at a million pensions).
create table pension_amount (
  pension_id bigint not null,
  from_date date not null,
  annual_amount bigint not null,
  before_amount bigint not null,
  factor numeric(12, 10) not null,
  regulation_id bigint not null,
  primary key (pension_id, from_date)
);

-- Money paid for months after a death (reported late): a claim on the estate, settled by
-- instalments deducted from payments to the debtor, or written off (reason, another user approves).
create table recovery_claim (
  id bigint generated always as identity primary key,
  person_id bigint not null references person (id),
  debtor_person_id bigint not null references person (id),
  first_month date not null,
  last_month date not null,
  amount bigint not null check (amount > 0),
  instalment bigint check (instalment > 0),
  status text not null default 'open' check (status in ('open', 'instalments', 'write_off_proposed', 'written_off')),
  write_off_reason text,
  write_off_by text,
  write_off_approved_by text,
  created_run_id bigint not null references payment_run (id),
  created_at timestamptz not null default now(),
  unique (person_id, first_month),
  check (write_off_approved_by is null or write_off_approved_by <> write_off_by)
);
create table recovery_instalment (
  claim_id bigint not null references recovery_claim (id),
  month date not null,
  person_id bigint not null,
  amount bigint not null check (amount > 0),
  primary key (claim_id, month),
  foreign key (person_id, month) references payment (person_id, month)
);
