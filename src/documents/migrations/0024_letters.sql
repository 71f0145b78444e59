-- The letter archive, delivery state per letter, receipts, daily print batches and the member's
-- own choice of paper. An order (letter_order, 0014) is rendered once into a letter; a letter
-- goes out by exactly one channel.

-- A member's own registered choice of paper wins over the contact register.
create table letter_preference (
  person_id bigint primary key references person (id),
  paper boolean not null,
  recorded_at timestamptz not null default now(),
  recorded_by text not null
);

create table print_batch (
  id bigint generated always as identity primary key,
  -- One batch a day: building the day's batch again returns the same batch.
  day date not null unique,
  letters integer not null,
  -- sha256 of the manifest (the ZIP is built from the archived PDFs, byte for byte the same).
  manifest_checksum text not null,
  created_at timestamptz not null default now(),
  created_by text not null
);

-- The archive: what was rendered is what is sent, and it never changes once sent.
create table letter (
  id bigint generated always as identity primary key,
  order_id bigint not null unique references letter_order (id),
  person_id bigint not null references person (id),
  type text not null,
  case_id bigint,
  security_class smallint not null check (security_class between 1 and 4),
  language text not null default 'nb' check (language in ('nb', 'nn', 'en')),
  title text not null,
  -- Recipient as printed on the letter (name and postal address when rendered).
  recipient_name text not null,
  recipient_address text,
  pdf bytea not null,
  pages smallint not null,
  checksum text not null, -- sha256 of pdf, hex
  rendered_at timestamptz not null default now(),
  -- Delivery, set when the channel is chosen and while the letter travels.
  channel text check (channel in ('digital', 'paper')),
  -- pending → sending → accepted → delivered | opened; failed or overdue → print; print → printed
  state text not null default 'new' check (state in (
    'new', 'pending', 'sending', 'accepted', 'delivered', 'opened', 'print', 'printed', 'undeliverable')),
  attempts smallint not null default 0,
  next_attempt_at timestamptz,
  last_error text,
  mailbox_address text,
  provider_message_id text,
  -- Digital: when the provider accepted it; the letter goes to print if not delivered by then + the set time.
  accepted_at timestamptz,
  fallback_reason text,
  print_batch_id bigint references print_batch (id),
  sent_at timestamptz
);
create index letter_person on letter (person_id, id);
create index letter_state on letter (state, next_attempt_at) where state in ('new', 'pending', 'sending', 'accepted', 'print');
create index letter_type_sent on letter (sent_at, type, channel);
create index letter_batch on letter (print_batch_id) where print_batch_id is not null;

-- Immutable once sent: the archived content, recipient and metadata never change after sent_at is set,
-- and a sent letter is never deleted.
create function letter_immutable() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    if old.sent_at is not null then
      raise exception 'letter % was sent and is archived: it cannot be deleted', old.id using errcode = '55000';
    end if;
    return old;
  end if;
  if old.sent_at is not null and (
      new.pdf is distinct from old.pdf or new.checksum is distinct from old.checksum
      or new.person_id is distinct from old.person_id or new.type is distinct from old.type
      or new.case_id is distinct from old.case_id or new.security_class is distinct from old.security_class
      or new.title is distinct from old.title or new.recipient_name is distinct from old.recipient_name
      or new.recipient_address is distinct from old.recipient_address or new.order_id is distinct from old.order_id
      or new.language is distinct from old.language or new.sent_at is distinct from old.sent_at) then
    raise exception 'letter % was sent: its archived content cannot change', old.id using errcode = '55000';
  end if;
  return new;
end $$;
create trigger letter_immutable before update or delete on letter
  for each row execute function letter_immutable();

-- Receipts from the mailbox provider (and Kassa's own events: fallback to print, printed).
create table letter_receipt (
  id bigint generated always as identity primary key,
  letter_id bigint not null references letter (id),
  kind text not null check (kind in ('accepted', 'delivered', 'opened', 'failed', 'fallback', 'printed')),
  at timestamptz not null,
  detail text,
  -- The provider's receipt id: a receipt read twice is stored once.
  provider_receipt_id text unique
);
create index letter_receipt_letter on letter_receipt (letter_id, id);

-- Where the provider's receipt feed was read up to.
create table letter_receipt_cursor (
  provider text primary key,
  cursor text not null
);

-- Why an order could not be rendered (status 'rejected'): shown to the handler who ordered it.
alter table letter_order add column error text;
