-- Imports from source systems (module `ingest`) and regional figures (median per-capita income, official figures).
-- See docs/registry/import-formats.md.

-- Ids the importer gives to persons, families and facts it creates. They start above 10^12 so they never collide
-- with the synthetic generator, which numbers from 1 upward.
create sequence registry_person_id_seq start with 1000000000001;
create sequence registry_family_id_seq start with 1000000000001;
create sequence registry_fact_id_seq start with 1000000000001;

-- Every accepted batch, once. Same id and same content again = nothing to do; same id, other content = refused.
create table import_batch (
    batch_id     text primary key check (batch_id ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$'),
    source_kind  text not null,
    sha256       char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    rows         integer not null check (rows >= 0),
    changed      integer not null check (changed >= 0),
    imported_at  timestamptz not null default now(),
    imported_by  text not null
);

-- Source systems name families by their own key; the registry keeps its bigint family id.
create table family_key (
    family_key  text primary key check (length(family_key) between 1 and 64),
    family_id   bigint not null unique
);

-- The source system's own identifier of a contract, property, vehicle, plot or loan (ЕСУТД contract id, cadastral
-- number, VIN, loan contract number): the natural key on which re-sent records update instead of duplicating.
-- NULL for rows that did not come through the importer (the synthetic generator), hence partial unique indexes.
alter table employment_contract add column source_ref text;
create unique index employment_contract_source_ref_key on employment_contract (source_ref) where source_ref is not null;
alter table real_estate add column source_ref text;
create unique index real_estate_source_ref_key on real_estate (source_ref, person_id) where source_ref is not null;
alter table vehicle add column source_ref text;
create unique index vehicle_source_ref_key on vehicle (source_ref, person_id) where source_ref is not null;
alter table land_plot add column source_ref text;
create unique index land_plot_source_ref_key on land_plot (source_ref, person_id) where source_ref is not null;
alter table loan add column source_ref text;
create unique index loan_source_ref_key on loan (source_ref, person_id) where source_ref is not null;

-- Quarterly figures per region: the median per-capita income computed from the registry, official figures loaded
-- by an operator (they take precedence), synthetic ones for the synthetic country (never taken for official).
create table regional_figure (
    series         text not null check (series ~ '^[a-z][a-z0-9-]*$'),
    region_code    text not null references region (code),
    period         text not null check (period ~ '^[0-9]{4}-Q[1-4]$'),
    value          numeric(14, 2) not null check (value >= 0),
    provenance     text not null check (provenance in ('official', 'computed', 'synthetic')),
    -- Where the figure comes from: the registry tables for a computed one, the publication for an official one.
    source         text not null,
    computed_at    timestamptz not null default now(),
    -- How: which data, when, how many families (computed); which batch loaded it and by whom (official).
    computed_from  text not null,
    families       integer check (families >= 0),
    primary key (series, region_code, period, provenance)
);
