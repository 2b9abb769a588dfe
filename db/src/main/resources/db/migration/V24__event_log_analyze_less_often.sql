-- The event log's tables grow by every life event but are only ever read by their keys (event and offer ids, source
-- ids, families, offers of a family), so their value distributions do not steer any plan. Autovacuum analyzed each
-- whenever it had grown by a tenth: under load on a young database, every minute, sampling 30 000 rows (0.3–0.5 s of
-- CPU each). Now once it has doubled; vacuum (visibility, freezing) keeps its defaults.
alter table life_event set (autovacuum_analyze_scale_factor = 1.0);
alter table offer set (autovacuum_analyze_scale_factor = 1.0);
alter table sms_message set (autovacuum_analyze_scale_factor = 1.0);
alter table support_case set (autovacuum_analyze_scale_factor = 1.0);
