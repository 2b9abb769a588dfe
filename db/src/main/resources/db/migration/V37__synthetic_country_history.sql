-- Issue 22: the synthetic country has a history. The first month with incomes (./shanyraq generate
-- --history-from YYYY-MM, default two years before the reference month); null for a country loaded before this
-- column existed (incomes of the six reference months only, from July 2026).
alter table synthetic_load add column history_from date check (history_from is null or extract(day from history_from) = 1);
