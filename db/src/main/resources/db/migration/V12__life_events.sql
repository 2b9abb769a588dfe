-- Life events from source systems and the work they cause. Intake writes the event and its work item in one
-- transaction with the acknowledgement (a transactional outbox); workers take work items with
-- FOR UPDATE SKIP LOCKED and delete them in the transaction that applies the event, so an event is processed
-- exactly once whatever crashes in between.

-- A citizen's mobile phone for proactive SMS offers. `synthetic` marks numbers made up for the demo (no real
-- source system delivers phones here yet).
create table person_contact (
    person_id   bigint primary key,
    phone       text not null check (phone ~ '^\+7[0-9]{10}$'),
    synthetic   boolean not null default false,
    updated_on  date not null
);

-- Ids for persons registered by a birth event: far above the ids a bulk load or the synthetic country uses.
create sequence registry_person_id start with 900000000000;

create table life_event (
    id             bigserial primary key,
    source_system  text not null check (source_system ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
    source_id      text not null check (length(source_id) between 1 and 100),
    kind           text not null,
    effective_on   date not null,
    subject_iin    char(12) not null,
    payload        jsonb not null,
    -- SHA-256 of the canonical event: the same source id with other content is refused, not silently dropped.
    content_hash   text not null,
    received_at    timestamptz not null default clock_timestamp(),
    received_by    text not null,
    batch_id       text,
    status         text not null default 'accepted' check (status in ('accepted', 'processed', 'failed')),
    processed_at   timestamptz,
    family_id      bigint,
    outcome        text,
    -- A duplicate is a no-op because of this constraint (insert … on conflict do nothing), not a prior check.
    unique (source_system, source_id)
);
create index life_event_family on life_event (family_id, effective_on);
-- Intake asks whether a newborn's IIN is already announced by an accepted birth.
create index life_event_birth_iin on life_event (subject_iin) where kind = 'birth-registered';

-- The outbox: one row per accepted event not yet processed.
create table life_event_work (
    event_id    bigint primary key references life_event (id),
    attempts    integer not null default 0,
    last_error  text
);

-- The daily age-threshold scan remembers the last day it covered, so days missed while stopped are caught up.
create table age_scan (
    id            smallint primary key check (id = 1),
    scanned_till  date not null
);

-- Gateways (SMS providers) call back with replies; they sign in as a user of this role.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in ('consultant', 'assistant', 'family-support',
    'inspector', 'analyst', 'operator', 'admin', 'sms-gateway'));
