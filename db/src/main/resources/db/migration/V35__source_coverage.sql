-- What each monthly source covers (issue 22: missing data is not zero). One row per source kind, the months from the
-- first month loaded to the last month received. Inside the span a missing row means "none that month"; outside it,
-- "unknown". Kept by the imports (module ingest), the life-event intake and the synthetic-country generator; read by
-- every evaluation path (family card, life events, national recompute). A kind with no row is not tracked yet.
create table source_coverage (
    source_kind  text primary key check (source_kind in ('incomes', 'social-contributions')),
    first_month  date not null check (extract(day from first_month) = 1),
    last_month   date not null check (extract(day from last_month) = 1),
    updated_at   timestamptz not null default now(),
    check (last_month >= first_month)
);

-- A registry loaded before this table existed: its coverage is what it holds.
insert into source_coverage (source_kind, first_month, last_month)
select 'incomes', min(month), max(month) from income having count(*) > 0;
insert into source_coverage (source_kind, first_month, last_month)
select 'social-contributions', min(month), max(month) from social_contribution having count(*) > 0;
