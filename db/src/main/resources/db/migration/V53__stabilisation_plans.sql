-- Monitoring and stabilisation (docs/labour-risk.md): for an enterprise with elevated social-tension risk, a plan of
-- points with the responsible body and a due date ("point-by-point" work, seed 000), its progress, and its removal
-- from the high-risk zone with the workers covered (seed 000: 3.2 k enterprises removed, > 100 k workers).
create table stabilisation_plan (
    id               bigint generated always as identity primary key,
    bin              char(12) not null references enterprise (bin),
    region_code      text not null,
    opened_on        date not null,
    opened_by        text not null,
    status           text not null check (status in ('open', 'removed')),
    removed_on       date,
    removed_by       text,
    -- the scoring run in which the enterprise was no longer high, and the workers it employed then
    removed_in_run   bigint references labour_scoring_run (id),
    workers_covered  integer check (workers_covered >= 0),
    check ((status = 'removed') = (removed_on is not null))
);
-- at most one open plan per enterprise
create unique index stabilisation_plan_one_open on stabilisation_plan (bin) where status = 'open';
create index stabilisation_plan_region_idx on stabilisation_plan (region_code, status);

create table stabilisation_point (
    plan_id      bigint not null references stabilisation_plan (id),
    item         integer not null check (item >= 1),
    action       text not null check (length(action) between 1 and 1000),
    responsible  text not null check (length(responsible) between 1 and 300),
    due_on       date not null,
    done_on      date,
    primary key (plan_id, item)
);
