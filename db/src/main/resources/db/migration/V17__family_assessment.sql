-- Each family's last evaluated state, written by the life-event workers in the transaction of the event that
-- evaluated it: the next event compares its "after" with this instead of reading and evaluating the family "before"
-- again. A right is new when the family's last evaluation did not have it (offers are unique per measure,
-- beneficiary and period anyway). A family without a row is read and evaluated before its first event.
create table family_assessment (
    family_id     bigint primary key references family (id) on delete cascade,
    -- The date the family was evaluated as of (the date of the event that evaluated it).
    evaluated_on  date not null,
    -- The event that evaluated it; null for the baseline (AssessmentBaseline: every family once, as of a day).
    event_id      bigint,
    -- Well-being category 1 (extreme need) … 6 and the 2023 level 1–5 (A–E); 0 when not scored.
    category      smallint not null check (category between 0 and 6),
    level_2023    smallint not null check (level_2023 between 0 and 5),
    -- The rights the family had: 'measure/beneficiary' (beneficiary: a member's registry id or the family's).
    rights        text[] not null,
    updated_at    timestamptz not null default clock_timestamp()
);
