-- Indexes of the work queues, the case page and the statistics (bench/cases.ts: 100 000 open and
-- 1 000 000 decided cases). Open work is a small part of all cases: its indexes are partial.
create index pension_case_open_received on pension_case (received_at, id) where closed_at is null;
create index pension_case_open_due on pension_case (due_date, id) where closed_at is null;
create index pension_case_open_assignee on pension_case (assignee_id, received_at, id) where closed_at is null;
create index pension_case_open_unit on pension_case (org_unit, received_at, id) where closed_at is null;
create index pension_case_open_status on pension_case (status, received_at, id) where closed_at is null;
-- Closed cases by status (decided, withdrawn), per employer, per person.
create index pension_case_status on pension_case (status, received_at, id);
create index pension_case_orgnr on pension_case (orgnr, received_at, id);
create index pension_case_person on pension_case (person_id);
-- Statistics: received and first decided per period; the steps that close and reopen a case.
create index pension_case_received on pension_case (received_at);
create index pension_case_first_decided on pension_case (first_decided_at) where first_decided_at is not null;
create index case_event_closing on case_event (at) where action in ('approve', 'withdraw', 'reopen');
create index case_error_at on case_error (at);
