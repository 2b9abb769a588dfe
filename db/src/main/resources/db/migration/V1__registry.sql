-- Shanyraq registry: persons, families and the facts state databases hold about them, kept over time.
-- Facts carry valid_from / valid_to (inclusive; NULL = open) so any evaluation "as of a date" sees that date's facts.
-- Bulk loads (COPY) go into these tables; secondary indexes that slow a bulk load are created in V2.

create table region (
    code     text primary key check (code ~ '^KZ-[0-9]{2}$'),
    name_ru  text not null,
    name_kk  text not null,
    name_en  text not null
);

insert into region (code, name_ru, name_kk, name_en) values
    ('KZ-10', 'Абайская область', 'Абай облысы', 'Abai Region'),
    ('KZ-11', 'Акмолинская область', 'Ақмола облысы', 'Akmola Region'),
    ('KZ-15', 'Актюбинская область', 'Ақтөбе облысы', 'Aktobe Region'),
    ('KZ-19', 'Алматинская область', 'Алматы облысы', 'Almaty Region'),
    ('KZ-23', 'Атырауская область', 'Атырау облысы', 'Atyrau Region'),
    ('KZ-27', 'Западно-Казахстанская область', 'Батыс Қазақстан облысы', 'West Kazakhstan Region'),
    ('KZ-31', 'Жамбылская область', 'Жамбыл облысы', 'Zhambyl Region'),
    ('KZ-33', 'Область Жетісу', 'Жетісу облысы', 'Zhetysu Region'),
    ('KZ-35', 'Карагандинская область', 'Қарағанды облысы', 'Karaganda Region'),
    ('KZ-39', 'Костанайская область', 'Қостанай облысы', 'Kostanay Region'),
    ('KZ-43', 'Кызылординская область', 'Қызылорда облысы', 'Kyzylorda Region'),
    ('KZ-47', 'Мангистауская область', 'Маңғыстау облысы', 'Mangystau Region'),
    ('KZ-55', 'Павлодарская область', 'Павлодар облысы', 'Pavlodar Region'),
    ('KZ-59', 'Северо-Казахстанская область', 'Солтүстік Қазақстан облысы', 'North Kazakhstan Region'),
    ('KZ-61', 'Туркестанская область', 'Түркістан облысы', 'Turkestan Region'),
    ('KZ-62', 'Область Ұлытау', 'Ұлытау облысы', 'Ulytau Region'),
    ('KZ-63', 'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы', 'East Kazakhstan Region'),
    ('KZ-71', 'город Астана', 'Астана қаласы', 'Astana'),
    ('KZ-75', 'город Алматы', 'Алматы қаласы', 'Almaty'),
    ('KZ-79', 'город Шымкент', 'Шымкент қаласы', 'Shymkent');

-- Districts (аудан / city district) by region; id like 'KZ-59-03'.
create table district (
    id           text primary key check (id ~ '^KZ-[0-9]{2}-[0-9]{2}$'),
    region_code  text not null references region (code),
    name_ru      text not null,
    name_kk      text not null,
    name_en      text not null
);

create table person (
    id           bigint primary key,
    iin          char(12) not null unique,
    birth_date   date not null,
    sex          char(1) not null check (sex in ('F', 'M')),
    death_date   date,
    -- For children: the mother (birth order counts among her children) and the birth order.
    mother_id    bigint,
    birth_order  smallint check (birth_order >= 1),
    check (death_date is null or death_date >= birth_date)
);

-- citizen, kandas, refugee, resident-foreigner, stateless, non-resident; over time (a kandas becomes a citizen).
create table person_status (
    person_id   bigint not null,
    status      text not null check (status in ('citizen', 'kandas', 'refugee', 'resident-foreigner', 'stateless', 'non-resident')),
    valid_from  date not null,
    valid_to    date,
    primary key (person_id, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);

create table family (
    id          bigint primary key,
    created_on  date not null
);

-- Membership periods: a person belongs to at most one family at a time.
create table family_member (
    family_id   bigint not null,
    person_id   bigint not null,
    relation    text not null check (relation in ('head', 'spouse', 'child', 'parent', 'sibling', 'grandchild', 'ward', 'other')),
    valid_from  date not null,
    valid_to    date,
    primary key (person_id, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);

create table family_address (
    family_id    bigint not null,
    region_code  text not null,
    district_id  text,
    locality     text not null check (locality in ('urban', 'rural')),
    valid_from   date not null,
    valid_to     date,
    primary key (family_id, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);

-- Kinship and guardianship between persons (mother, father, spouse, guardian).
create table person_relation (
    person_id          bigint not null,
    related_person_id  bigint not null,
    kind               text not null check (kind in ('mother', 'father', 'spouse', 'guardian')),
    valid_from         date not null,
    valid_to           date,
    primary key (person_id, related_person_id, kind, valid_from)
);

-- Income by month, type and source system; amounts in whole tenge, never negative.
create table income (
    person_id  bigint not null,
    month      date not null check (extract(day from month) = 1),
    type       text not null,
    source     text not null,
    amount     bigint not null check (amount >= 0),
    primary key (person_id, month, type, source)
);

-- Monthly income on which social contributions (СО) were paid to the ГФСС.
create table social_contribution (
    person_id  bigint not null,
    month      date not null check (extract(day from month) = 1),
    income     bigint not null check (income >= 0),
    primary key (person_id, month)
);

-- Total months of participation in social insurance, as reported by the ГФСС on a date.
create table insurance_participation (
    person_id  bigint not null,
    as_of      date not null,
    months     integer not null check (months >= 0),
    primary key (person_id, as_of)
);

create table employment_contract (
    id            bigint primary key,
    person_id     bigint not null,
    employer_bin  char(12) not null,
    started_on    date not null,
    ended_on      date,
    end_reason    text,
    check (ended_on is null or ended_on >= started_on)
);

create table unemployment_registration (
    person_id      bigint not null,
    registered_on  date not null,
    ended_on       date,
    primary key (person_id, registered_on)
);

create table disability (
    person_id                   bigint not null,
    grp                         smallint check (grp between 1 and 3),
    cause                       text not null check (cause in ('general-illness', 'childhood', 'work-injury', 'occupational-disease', 'other')),
    work_capacity_loss_percent  smallint check (work_capacity_loss_percent between 0 and 100),
    valid_from                  date not null,
    valid_to                    date,
    primary key (person_id, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);

create table study (
    person_id   bigint not null,
    full_time   boolean not null,
    valid_from  date not null,
    valid_to    date,
    primary key (person_id, valid_from)
);

-- Illness with temporary incapacity (long illness: more than two months).
create table long_illness (
    person_id   bigint not null,
    valid_from  date not null,
    valid_to    date,
    primary key (person_id, valid_from)
);

create table care_duty (
    carer_id    bigint not null,
    cared_id    bigint not null,
    valid_from  date not null,
    valid_to    date,
    primary key (carer_id, cared_id, valid_from)
);

create table award (
    person_id   bigint not null,
    kind        text not null check (kind in ('kumis-alka', 'altyn-alka', 'mother-heroine', 'maternal-glory-1', 'maternal-glory-2')),
    awarded_on  date not null,
    primary key (person_id, kind)
);

create table maternity_leave (
    person_id  bigint not null,
    starts_on  date not null,
    days       smallint not null check (days in (126, 140)),
    primary key (person_id, starts_on)
);

create table real_estate (
    id           bigint primary key,
    person_id    bigint not null,
    kind         text not null check (kind in ('dwelling', 'commercial', 'other')),
    region_code  text,
    area_m2      numeric(10, 2) check (area_m2 > 0),
    valid_from   date not null,
    valid_to     date
);

create table vehicle (
    id          bigint primary key,
    person_id   bigint not null,
    kind        text not null check (kind in ('car', 'truck', 'motorcycle', 'agricultural', 'other')),
    made_year   smallint,
    valid_from  date not null,
    valid_to    date
);

create table land_plot (
    id          bigint primary key,
    person_id   bigint not null,
    hectares    numeric(12, 4) not null check (hectares > 0),
    purpose     text not null check (purpose in ('household', 'agricultural', 'other')),
    valid_from  date not null,
    valid_to    date
);

create table livestock (
    person_id  bigint not null,
    species    text not null check (species in ('cattle', 'horse', 'sheep', 'goat', 'camel', 'pig', 'poultry')),
    head       integer not null check (head >= 0),
    as_of      date not null,
    primary key (person_id, species, as_of)
);

create table loan (
    id         bigint primary key,
    person_id  bigint not null,
    kind       text not null check (kind in ('mortgage', 'consumer', 'microcredit', 'car', 'other')),
    principal  bigint not null check (principal >= 0),
    opened_on  date not null,
    closed_on  date,
    check (closed_on is null or closed_on >= opened_on)
);

create table resettlement (
    family_id           bigint primary key,
    kind                text not null check (kind in ('kandas', 'resettler')),
    in_regional_quota   boolean not null,
    from_region         text,
    settled_on          date not null,
    rent_rate_mrp       smallint check (rent_rate_mrp between 15 and 30)
);

create table breadwinner_loss (
    family_id          bigint not null,
    deceased_id        bigint not null,
    died_on            date not null,
    both_parents_lost  boolean not null default false,
    primary key (family_id, deceased_id)
);
