-- A change of the amount (sanction, recalculation, appeal) or an end or resumption of the payment can reach months
-- the payroll has already paid (three months at once, or a run made before the change was recorded). The difference
-- between what is now due for such a month and what was paid for it is kept here, one row per month and change:
-- positive = an arrear owed to the family (paid with the next payroll of the assignment), negative = an overpayment
-- (to be recovered; the law's recovery procedure is not in the seeds, so it is recorded, never withheld by itself).
-- The sum of a month's rows plus its payroll line is always what is due for that month.
create table aid_payment_difference (
    id              bigserial primary key,
    assignment_id   bigint not null references aid_assignment (id),
    month           date not null check (extract(day from month) = 1),
    amount          bigint not null check (amount <> 0),
    cause           text not null,
    status          text not null check (status in ('to-pay', 'paid', 'to-recover', 'recovered')),
    paid_with       date,
    run_id          bigint,
    recorded_at     timestamptz not null default clock_timestamp(),
    check ((amount > 0) = (status in ('to-pay', 'paid'))),
    check ((status = 'paid') = (paid_with is not null))
);
create index aid_payment_difference_assignment_idx on aid_payment_difference (assignment_id);
create index aid_payment_difference_to_pay_idx on aid_payment_difference (assignment_id) where status = 'to-pay';

-- The one definition of the amount due on an assignment for a month: nothing outside its months or once it has
-- ended; otherwise the latest change in force that month (a sanction, a recalculation, an appeal), or the amount
-- assigned. The payroll, the case file and the differences above all read it.
create function aid_amount_due(a aid_assignment, m date) returns bigint language sql stable as $$
    select case when m < a.first_month or m > a.last_month or (a.ended_from is not null and a.ended_from <= m) then 0
                else coalesce((select ch.amount from aid_amount_change ch
                               where ch.assignment_id = a.id and not ch.revoked and ch.from_month <= m
                                 and (ch.to_month is null or ch.to_month >= m)
                               order by ch.from_month desc, ch.id desc limit 1),
                              a.monthly_amount) end
$$;
