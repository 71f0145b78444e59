-- Tax correction on recovery (payments.md, issue #18 item 5): a claim for money paid after a death
-- is the net the estate received (gross − tax withheld). The tax withheld on those payments is not
-- claimed from the estate: the fund corrects its own withholding report for those months, and the
-- annual statement no longer counts them (paid-in-year.ts) unless the claim is written off.
-- Both are null on claims raised before this migration.
alter table recovery_claim add column gross bigint, add column withholding bigint;
