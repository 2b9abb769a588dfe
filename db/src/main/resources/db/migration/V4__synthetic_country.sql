-- The synthetic country (synth module): which synthetic population the registry holds, and the regional figures
-- made up for it. Neither is official data.

-- At most one synthetic country per registry: written in the same transaction as the population it describes,
-- so a row here means the whole country is loaded (and `up` loads the demo population only once).
create table synthetic_load (
    id                 smallint primary key default 1 check (id = 1),
    scale              double precision not null check (scale > 0),
    seed               bigint not null,
    generator_version  text not null,
    reference_date     date not null,
    generated_at       timestamptz not null,
    persons            bigint not null check (persons >= 0),
    families           bigint not null check (families >= 0),
    total_rows         bigint not null check (total_rows >= 0),
    rows_per_table     jsonb not null,
    seconds            numeric(10, 1) not null
);

comment on table synthetic_load is
    'The synthetic population loaded into this registry (scale, seed): test and demonstration data, not real people.';

-- Plausible stand-ins for official regional figures that are not known (e.g. the statistical regional ПМ of a
-- quarter), generated for the synthetic country. Kept apart from official and operator figures and never
-- mistaken for them: provenance is always 'synthetic'. Codes and periods as in the law module's regional files
-- (series 'subsistence-minimum' or 'median-income'; period '2026-Q3').
create table synthetic_regional_figure (
    series             text not null check (series in ('subsistence-minimum', 'median-income')),
    region_code        text not null references region (code),
    period             text not null check (period ~ '^[0-9]{4}-Q[1-4]$'),
    value              numeric(14, 2) not null check (value > 0),
    provenance         text not null default 'synthetic' check (provenance = 'synthetic'),
    generated_by_seed  bigint not null,
    primary key (series, region_code, period)
);

comment on table synthetic_regional_figure is
    'SYNTHETIC regional figures (not official) generated for the synthetic country where no official figure is known.';
