-- The career centre's employer-relations specialist (issue 17): manages the vacancies of a territory, never a
-- family's or a person's data. Scoped to a region (and district) like the other territorial staff.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in ('consultant', 'assistant', 'family-support',
    'inspector', 'analyst', 'operator', 'admin', 'sms-gateway', 'commission', 'department-officer', 'portal',
    'employer-relations'));
alter table app_user add constraint app_user_employer_relations_in_territory
    check (role <> 'employer-relations' or region_code is not null);
