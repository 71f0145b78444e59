-- Statistics read per-case facts that the steps keep in their own transaction, not the history
-- (case_event, four or more rows per case): a case is open from receipt until it is first closed
-- (approved or withdrawn), and again from each reopening (one case_error each) until closed again.
-- With these two instants the open cases at any moment are four counts over narrow indexes.
alter table pension_case add column first_closed_at timestamptz;
alter table case_error add column closed_again_at timestamptz;

-- Cases recorded before this migration: the same instants, read once from the history.
update pension_case c set first_closed_at = e.at
from (select case_id, min(at) as at from case_event where action in ('approve', 'withdraw') group by case_id) e
where e.case_id = c.id;
update case_error r set closed_again_at = (
  select min(e.at) from case_event e
  where e.case_id = r.case_id and e.action in ('approve', 'withdraw') and e.at > r.at);

-- The statistics' ranges, each covering the filters (type, unit, employer) and the figures it
-- reads, so a year is an index-only scan; they replace the plain ones of 0021.
drop index pension_case_received;
drop index pension_case_first_decided;
drop index case_event_closing;
create index pension_case_received_facts on pension_case (received_at) include (type, org_unit, orgnr);
create index pension_case_decided_facts on pension_case (first_decided_at)
  include (received_at, type, org_unit, orgnr, minutes_total) where first_decided_at is not null;
create index pension_case_closed_facts on pension_case (first_closed_at)
  include (type, org_unit, orgnr) where first_closed_at is not null;
create index case_error_closed_again on case_error (closed_again_at) where closed_again_at is not null;
