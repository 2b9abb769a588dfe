-- Events are looked up by family (the family card) only once processed; an event just accepted has no family yet and
-- needs no entry. Intake then writes one index entry fewer per event.
drop index life_event_family;
create index life_event_family on life_event (family_id, effective_on) where family_id is not null;
