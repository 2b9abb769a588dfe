-- Who read whose personal data, when, why, and whether it was granted. One row per person read.
-- Append-only: the trigger below refuses UPDATE and DELETE, so a record once written stays as it was.
create table audit_event (
    id                 bigint generated always as identity primary key,
    at                 timestamptz not null default clock_timestamp(),
    actor              text not null,
    actor_role         text not null,
    channel            text not null check (channel in ('ui', 'api')),
    action             text not null check (action in ('family-card', 'person-lookup', 'family-search')),
    purpose            text not null,
    subject_person_id  bigint,
    subject_iin        char(12),
    family_id          bigint,
    as_of              date,
    outcome            text not null check (outcome in ('granted', 'denied', 'not-found')),
    reason             text
);

create index audit_event_subject_idx on audit_event (subject_person_id, at);
create index audit_event_iin_idx on audit_event (subject_iin, at);
create index audit_event_actor_idx on audit_event (actor, at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
