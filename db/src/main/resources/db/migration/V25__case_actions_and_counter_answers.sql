-- Issue 20: work on hard-life-situation cases (take, assign, comment, close with an outcome) and a citizen's
-- answer to an offer recorded at the counter, each with who did it. (The audit's action codes stay those of V30,
-- which a fresh registry applies after this one: lists are audited as 'worklist', actions on the card as
-- 'family-card', the search by name as 'family-search', each with its reason.)

alter table support_case add column assigned_to text;
alter table support_case add column outcome text
    check (outcome is null or outcome in ('support-arranged', 'referred', 'no-need', 'family-refused', 'unreachable'));
alter table support_case add column closed_at timestamptz;
alter table support_case add column closed_by text;
-- A closed case says how it ended.
alter table support_case add constraint support_case_closed_with_outcome
    check (status <> 'closed' or outcome is not null);

-- What was done on a case, by whom and when: the case's history (append-only for the server).
create table support_case_note (
    id        bigint generated always as identity primary key,
    case_id   bigint not null references support_case (id) on delete cascade,
    at        timestamptz not null default clock_timestamp(),
    author    text not null,
    kind      text not null check (kind in ('taken', 'assigned', 'comment', 'closed')),
    text      text check (text is null or length(text) <= 2000)
);
create index support_case_note_case on support_case_note (case_id, id);

-- An answer to an offer given at the counter (not by SMS): who recorded it.
alter table offer add column answered_by text;
alter table offer add column answered_via text check (answered_via is null or answered_via in ('sms', 'counter'));
