-- Case work of targeted social assistance (АСП): the application and its corrections, the district commission's
-- survey, the decision (maker-checker), the social contract with its individual family plan, monitoring, sanctions,
-- the assignment and its monthly amounts, the payroll and the appeals. See docs/casework.md.

-- Two more staff roles: members of the district commission, and officers of the district's employment and social
-- programmes department who approve decisions; and the e-government portal, a system that files citizens'
-- applications.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in ('consultant', 'assistant', 'family-support',
    'inspector', 'analyst', 'operator', 'admin', 'sms-gateway', 'commission', 'department-officer', 'portal'));
alter table app_user add constraint app_user_casework_staff_in_territory
    check (role not in ('commission', 'department-officer') or region_code is not null);

create table aid_case (
    id                bigserial primary key,
    family_id         bigint not null,
    applicant_id      bigint not null,
    applied_on        date not null,
    channel           text not null check (channel in ('career-centre', 'akimat', 'portal', 'proactive-offer')),
    offer_id          bigint,
    region_code       text not null,
    district_id       text,
    state             text not null check (state in ('registered', 'surveyed', 'decision-prepared',
                          'contract-pending', 'assigned', 'under-contract', 'refused', 'terminated', 'closed')),
    consultant        text,
    account           text not null check (account ~ '^KZ[0-9]{2}[0-9A-Z]{16}$'),
    registered_by     text not null,
    registered_at     timestamptz not null default now(),
    survey_due        date,
    decision_due      date,
    contract_due      date,
    version           integer not null default 0
);
create index aid_case_territory_idx on aid_case (region_code, district_id, state);
create index aid_case_family_idx on aid_case (family_id);

-- What the applicant corrected beside the registry's value: never written back to the registry.
create table aid_case_correction (
    id               bigserial primary key,
    case_id          bigint not null references aid_case (id),
    kind             text not null check (kind in ('income', 'member-absent')),
    member_id        text not null,
    month            date,
    income_type      text,
    registry_value   bigint,
    corrected_value  bigint,
    reason           text not null check (length(trim(reason)) > 0),
    corrected_by     text not null,
    corrected_at     timestamptz not null default now()
);
create index aid_case_correction_case_idx on aid_case_correction (case_id);

create table aid_case_survey (
    case_id            bigint primary key references aid_case (id),
    surveyed_on        date not null,
    living_conditions  text not null,
    conclusion         text not null check (conclusion in ('means-confirmed', 'means-not-confirmed')),
    note               text,
    recorded_by        text not null,
    recorded_at        timestamptz not null default now()
);

create table aid_decision (
    id                bigserial primary key,
    case_id           bigint not null references aid_case (id),
    outcome           text not null check (outcome in ('assign', 'refuse')),
    form              text check (form in ('unconditional', 'conditional')),
    period_from       date,
    period_to         date,
    members           integer,
    monthly_amount    bigint,
    child_supplement  bigint,
    per_capita_income numeric(14, 2),
    poverty_line      bigint,
    failed_condition  text,
    reason_ru         text,
    reason_kk         text,
    reason_en         text,
    explanation       text not null,
    status            text not null check (status in ('prepared', 'approved', 'returned', 'annulled')),
    prepared_by       text not null,
    prepared_at       timestamptz not null default now(),
    checked_by        text,
    checked_at        timestamptz,
    check_note        text,
    version           integer not null default 0,
    check (checked_by is null or checked_by <> prepared_by)
);
create index aid_decision_case_idx on aid_decision (case_id);
-- One decision under consideration or approved per case at a time.
create unique index aid_decision_one_open on aid_decision (case_id) where status in ('prepared', 'approved');

create table aid_decision_share (
    decision_id       bigint not null references aid_decision (id),
    member_id         text not null,
    person_id         bigint,
    birth_date        date not null,
    full_time_student boolean not null,
    able_bodied       boolean not null,
    amount            bigint not null,
    primary key (decision_id, member_id)
);

create table social_contract (
    id                   bigserial primary key,
    case_id              bigint not null unique references aid_case (id),
    concluded_on         date not null,
    valid_from           date not null,
    valid_to             date not null,
    payment_mode         text not null check (payment_mode in ('monthly', 'three-months-at-once')),
    status               text not null check (status in ('active', 'terminated', 'ended')),
    prolonged_months     integer not null default 0,
    prolongation_reason  text,
    terminated_reason    text,
    concluded_by         text not null
);

create table plan_activity (
    id           bigserial primary key,
    contract_id  bigint not null references social_contract (id),
    member_id    text not null,
    measure      text not null,
    kind         text not null check (kind in ('employment', 'social-adaptation')),
    due_on       date not null,
    responsible  text not null,
    status       text not null check (status in ('planned', 'done', 'missed')),
    sanctioned   boolean not null default false,
    updated_by   text,
    updated_at   timestamptz
);
create index plan_activity_contract_idx on plan_activity (contract_id);

create table monitoring_visit (
    id           bigserial primary key,
    contract_id  bigint not null references social_contract (id),
    visited_on   date not null,
    assistant    text not null,
    note         text not null
);
create index monitoring_visit_contract_idx on monitoring_visit (contract_id, visited_on);

-- The money: one assignment per approved decision to assign; its amount month by month.
create table aid_assignment (
    id                 bigserial primary key,
    case_id            bigint unique references aid_case (id),
    family_id          bigint not null,
    recipient_id       bigint not null,
    account            text not null,
    form               text not null check (form in ('unconditional', 'conditional')),
    first_month        date not null check (extract(day from first_month) = 1),
    last_month         date not null check (extract(day from last_month) = 1),
    monthly_amount     bigint not null check (monthly_amount >= 0),
    region_code        text not null,
    status             text not null check (status in ('active', 'ended')),
    ended_from         date,
    check (last_month >= first_month)
);
create index aid_assignment_months_idx on aid_assignment (first_month, last_month) where status = 'active';

-- A changed monthly amount from a month (to a month, or to the end): sanctions, recalculations. The latest
-- change that covers a month decides it.
create table aid_amount_change (
    id             bigserial primary key,
    assignment_id  bigint not null references aid_assignment (id),
    from_month     date not null,
    to_month       date,
    amount         bigint not null check (amount >= 0),
    cause          text not null check (cause in ('sanction', 'recalculation', 'appeal')),
    sanction_id    bigint,
    explanation    text not null,
    revoked        boolean not null default false
);
create index aid_amount_change_assignment_idx on aid_amount_change (assignment_id);

create table aid_sanction (
    id               bigserial primary key,
    case_id          bigint not null references aid_case (id),
    kind             text not null check (kind in ('first-non-fulfilment', 'repeated-non-fulfilment',
                         'false-information')),
    activity_id      bigint references plan_activity (id),
    established_on   date not null,
    first_month      date not null,
    last_month       date,
    amount_before    bigint not null,
    amount_after     bigint not null,
    debt             bigint,
    members          text not null,
    norm             text not null,
    status           text not null check (status in ('in-force', 'annulled')),
    recorded_by      text not null,
    recorded_at      timestamptz not null default now()
);
create index aid_sanction_case_idx on aid_sanction (case_id);

create table aid_appeal (
    id            bigserial primary key,
    case_id       bigint not null references aid_case (id),
    subject       text not null check (subject in ('decision', 'sanction')),
    decision_id   bigint references aid_decision (id),
    sanction_id   bigint references aid_sanction (id),
    filed_on      date not null,
    grounds       text not null,
    answer_due    date not null,
    status        text not null check (status in ('registered', 'upheld', 'dismissed')),
    registered_by text not null,
    answered_by   text,
    answered_on   date,
    answer        text
);
create index aid_appeal_case_idx on aid_appeal (case_id);

-- Every transition of a case, who made it and under which norm. Append-only.
create table aid_case_history (
    id          bigserial primary key,
    case_id     bigint not null references aid_case (id),
    at          timestamptz not null default clock_timestamp(),
    actor       text not null,
    action      text not null,
    from_state  text,
    to_state    text not null,
    norm        text,
    note        text
);
create index aid_case_history_case_idx on aid_case_history (case_id, id);

create function aid_case_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'aid_case_history is append-only: % is not allowed', tg_op;
end
$$;
create trigger aid_case_history_append_only before update or delete on aid_case_history
    for each row execute function aid_case_history_is_append_only();
create trigger aid_case_history_no_truncate before truncate on aid_case_history
    for each statement execute function aid_case_history_is_append_only();

-- The monthly payroll: each assignment is paid at most once a month (the unique key), whatever runs at once.
create table payroll_run (
    id           bigserial primary key,
    month        date not null check (extract(day from month) = 1),
    started_at   timestamptz not null default clock_timestamp(),
    finished_at  timestamptz,
    lines        integer,
    total        bigint,
    started_by   text not null
);

-- No foreign keys here: lines are only written by the payroll's insert-select from aid_assignment and payroll_run,
-- and a million key checks per run would cost more than the whole rest of the run.
create table payroll_line (
    run_id         bigint not null,
    assignment_id  bigint not null,
    month          date not null,
    recipient_id   bigint not null,
    account        text not null,
    amount         bigint not null,
    status         text not null default 'to-pay' check (status in ('to-pay', 'paid', 'returned')),
    return_reason  text,
    constraint payroll_line_once_a_month unique (assignment_id, month)
);

create table payroll_return (
    id             bigserial primary key,
    month          date not null,
    assignment_id  bigint,
    outcome        text not null,
    reason         text,
    matched        boolean not null,
    problem        text,
    imported_by    text not null,
    imported_at    timestamptz not null default now()
);
