-- Life events are processed in batches (EventBatch): a birth counts the mother's children when the source gives no
-- birth order, and the breadwinner-loss check finds the deceased's children by the mother link. Without this index
-- each of those lookups reads the whole person table.
create index person_mother_idx on person (mother_id) where mother_id is not null;
