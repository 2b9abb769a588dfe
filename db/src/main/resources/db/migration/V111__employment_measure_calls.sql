-- The career centre's call of a registered person to the centre for an active employment measure (issue 17), so that
-- the de-registration ground «no-show within 3 working days when called» (Law 482-V art. 16 p. 1 pp. 2) is applied
-- from recorded data: the call, and the day the person appeared (or a good reason for not appearing).
create table measure_call (
    id             bigserial primary key,
    job_seeker_id  bigint not null references job_seeker (id),
    measure        text not null check (measure in ('vocational-training', 'entrepreneurship', 'youth-practice',
                       'social-jobs', 'voluntary-resettlement', 'special-jobs', 'public-works')),
    called_on      date not null,
    appeared_on    date,
    excused        boolean not null default false,
    called_by      text not null,
    answered_by    text,
    check (appeared_on is null or appeared_on >= called_on)
);
create index measure_call_seeker on measure_call (job_seeker_id);
-- The calls still waiting for the person: the day's run reads only these.
create index measure_call_waiting on measure_call (called_on) where appeared_on is null and not excused;
