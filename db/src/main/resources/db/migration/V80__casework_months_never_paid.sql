-- Months the payroll never paid: an assignment opened after a month's payroll run, or months skipped while the payment
-- was ended and then resumed on an upheld appeal. The next payroll of the assignment's region pays them as arrears
-- (one line per month, in the same transfer as its own month); the unique key payroll_line_once_a_month still pays
-- no month twice, whatever runs meet.
--
-- A run now records the region it was made for (null: all regions), so "this month's payroll was run" is known for
-- the assignment's own region; a line caught up later says so (the paying agent's file shows it as arrears).
alter table payroll_run add column region_code text;
alter table payroll_line add column caught_up boolean not null default false;
