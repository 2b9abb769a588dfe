-- Analytics for the analyst role (app module, kz.shanyraq.app.analytics; docs/analytics.md): aggregates only.
--
-- analytics_cell: the figures of one published national recompute run, captured once while its result table is
-- kept (the recompute drops all but the last two), cut by territory, urban/rural, category and measure. Every
-- dashboard, map, report and API figure about families is a sum over these rows; the month of a run is the month of
-- its as-of date, and a month's figures are those of the latest captured run of that month.
create table analytics_run (
    run_id       bigint primary key references recompute_run (id),
    as_of        date not null,
    month        date not null check (extract(day from month) = 1),
    captured_at  timestamptz not null default now(),
    families     bigint not null
);
create index analytics_run_month_idx on analytics_run (month, as_of);

create table analytics_cell (
    run_id       bigint not null references analytics_run (run_id),
    region_code  text,
    district_id  text,
    locality     text not null check (locality in ('urban', 'rural', 'unknown')),
    category     smallint not null check (category between 0 and 6),   -- 0: no category
    measure      text not null,                                         -- '' = all families of the cell
    families     bigint not null,
    persons      bigint not null,
    amount       bigint not null                                        -- tenge (0 for measure '')
);
create index analytics_cell_run_idx on analytics_cell (run_id, region_code);

-- Monthly reports as generated: the same month and language give the same bytes (fixed dates and ids inside).
create table analytics_report (
    id            bigint generated always as identity primary key,
    month         date not null check (extract(day from month) = 1),
    language      text not null check (language in ('ru', 'kk')),
    format        text not null check (format in ('pdf', 'xlsx')),
    run_id        bigint not null,
    content       bytea not null,
    sha256        text not null,
    generated_at  timestamptz not null default now(),
    generated_by  text not null,
    unique (month, language, format, run_id)
);

-- Simulations of a law change: the reform as written (the law's parameter-file YAML), and the aggregates of the
-- run (baseline and reformed law on every family of the registry); no family is stored, the examples anonymised.
create table simulation_run (
    id            bigint generated always as identity primary key,
    title         text not null,
    as_of         date not null,
    reform_yaml   text not null,
    status        text not null check (status in ('running', 'done', 'failed')),
    started_at    timestamptz not null default now(),
    finished_at   timestamptz,
    families      bigint,
    seconds       numeric(10, 1),
    result        jsonb,
    failure       text,
    created_by    text not null
);
