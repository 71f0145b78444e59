-- Letters ordered by other capabilities (a decision from cases, a payment notice or a recovery
-- letter from payments), written in the orderer's transaction: the order exists exactly when
-- the decision or payment does. The documents capability renders and delivers each order once.
create table letter_order (
  id bigint generated always as identity primary key,
  type text not null check (type in (
    'decision', 'payment_notice', 'annual_statement', 'recovery', 'free')),
  person_id bigint not null references person (id),
  case_id bigint,
  -- Everything the letter needs, as the orderer knew it (amounts in øre, dates as YYYY-MM-DD).
  data jsonb not null,
  -- One letter per business event: ordering the same key again is a no-op.
  idempotency_key text not null unique,
  security_class smallint not null default 2 check (security_class between 1 and 4),
  status text not null default 'queued',
  ordered_at timestamptz not null default now(),
  ordered_by text not null
);
create index letter_order_queued on letter_order (id) where status = 'queued';
create index letter_order_person on letter_order (person_id);
