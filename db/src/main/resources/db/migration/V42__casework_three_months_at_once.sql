-- Conditional aid paid three months at once on the family's request (seed 003; chosen in the social contract):
-- the assignment carries its payment mode, and a payroll line says which month's payroll paid it. A payment of three
-- months at once is three lines (one per month of entitlement, the same paid_with month), so the unique key
-- payroll_line_once_a_month (assignment, month) still pays no month twice, whatever runs and modes meet.
alter table aid_assignment add column payment_mode text not null default 'monthly'
    check (payment_mode in ('monthly', 'three-months-at-once'));
update aid_assignment a set payment_mode = k.payment_mode
  from social_contract k where k.case_id = a.case_id and k.payment_mode <> 'monthly';

alter table payroll_line add column paid_with date;
update payroll_line set paid_with = month where paid_with is null;
alter table payroll_line alter column paid_with set not null;
