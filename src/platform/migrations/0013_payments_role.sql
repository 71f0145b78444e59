-- The payments officer (utbetaling) runs payment runs and works their queues.
alter table role_assignment drop constraint role_assignment_role_check;
alter table role_assignment add constraint role_assignment_role_check check (role in (
  'customer_handler', 'preparer', 'case_handler', 'approver', 'line_manager',
  'benefits_owner', 'employer', 'member', 'data_consumer', 'payments_officer', 'admin'));
