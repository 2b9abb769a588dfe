-- Proactive offers, their SMS, the citizens' replies and the assignments that follow consent.

-- Which measures are offered proactively, and how (data, not code). `invitation` = the citizen is invited to apply
-- with a pre-filled application (targeted social assistance needs a declaration and a social contract).
create table proactive_measure (
    measure     text primary key,
    kind        text not null check (kind in ('offer', 'invitation')),
    active      boolean not null default true
);
insert into proactive_measure (measure, kind) values
    ('birth-allowance', 'offer'),
    ('childcare-allowance', 'offer'),
    ('multichild-allowance', 'offer'),
    ('awarded-mother-allowance', 'offer'),
    ('disability-benefit', 'offer'),
    ('survivor-benefit', 'offer'),
    ('disabled-child-carer-allowance', 'offer'),
    ('childcare-payment', 'offer'),
    ('job-loss-payment', 'offer'),
    ('breadwinner-loss-payment', 'offer'),
    ('relocation-subsidy', 'offer'),
    ('rent-subsidy', 'offer'),
    ('targeted-social-assistance', 'invitation');

create table offer (
    id              bigserial primary key,
    family_id       bigint not null,
    event_id        bigint references life_event (id),
    measure         text not null references proactive_measure (measure),
    kind            text not null check (kind in ('offer', 'invitation')),
    -- The law's beneficiary: a registry person id, or the family id for family-level measures.
    beneficiary     text not null,
    recipient_id    bigint not null,
    phone           text not null,
    period_from     date not null,
    period_to       date,
    payment         text not null check (payment in ('ONE_TIME', 'MONTHLY')),
    amount          bigint not null check (amount >= 0),
    explanation     text not null,
    region_code     text,
    district_id     text,
    status          text not null default 'sent' check (status in ('sent', 'consented', 'refused', 'expired')),
    created_at      timestamptz not null default clock_timestamp(),
    expires_on      date not null,
    answered_at     timestamptz,
    -- One offer per right: the same right found twice (an event sent twice, a re-evaluation) is not offered again.
    unique (measure, beneficiary, period_from)
);
create index offer_family on offer (family_id);
create index offer_open on offer (expires_on) where status = 'sent';

-- Outgoing and incoming SMS. Outgoing rows are written with the offer (status queued) and handed to the gateway
-- by a sender; with the default gateway this table is the local outbox the UI shows.
create table sms_message (
    id                   bigserial primary key,
    offer_id             bigint not null references offer (id),
    direction            text not null check (direction in ('out', 'in')),
    phone                text not null,
    language             text check (language in ('kk', 'ru')),
    text                 text not null,
    status               text not null check (status in ('queued', 'sent', 'failed', 'received')),
    gateway              text,
    -- The provider's id: for incoming replies unique, so a callback delivered twice is recorded once.
    provider_message_id  text,
    created_at           timestamptz not null default clock_timestamp(),
    sent_at              timestamptz,
    outcome              text
);
create index sms_message_offer on sms_message (offer_id);
create index sms_message_queued on sms_message (id) where status = 'queued';
create unique index sms_reply_once on sms_message (provider_message_id) where direction = 'in';

-- Consent → assignment, exactly once per beneficiary, measure and period (the database says so).
create table assignment (
    id            bigserial primary key,
    offer_id      bigint not null unique references offer (id),
    family_id     bigint not null,
    beneficiary   text not null,
    recipient_id  bigint not null,
    measure       text not null,
    period_from   date not null,
    period_to     date,
    payment       text not null,
    amount        bigint not null,
    decision      text not null check (decision in ('assigned')),
    explanation   text not null,
    decided_at    timestamptz not null default clock_timestamp(),
    region_code   text,
    unique (beneficiary, measure, period_from)
);
