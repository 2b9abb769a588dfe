-- Issue 20: people by name, address and phone. A person's name as the civil registry holds it (one current name;
-- a change of name replaces it, dated), and the street address of a family's registered address. Phones are in
-- person_contact (V12). Personal data: read only through the server's access check and audit.
create table person_name (
    person_id   bigint primary key references person (id),
    surname     text not null check (length(surname) between 1 and 100),
    given_name  text not null check (length(given_name) between 1 and 100),
    patronymic  text check (patronymic is null or length(patronymic) between 1 and 100),
    valid_from  date not null,
    synthetic   boolean not null default false
);
-- Search by the start of the surname (and the given name) within a territory.
create index person_name_surname on person_name (lower(surname) text_pattern_ops, lower(given_name));

alter table family_address add column street_address text
    check (street_address is null or length(street_address) between 1 and 300);
