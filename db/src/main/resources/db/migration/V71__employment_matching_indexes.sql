-- Matching (issue 17): every branch of the candidate condition (same occupation, words found, title similar) is an
-- index scan within the region, so that PostgreSQL combines them (BitmapOr) instead of reading the region's rows.
drop index vacancy_open_title_trgm;
create index vacancy_open_region_title_trgm on vacancy using gin (region_code, title gin_trgm_ops) where status = 'open';
create index vacancy_open_region_occupation on vacancy (region_code, occupation_code) where status = 'open';
