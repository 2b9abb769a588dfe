-- A recompute as of a date its data cannot fully serve (issue 22), published only with --allow-partial: why (one
-- row per measure or scoring whose facts lie outside their source's coverage, the reason in three languages) and how
-- many families each measure left undetermined, per region.
create table recompute_coverage_gap (
    run_id     bigint not null references recompute_run (id),
    subject    text not null,            -- a measure id, or 'wellbeing' for the category and level scoring
    reason_ru  text not null,
    reason_kk  text not null,
    reason_en  text not null,
    primary key (run_id, subject)
);

create table recompute_undetermined (
    run_id       bigint not null references recompute_run (id),
    measure      text not null,          -- a measure id, or 'wellbeing' (families left without a category)
    region_code  text,
    families     bigint not null
);
create index recompute_undetermined_run_idx on recompute_undetermined (run_id, measure);
