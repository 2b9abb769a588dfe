-- The event path writes, per event, a work item, offers, two SMS per offer and cases, each row pointing at a row the
-- same transaction (or the same statement) has just written or at reference data the application read first. A
-- foreign key re-checks that for every row with a locking query (≈ 6 per event: ≈ 8 % of PostgreSQL's statement time
-- at 2 000 events/s), and two workers locking the same `proactive_measure` row share it through a multixact. These
-- rows are never deleted by the application, and each of them is written only by the code that wrote the row it
-- points at (docs/proactive.md, "Guarantees"), so the keys below are dropped; `assignment.offer_id` (one row per
-- consent) keeps its key. Exactly-once rests on the unique constraints, which stay.
alter table life_event_work drop constraint life_event_work_event_id_fkey;
alter table offer drop constraint offer_event_id_fkey;
alter table offer drop constraint offer_measure_fkey;
alter table sms_message drop constraint sms_message_offer_id_fkey;
alter table support_case drop constraint support_case_event_id_fkey;
alter table support_case drop constraint support_case_rule_code_fkey;
