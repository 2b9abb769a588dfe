-- Hard life situations (ТЖС): rules as data, and the cases they open for the family-support specialists of the
-- family's district.

create table hard_situation_rule (
    code           text primary key,
    event_kind     text not null,
    -- A named condition the server knows (see docs/proactive.md); the rule is data, the vocabulary is code.
    condition      text not null,
    deadline_days  integer not null check (deadline_days between 1 and 90),
    priority       smallint not null check (priority between 1 and 3),
    active         boolean not null default true,
    title_ru       text not null,
    title_kk       text not null,
    title_en       text not null
);

insert into hard_situation_rule (code, event_kind, condition, deadline_days, priority, active, title_ru, title_kk, title_en) values
    ('breadwinner-loss', 'death-registered', 'deceased-adult-member-with-children', 3, 1, true,
     'Потеря кормильца', 'Асыраушысынан айырылу', 'Loss of a breadwinner'),
    ('orphaned-children', 'death-registered', 'children-left-without-parents', 1, 1, true,
     'Дети остались без попечения родителей', 'Балалар ата-ана қамқорлығынсыз қалды', 'Children left without parental care'),
    ('disability-onset', 'disability-established', 'no-disability-before', 7, 2, true,
     'Установление инвалидности', 'Мүгедектіктің белгіленуі', 'Onset of disability'),
    ('child-disability', 'disability-established', 'child-under-18', 5, 1, true,
     'Инвалидность у ребёнка', 'Баланың мүгедектігі', 'Disability of a child'),
    ('job-loss-with-children', 'employment-terminated', 'family-has-children', 10, 2, true,
     'Потеря работы в семье с детьми', 'Балалы отбасында жұмыстан айырылу', 'Job loss in a family with children'),
    ('income-collapse', 'income-changed', 'income-below-poverty-line', 10, 2, true,
     'Доход семьи ниже черты бедности', 'Отбасы табысы кедейлік шегінен төмен', 'Family income below the poverty line'),
    ('divorce-with-children', 'divorce', 'family-has-children', 14, 3, true,
     'Развод в семье с детьми', 'Балалы отбасында ажырасу', 'Divorce in a family with children'),
    -- Waits for the well-being scoring: activated when the family category is evaluated.
    ('fall-to-category-1-2', 'category-changed', 'category-1-or-2', 5, 1, false,
     'Переход семьи в категорию 1 или 2', 'Отбасының 1 немесе 2 санатқа ауысуы', 'Family fell into category 1 or 2');

create table support_case (
    id            bigserial primary key,
    family_id     bigint not null,
    rule_code     text not null references hard_situation_rule (code),
    event_id      bigint references life_event (id),
    person_id     bigint,
    region_code   text,
    district_id   text,
    opened_at     timestamptz not null default clock_timestamp(),
    deadline      date not null,
    status        text not null default 'open' check (status in ('open', 'in-work', 'closed')),
    -- One case per situation and event: an event processed again cannot open a second case.
    unique (family_id, rule_code, event_id)
);
create index support_case_territory on support_case (region_code, district_id, status);
