-- The economic-mobility certificate (seed 001, issue 17): a family moving to a region of settlement with a
-- participating employer applies once; the amount is the law's (law.employment.MobilityCertificate). Once per family:
-- the unique indexes on the head's IIN and on the registry's family (when the registry knows the head) make a second
-- application, concurrent or later, fail in the database too.
create table mobility_certificate (
    id                    bigserial primary key,
    head_iin              char(12) not null check (head_iin ~ '^[0-9]{12}$'),
    head_person_id        bigint,
    family_id             bigint,
    resettlement_id       bigint references resettlement_application (id),
    region_code           text not null references region (code),
    employer_bin          char(12) not null check (employer_bin ~ '^[0-9]{12}$'),
    purpose               text not null check (purpose in ('purchase', 'construction', 'mortgage-first-payment')),
    housing_cost          bigint not null check (housing_cost > 0),
    amount                bigint not null check (amount >= 0),
    norms                 text not null,
    applied_on            date not null,
    applied_by            text not null,
    applied_at            timestamptz not null default now()
);
create unique index mobility_certificate_once_per_family on mobility_certificate (head_iin);
create unique index mobility_certificate_once_per_registry_family on mobility_certificate (family_id)
    where family_id is not null;
create index mobility_certificate_region on mobility_certificate (region_code, applied_on);

-- Refused applications are kept with the law's reason (as job_seeker_refusal is), nothing else written.
create table mobility_certificate_refusal (
    id           bigserial primary key,
    head_iin     char(12) not null,
    region_code  text,
    refused_on   date not null,
    reason       text not null,
    refused_by   text not null,
    refused_at   timestamptz not null default now()
);
