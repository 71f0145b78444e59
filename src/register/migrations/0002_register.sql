-- Member register: providers, schemes, employers, persons, memberships, employments, pensions in
-- payment and yearly finance figures. Money is integer øre (bigint); dates are calendar dates.
-- Every table keeps its superseded rows in <table>_history (see kassa_keep_history).

create extension if not exists pg_trgm;

create table provider (
  code text primary key,
  name text not null,
  recorded_at timestamptz not null default now(),
  recorded_by text not null
);

create table scheme (
  code text primary key,                 -- e.g. PKH-FELLES
  provider_code text not null references provider (code),
  name text not null,
  recorded_at timestamptz not null default now(),
  recorded_by text not null
);

create table employer (
  id integer generated always as identity primary key,
  orgnr char(9) not null unique,         -- organisasjonsnummer
  name text not null,
  recorded_at timestamptz not null default now(),
  recorded_by text not null
);

create table person (
  id integer generated always as identity primary key,
  national_id char(11) not null unique,  -- fødselsnummer or D-number; never in a URL or a log
  birth_date date not null,
  name text not null,
  death_date date,
  address text,
  account_number char(11),               -- kontonummer for payments
  valid_from date not null default current_date,  -- when the current values took effect
  recorded_at timestamptz not null default now(),
  recorded_by text not null,
  check (death_date is null or death_date >= birth_date)
);
create index person_name_trgm on person using gin (lower(name) gin_trgm_ops);
create index person_birth_date on person (birth_date);

-- A person's membership of a scheme through an employer. A survivor (spouse, child) holds a
-- membership only through the pension it receives.
create table membership (
  id integer generated always as identity primary key,
  person_id integer not null references person (id),
  employer_id integer not null references employer (id),
  scheme_code text not null references scheme (code),
  recorded_at timestamptz not null default now(),
  recorded_by text not null,
  unique (person_id, employer_id, scheme_code)
);
create index membership_employer on membership (employer_id, scheme_code);

-- One period of constant position percentage and salary. Periods of one membership never overlap
-- (checked by the register before any write).
create table employment (
  id integer generated always as identity primary key,
  membership_id integer not null references membership (id),
  start_date date not null,
  end_date date,                         -- last day employed; null while it lasts
  position_pct numeric(5, 2) not null check (position_pct between 0 and 100),
  annual_salary bigint check (annual_salary >= 0),  -- øre, full-time equivalent
  age_limit smallint not null default 70 check (age_limit in (70, 68, 65, 63, 60)),  -- særaldersgrense
  recorded_at timestamptz not null default now(),
  recorded_by text not null,
  check (end_date is null or end_date >= start_date),
  unique (membership_id, start_date)
);

create table pension (
  id integer generated always as identity primary key,
  membership_id integer not null references membership (id),
  benefit text not null check (benefit in
    ('old_age', 'rule_85', 'afp_62_65', 'afp_65_67', 'disability', 'spouse', 'child')),
  start_date date not null,
  end_date date,
  grade_pct numeric(5, 2) check (grade_pct between 0 and 100),
  annual_amount bigint,                  -- øre per year
  deceased_person_id integer references person (id),  -- spouse and child: the member who died, when known
  recorded_at timestamptz not null default now(),
  recorded_by text not null,
  check (end_date is null or end_date >= start_date),
  unique (membership_id, benefit, start_date)
);
create index pension_membership on pension (membership_id);

create table finance_figure (
  employer_id integer not null references employer (id),
  scheme_code text not null references scheme (code),
  year smallint not null,
  premium bigint not null default 0,         -- øre
  premium_reserve bigint not null default 0, -- øre
  pension_cost bigint not null default 0,    -- øre
  recorded_at timestamptz not null default now(),
  recorded_by text not null,
  primary key (employer_id, scheme_code, year)
);

-- History tables and triggers: same columns plus superseded_at.
do $$
declare t text;
begin
  foreach t in array array['provider', 'scheme', 'employer', 'person', 'membership', 'employment',
                           'pension', 'finance_figure'] loop
    execute format('create table %I (like %I, superseded_at timestamptz not null)', t || '_history', t);
    execute format('create index on %I (superseded_at)', t || '_history');
    execute format('create trigger keep_history after update or delete on %I
                    for each row execute function kassa_keep_history()', t);
    execute format('create trigger stamp_recorded_at before update on %I
                    for each row execute function kassa_stamp_recorded_at()', t);
  end loop;
end $$;
create index person_history_id on person_history (id);
create index employment_history_membership on employment_history (membership_id);
create index pension_history_membership on pension_history (membership_id);
