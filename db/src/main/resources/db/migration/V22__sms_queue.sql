-- Outgoing SMS wait for the gateway in a queue of their own. An outgoing sms_message row used to be written twice:
-- queued with the offer, then rewritten as sent by the sender (never a HOT update: the status was in the queue
-- index's predicate), ≈ 10 % of PostgreSQL's time per life event. Now the event's transaction queues (offer,
-- language), and the sender renders the text from the offer, hands it to the gateway and writes the sms_message row
-- once, as sent, deleting the queue row in the same transaction. sms_message is then the record of what was sent.
-- A work list, not a record: no foreign key (whose check would lock the new offer row again for each message); the
-- sender reads each queued message through a join with its offer, and sms_message, the record, keeps its key.
create table sms_queue (
    offer_id   bigint not null,
    language   text not null check (language in ('kk', 'ru')),
    queued_at  timestamptz not null default clock_timestamp(),
    primary key (offer_id, language)
);

-- Messages queued under the earlier design move to the queue (the sender renders the same text from the offer).
insert into sms_queue (offer_id, language, queued_at)
select offer_id, language, created_at from sms_message where direction = 'out' and status = 'queued';
delete from sms_message where direction = 'out' and status = 'queued';
drop index sms_message_queued;

-- Columns never searched or joined on need no planner statistics. Without these, autovacuum's ANALYZE sorted
-- samples of SMS texts, event payloads and hashes, outcomes and explanations by collation: 0.35–0.51 s of CPU per
-- table, once a minute while the event tables grow (measured on a demo registry under life-event load).
alter table sms_message alter column text set statistics 0;
alter table life_event alter column payload set statistics 0,
                       alter column content_hash set statistics 0,
                       alter column outcome set statistics 0;
alter table offer alter column basis set statistics 0,
                  alter column explanation set statistics 0;
