-- Employment (issue 17): job seekers and the unemployed at the career centre, check-ins, vacancies and matching,
-- referrals, active employment measures, the resettlement quota of kandas and movers. See docs/employment.md.
-- Rules and figures are the law module's (kz.shanyraq.law.employment, employment.yaml); these tables keep what
-- happened.

-- Trigram similarity (pg_trgm) and GIN over plain columns (btree_gin) for matching. Both are trusted extensions:
-- the owner role creates them without superuser. They ship in PostgreSQL's contrib (embedded binaries; on Debian,
-- postgresql-15 carries contrib).
create extension if not exists pg_trgm;
create extension if not exists btree_gin;

-- The occupations classifier (НКЗ, a small part of it): vacancies and job seekers name an occupation by code.
create table occupation (
    code     text primary key check (code ~ '^[0-9]{4}$'),
    name_ru  text not null,
    name_kk  text not null,
    name_en  text not null
);
insert into occupation (code, name_ru, name_kk, name_en) values
    ('2221', 'Медицинская сестра', 'Медбике', 'Nurse'),
    ('2330', 'Учитель средней школы', 'Орта мектеп мұғалімі', 'Secondary school teacher'),
    ('2342', 'Воспитатель детского сада', 'Балабақша тәрбиешісі', 'Kindergarten teacher'),
    ('2411', 'Бухгалтер', 'Бухгалтер', 'Accountant'),
    ('2512', 'Программист', 'Бағдарламашы', 'Software developer'),
    ('3115', 'Техник-механик', 'Техник-механик', 'Mechanical technician'),
    ('4110', 'Офисный служащий', 'Кеңсе қызметкері', 'Office clerk'),
    ('4321', 'Кладовщик', 'Қойма меңгерушісі', 'Storekeeper'),
    ('5120', 'Повар', 'Аспаз', 'Cook'),
    ('5131', 'Официант', 'Даяшы', 'Waiter'),
    ('5223', 'Продавец', 'Сатушы', 'Shop salesperson'),
    ('5322', 'Социальный работник по уходу', 'Күтім жөніндегі әлеуметтік қызметкер', 'Home care worker'),
    ('5414', 'Охранник', 'Күзетші', 'Security guard'),
    ('6111', 'Овощевод', 'Көкөніс өсіруші', 'Field crop grower'),
    ('6121', 'Животновод', 'Мал өсіруші', 'Livestock farmer'),
    ('7112', 'Каменщик', 'Тас қалаушы', 'Bricklayer'),
    ('7115', 'Плотник', 'Ағаш ұстасы', 'Carpenter'),
    ('7126', 'Сантехник', 'Сантехник', 'Plumber'),
    ('7212', 'Электрогазосварщик', 'Электргазбен дәнекерлеуші', 'Welder'),
    ('7231', 'Автослесарь', 'Автослесарь', 'Motor vehicle mechanic'),
    ('7411', 'Электрик', 'Электрик', 'Electrician'),
    ('7531', 'Швея', 'Тігінші', 'Sewing machinist'),
    ('8322', 'Водитель автомобиля', 'Автокөлік жүргізушісі', 'Car driver'),
    ('8332', 'Водитель грузового автомобиля', 'Жүк көлігінің жүргізушісі', 'Truck driver'),
    ('8342', 'Машинист экскаватора', 'Экскаватор машинисі', 'Excavator operator'),
    ('9112', 'Уборщик', 'Жинаушы', 'Cleaner'),
    ('9313', 'Разнорабочий', 'Көмекші жұмысшы', 'Construction labourer'),
    ('9333', 'Грузчик', 'Жүк тиеуші', 'Freight handler');

-- A registration at the career centre: a job seeker, then (no suitable work within 10 working days) unemployed,
-- until it closes with a reason (employed, or a ground of art. 16 p. 1).
create table job_seeker (
    id               bigserial primary key,
    person_id        bigint not null,
    iin              char(12) not null,
    family_id        bigint,
    region_code      text not null,
    district_id      text,
    rural            boolean not null,
    channel          text not null check (channel in ('career-centre', 'portal', 'life-event', 'social-contract')),
    registered_on    date not null,
    offer_due        date not null,
    inform_on        date not null,
    standing         text not null check (standing in ('job-seeker', 'unemployed', 'closed')),
    unemployed_on    date,
    occupation_code  text references occupation (code),
    skills           text not null default '',
    education        text,
    last_wage        bigint check (last_wage >= 0),
    check_in_due     date not null,
    refused_offers   integer not null default 0,
    closed_on        date,
    closed_reason    text,
    closed_norm      text,
    registered_by    text not null,
    registered_at    timestamptz not null default now(),
    version          integer not null default 0,
    check ((standing = 'closed') = (closed_on is not null))
);
create unique index job_seeker_one_open on job_seeker (person_id) where standing <> 'closed';
create index job_seeker_territory on job_seeker (region_code, district_id, standing);
create index job_seeker_person on job_seeker (person_id, closed_on);

-- A registration refused, with the ground and its norm (kept: the person may appeal).
create table job_seeker_refusal (
    id           bigserial primary key,
    person_id    bigint not null,
    iin          char(12) not null,
    region_code  text,
    refused_on   date not null,
    ground       text not null,
    norm         text not null,
    refused_by   text not null,
    refused_at   timestamptz not null default now()
);

create table job_seeker_check_in (
    id             bigserial primary key,
    job_seeker_id  bigint not null references job_seeker (id),
    checked_in_on  date not null,
    place          text not null check (place in ('career-centre', 'akimat', 'portal')),
    recorded_by    text not null
);
create index job_seeker_check_in_seeker on job_seeker_check_in (job_seeker_id, checked_in_on);

-- A job loss reported as a life event invites the person to register (one invitation per event).
create table job_seeker_invitation (
    id             bigserial primary key,
    life_event_id  bigint not null unique,
    person_id      bigint not null,
    iin            char(12) not null,
    region_code    text,
    district_id    text,
    job_lost_on    date not null,
    invited_at     timestamptz not null default now(),
    job_seeker_id  bigint references job_seeker (id)
);
create index job_seeker_invitation_territory on job_seeker_invitation (region_code, district_id) where job_seeker_id is null;

-- Vacancies from employers: by REST, or in a file as the labour exchange publishes them (the ingest pipeline:
-- validated in full, all or nothing, idempotent by batch id; source_ref is the exchange's vacancy number).
create table vacancy (
    id               bigserial primary key,
    employer_bin     char(12) not null check (employer_bin ~ '^[0-9]{12}$'),
    employer_name    text not null,
    occupation_code  text not null references occupation (code),
    title            text not null check (length(trim(title)) > 0),
    requirements     text not null default '',
    region_code      text not null,
    district_id      text,
    wage             bigint not null check (wage > 0),
    quota_job        boolean not null default false,
    social_job       boolean not null default false,
    places           integer not null default 1 check (places > 0),
    opened_on        date not null,
    status           text not null default 'open' check (status in ('open', 'filled', 'withdrawn')),
    source_ref       text,
    created_by       text not null,
    search           tsvector generated always as (to_tsvector('simple', title || ' ' || requirements)) stored
);
-- Matching: open vacancies of a region by text (GIN over region and the text vector), by title trigrams.
create index vacancy_open_region_search on vacancy using gin (region_code, search) where status = 'open';
create index vacancy_open_title_trgm on vacancy using gin (title gin_trgm_ops) where status = 'open';
create unique index vacancy_source_ref on vacancy (source_ref) where source_ref is not null;
create index vacancy_open_region on vacancy (region_code, district_id, occupation_code) where status = 'open';

-- A referral of a job seeker to a vacancy, the employer's answer, and the employment.
create table job_referral (
    id             bigserial primary key,
    job_seeker_id  bigint not null references job_seeker (id),
    vacancy_id     bigint not null references vacancy (id),
    issued_on      date not null,
    answer         text check (answer in ('hired', 'not-hired', 'refused-by-person', 'no-show')),
    answered_on    date,
    answer_note    text,
    issued_by      text not null,
    answered_by    text
);
create index job_referral_seeker on job_referral (job_seeker_id);
create unique index job_referral_once on job_referral (job_seeker_id, vacancy_id);

-- Participation in an active employment measure and its outcome.
create table measure_participation (
    id             bigserial primary key,
    job_seeker_id  bigint references job_seeker (id),
    person_id      bigint not null,
    region_code    text not null,
    district_id    text,
    measure        text not null check (measure in ('vocational-training', 'entrepreneurship', 'youth-practice',
                       'social-jobs', 'voluntary-resettlement', 'special-jobs', 'public-works')),
    referred_on    date not null,
    started_on     date,
    ended_on       date,
    outcome        text check (outcome in ('completed', 'dropped-out')),
    referred_by    text not null,
    check ((outcome is null) = (ended_on is null))
);
create index measure_participation_person on measure_participation (person_id);
create index measure_participation_region on measure_participation (region_code, measure);

-- The yearly regional quota of kandas and movers (the MLSP order's form: region of settlement, number of persons).
create table resettlement_quota (
    year         integer not null check (year between 2017 and 2100),
    region_code  text not null,
    persons      integer not null check (persons >= 0),
    used         integer not null default 0,
    loaded_by    text not null,
    loaded_at    timestamptz not null default now(),
    primary key (year, region_code),
    check (used <= persons)
);

create table resettlement_application (
    id                   bigserial primary key,
    year                 integer not null,
    region_code          text not null,
    district_id          text,
    head_iin             char(12) not null,
    head_person_id       bigint,
    kind                 text not null check (kind in ('kandas', 'mover')),
    persons              integer not null check (persons between 1 and 50),
    applied_on           date not null,
    relocation_subsidy   bigint not null,
    rent_subsidy_monthly bigint,
    rent_months          integer,
    explanation          text not null,
    arrived_on           date,
    employed_on          date,
    applied_by           text not null,
    foreign key (year, region_code) references resettlement_quota (year, region_code)
);
create unique index resettlement_application_once on resettlement_application (head_iin, year);
