-- Tax correction on recovery (payments.md, issue #18 item 5): a claim for money paid after a death
-- is the net the estate received (gross − tax withheld). The tax withheld on those payments is not
-- claimed from the estate: the fund corrects its own withholding report for those months, and the
-- annual statement no longer counts them (paid-in-year.ts) unless the claim is written off.
-- Both are null on claims raised before this migration.
alter table recovery_claim add column gross bigint, add column withholding bigint;

-- A run appends its payments and lines together at the end of their tables, so a block-range (BRIN)
-- index finds a run's rows (or a month's lines) as well as a b-tree would, at a fraction of the
-- cost of keeping a b-tree entry per row: writing a million payments and lines wrote four b-trees.
-- A person's lines are found through their pensions (the primary key leads with pension_id).
drop index payment_run_person;
create index payment_by_run on payment using brin (run_id);
drop index payment_line_payment;
create index payment_line_by_month on payment_line using brin (month);
