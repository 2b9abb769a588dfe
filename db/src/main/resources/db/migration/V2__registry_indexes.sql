-- Lookups the family card and the evaluation need. Kept apart from V1 so a bulk load can drop and rebuild them.
create index family_member_family_idx on family_member (family_id);
create index person_relation_related_idx on person_relation (related_person_id);
create index employment_contract_person_idx on employment_contract (person_id);
create index real_estate_person_idx on real_estate (person_id);
create index vehicle_person_idx on vehicle (person_id);
create index land_plot_person_idx on land_plot (person_id);
create index loan_person_idx on loan (person_id);
create index family_address_region_idx on family_address (region_code, district_id);
