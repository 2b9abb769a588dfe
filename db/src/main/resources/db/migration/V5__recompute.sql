-- The national recompute (recompute module): runs, their published results, category transitions.
-- A run writes its results into its own table recompute_result_<run id>, created and filled in one transaction
-- (so a killed run leaves no table behind); publishing repoints the view published_family_result and flips the
-- statuses in one short transaction, so readers see the old run or the new one, never a mix.

create table recompute_run (
    id                 bigint generated always as identity primary key,
    as_of              date not null,
    status             text not null check (status in ('running', 'published', 'failed', 'superseded')),
    started_at         timestamptz not null default now(),
    finished_at        timestamptz,
    heartbeat_at       timestamptz not null default now(),
    host               text not null,
    pid                bigint not null,
    families_total     bigint,
    families_done      bigint not null default 0,
    persons            bigint not null default 0,
    families_per_second double precision,
    seconds            numeric(10, 1),
    -- Hash of the shipped parameter and regional files and of the registry's regional figures used.
    parameter_version  text not null,
    -- [{"id": "...", "version": "..."}] of the scoring methodologies applied (empty when none).
    methodologies      jsonb not null default '[]',
    -- Measure ids in the order of the result arrays (entitled/undetermined hold indexes into this list).
    measures           text[] not null,
    -- Seconds spent: read, evaluate (summed over workers), write, publish.
    timings            jsonb,
    failure            text
);

-- Exactly one published run at a time (at most one row; the first run publishes the first).
create unique index recompute_run_one_published on recompute_run ((true)) where status = 'published';

-- The shape of every per-run result table (one row per family).
create table recompute_result_template (
    family_id     bigint not null,
    region_code   text,
    district_id   text,
    persons       smallint not null,
    -- Well-being category 1 (extreme need) … 6 (high welfare) and the 2023 level A–E; null when no methodology ran.
    category      smallint check (category between 1 and 6),
    level_2023    text,
    -- Indexes (into recompute_run.measures) of the measures that give the family a right, and the sum in tenge
    -- of each one's entitlements (monthly sum for monthly payments, the one-time sum otherwise).
    entitled      smallint[] not null,
    amounts       bigint[] not null,
    -- Measures whose answer depends on a parameter the law does not give.
    undetermined  smallint[] not null
);

create view published_family_result as
    select null::bigint as run_id, t.* from recompute_result_template t where false;

-- Per family: its category in the previous published run and in this one, stored only when it changed.
create table recompute_transition (
    run_id         bigint not null references recompute_run (id),
    family_id      bigint not null,
    region_code    text,
    district_id    text,
    from_category  smallint,
    to_category    smallint,
    primary key (run_id, family_id)
);

-- Families that moved up (to a higher, better-off category) or down, per region and district of each run.
create table recompute_transition_count (
    run_id       bigint not null references recompute_run (id),
    region_code  text,
    district_id  text,
    up           bigint not null,
    down         bigint not null
);
create index recompute_transition_count_run_idx on recompute_transition_count (run_id, region_code);
