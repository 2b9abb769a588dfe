-- A change of the family during an assignment, learnt from a life event (issue 5's intake): the life-event workers
-- queue it here with one statement per batch (only events of families with an active assignment), in the batch's
-- transaction; case work's own worker recalculates the amount from the next month through the same law, and records
-- what became of it. See docs/casework.md ("Changes of the family").
create table aid_family_change (
    id              bigserial primary key,
    assignment_id   bigint not null references aid_assignment (id),
    life_event_id   bigint not null,
    kind            text not null,
    changed_on      date not null,
    queued_at       timestamptz not null default clock_timestamp(),
    status          text not null default 'queued'
                        check (status in ('queued', 'recalculated', 'not-recalculated')),
    reason          text,
    outcome         text,
    processed_at    timestamptz,
    constraint aid_family_change_once unique (assignment_id, life_event_id)
);
create index aid_family_change_queued_idx on aid_family_change (id) where status = 'queued';
create index aid_family_change_to_review_idx on aid_family_change (assignment_id) where status = 'not-recalculated';

-- The queueing statement joins a batch's families with their active assignments.
create index aid_assignment_family_active_idx on aid_assignment (family_id) where status = 'active';
