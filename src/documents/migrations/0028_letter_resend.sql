-- A corrected undeliverable letter is resent as a new letter from the same order data (the
-- archived one never changes): the old letter ends 'resent' and points at the new order.
alter table letter drop constraint letter_state_check;
alter table letter add constraint letter_state_check check (state in (
  'new', 'pending', 'sending', 'accepted', 'delivered', 'opened', 'print', 'printed', 'undeliverable', 'resent'));
alter table letter add column resent_as bigint references letter_order (id);
alter table letter_receipt drop constraint letter_receipt_kind_check;
alter table letter_receipt add constraint letter_receipt_kind_check check (kind in (
  'accepted', 'delivered', 'opened', 'failed', 'fallback', 'printed', 'resent'));

-- PDFs are compressed already: TOAST's own compression only costs CPU on every write and read.
alter table letter alter column pdf set storage external;
