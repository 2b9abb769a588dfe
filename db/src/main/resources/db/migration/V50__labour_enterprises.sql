-- The labour side (docs/labour-risk.md): the enterprise registry keyed by BIN and, over time, the facts the
-- labour-risk indicators read. Every table is filled by the importer per source kind (ingest, kz.shanyraq.ingest.labour)
-- or by the synthetic country; natural keys make re-sent records update instead of duplicating.

create table enterprise (
    bin            char(12) primary key check (bin ~ '^[0-9]{12}$'),
    name           text not null check (length(name) between 1 and 300),
    -- Economic activity (ОКЭД): the 2-digit division, or up to the 5-digit class (e.g. 05, 05.10, 05.10.0 written 05100).
    oked           text not null check (oked ~ '^[0-9]{2}([0-9]{1,3})?$'),
    region_code    text not null references region (code),
    district_id    text,  -- checked by the importer (no foreign key: the registry tests empty the district table)
    size           text not null check (size in ('micro', 'small', 'medium', 'large')),
    registered_on  date not null,
    liquidated_on  date,
    check (liquidated_on is null or liquidated_on >= registered_on)
);
create index enterprise_region_idx on enterprise (region_code, district_id);

-- ЕСУТД (labour-contract registry), per month: contracts running at the month's end, hired, ended, released for
-- staff reduction or liquidation.
create table enterprise_staff_month (
    bin             char(12) not null references enterprise (bin),
    month           date not null check (extract(day from month) = 1),
    esutd_contracts integer not null check (esutd_contracts >= 0),
    hires           integer not null check (hires >= 0),
    separations     integer not null check (separations >= 0),
    layoffs         integer not null check (layoffs >= 0 and layoffs <= separations),
    primary key (bin, month)
);

-- Pension contributions (ГЦВП / ЕНПФ), per month: workers for whom ОПВ was paid, the wage fund behind them, and
-- social payments (ОПВ, СО, ОСМС) owed and not paid at the month's end.
create table enterprise_contribution_month (
    bin             char(12) not null references enterprise (bin),
    month           date not null check (extract(day from month) = 1),
    pension_payers  integer not null check (pension_payers >= 0),
    wage_fund       bigint not null check (wage_fund >= 0),
    social_arrears  bigint not null default 0 check (social_arrears >= 0),
    primary key (bin, month)
);

-- Compulsory accident insurance of employees (ОСНС), one row per contract.
create table accident_insurance_contract (
    contract_ref  text primary key,
    bin           char(12) not null references enterprise (bin),
    insurer       text,
    valid_from    date not null,
    valid_to      date,
    check (valid_to is null or valid_to >= valid_from)
);
create index accident_insurance_contract_bin_idx on accident_insurance_contract (bin, valid_from);

-- Wage arrears as reported on a day (the inspectors' operational report): amount owed, workers, the oldest unpaid
-- month, and what was recovered by that day. The latest report on or before a day is the state on that day.
create table wage_arrears_report (
    bin                  char(12) not null references enterprise (bin),
    as_of                date not null,
    amount               bigint not null check (amount >= 0),
    workers              integer not null check (workers >= 0),
    oldest_unpaid_month  date check (oldest_unpaid_month is null or extract(day from oldest_unpaid_month) = 1),
    recovered            bigint not null default 0 check (recovered >= 0),
    primary key (bin, as_of)
);

-- Accidents at work (notification, investigation commission, the Н-1 act). Severity is the worst outcome; a group
-- accident has two or more victims.
create table workplace_accident (
    accident_ref   text primary key,
    bin            char(12) not null references enterprise (bin),
    occurred_on    date not null,
    severity       text not null check (severity in ('light', 'severe', 'fatal')),
    victims        integer not null check (victims >= 1),
    killed         integer not null default 0 check (killed >= 0 and killed <= victims),
    notified_on    date,
    commission_on  date,
    act_n1_on      date,
    source         text not null check (source in ('employer', 'inspectorate', 'synthetic')),
    check (severity <> 'fatal' or killed >= 1)
);
create index workplace_accident_bin_idx on workplace_accident (bin, occurred_on);

-- Inspections and preventive control; their violations graded gross / significant / minor; prescriptions.
create table labour_inspection (
    inspection_ref  text primary key,
    bin             char(12) not null references enterprise (bin),
    kind            text not null check (kind in ('scheduled', 'unscheduled', 'preventive-visit', 'preventive-no-visit')),
    reason          text not null check (reason in ('preventive-control-list', 'complaint', 'accident', 'prescription-check', 'data-signal', 'other')),
    started_on      date not null,
    finished_on     date,
    inspector       text,
    check (finished_on is null or finished_on >= started_on)
);
create index labour_inspection_bin_idx on labour_inspection (bin, started_on);

create table labour_violation (
    inspection_ref  text not null references labour_inspection (inspection_ref),
    item            integer not null check (item >= 1),
    severity        text not null check (severity in ('gross', 'significant', 'minor')),
    checklist_item  text,
    found_on        date not null,
    fine_mrp        numeric(10, 2) check (fine_mrp >= 0),
    fixed_on        date,
    primary key (inspection_ref, item)
);

create table labour_prescription (
    prescription_ref  text primary key,
    inspection_ref    text not null references labour_inspection (inspection_ref),
    bin               char(12) not null references enterprise (bin),
    issued_on         date not null,
    deadline          date not null check (deadline >= issued_on),
    executed_on       date
);
create index labour_prescription_bin_idx on labour_prescription (bin, deadline);

create table worker_complaint (
    complaint_ref  text primary key,
    bin            char(12) not null references enterprise (bin),
    received_on    date not null,
    topic          text not null check (topic in ('wages', 'contract', 'dismissal', 'safety', 'leave', 'other'))
);
create index worker_complaint_bin_idx on worker_complaint (bin, received_on);

-- Social partnership: collective agreements, trade unions, Vision Zero membership.
create table collective_agreement (
    agreement_ref    text primary key,
    bin              char(12) not null references enterprise (bin),
    valid_from       date not null,
    valid_to         date,
    workers_covered  integer check (workers_covered >= 0),
    check (valid_to is null or valid_to >= valid_from)
);
create index collective_agreement_bin_idx on collective_agreement (bin, valid_from);

create table trade_union_presence (
    bin         char(12) not null references enterprise (bin),
    valid_from  date not null,
    valid_to    date,
    members     integer check (members >= 0),
    primary key (bin, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);

create table vision_zero_membership (
    bin         char(12) not null references enterprise (bin),
    valid_from  date not null,
    valid_to    date,
    primary key (bin, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);

-- Bankruptcy or rehabilitation procedures.
create table enterprise_insolvency (
    bin         char(12) not null references enterprise (bin),
    kind        text not null check (kind in ('rehabilitation', 'bankruptcy')),
    valid_from  date not null,
    valid_to    date,
    primary key (bin, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);

-- Collective disputes, conflicts, protests and work stoppages, each with the source that recorded it: the ministry
-- (КГИТ) and the trade unions count separately, so both counts can be shown and reconciled. A stoppage of 3 hours
-- or more is a strike (the КГИТ's counting rule, seed 000); the rule lives in kz.shanyraq.law.labour.Strikes.
create table labour_conflict (
    source          text not null check (source in ('ministry', 'trade-unions', 'synthetic')),
    conflict_ref    text not null,
    bin             char(12) not null references enterprise (bin),
    kind            text not null check (kind in ('dispute', 'conflict', 'protest', 'stoppage')),
    started_on      date not null,
    ended_on        date,
    stoppage_hours  numeric(7, 1) check (stoppage_hours >= 0),
    participants    integer check (participants >= 0),
    demands         text,
    primary key (source, conflict_ref),
    check (ended_on is null or ended_on >= started_on),
    check (kind = 'stoppage' or stoppage_hours is null)
);
create index labour_conflict_bin_idx on labour_conflict (bin, started_on);
