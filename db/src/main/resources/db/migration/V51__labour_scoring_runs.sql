-- Labour-risk scoring runs (docs/labour-risk.md): every active enterprise scored as of a day with the labour-risk
-- model, stored as a run; publishing flips the statuses in one short transaction, so readers see the old run or the
-- new one, never a mix. Only DML: the server's least-privilege role can run it.

create table labour_scoring_run (
    id                  bigint generated always as identity primary key,
    as_of               date not null,
    status              text not null check (status in ('running', 'published', 'failed', 'superseded')),
    model_id            text not null,
    model_status        text not null check (model_status in ('reference', 'official')),
    model_version_from  date not null,
    -- Score codes in the order of the result arrays, and per score its indicator codes in order.
    scores              text[] not null,
    indicators          jsonb not null,
    started_at          timestamptz not null default now(),
    finished_at         timestamptz,
    started_by          text not null,
    enterprises         integer,
    -- Seconds spent: read, score, write, publish.
    timings             jsonb,
    failure             text
);
create unique index labour_scoring_run_one_published on labour_scoring_run ((true)) where status = 'published';

-- One row per enterprise and run: per score (in labour_scoring_run.scores order) the total, band index and hard
-- trigger index (-1: none); every indicator's points and value, all scores' indicators one after the other
-- (value null: not reported). That is the explanation, kept with the score.
create table labour_score (
    run_id       bigint not null references labour_scoring_run (id),
    bin          char(12) not null,
    region_code  text not null,
    district_id  text,
    -- Workers on the day (ЕСУТД contracts): the workers covered when the enterprise leaves the high band.
    headcount    integer not null,
    totals       smallint[] not null,
    bands        smallint[] not null,
    triggers     smallint[] not null,
    points       smallint[] not null,
    feature_values bigint[] not null,
    primary key (run_id, bin)
);
create index labour_score_region_idx on labour_score (run_id, region_code);

-- Enterprises that entered or left the highest band of a score, against the run published before.
create table labour_score_transition (
    run_id       bigint not null references labour_scoring_run (id),
    bin          char(12) not null,
    score        text not null,
    region_code  text not null,
    from_band    smallint,
    to_band      smallint not null,
    kind         text not null check (kind in ('entered-high', 'left-high')),
    primary key (run_id, bin, score)
);
