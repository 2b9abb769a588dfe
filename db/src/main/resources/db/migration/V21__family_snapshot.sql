-- The family snapshot (docs/recompute.md, "The family snapshot"): one row per family holding every registry fact
-- the law reads, for any date, in a compact binary encoding (recompute/.../registry/FamilyFacts, format version
-- in family_snapshot_state.format). The national recompute reads it with one sequential COPY per reader instead of
-- about 25 rows from 21 tables per family.
create table family_snapshot (
    family_id  bigint primary key,
    facts      bytea not null
) with (fillfactor = 100, toast_tuple_target = 8160);

-- The encoding is already compact (varints) and decoding must not pay for decompression: no compression, and a row
-- stays in the table itself up to ~8 kB (toast_tuple_target) — larger families (rare) go out of line uncompressed.
alter table family_snapshot alter column facts set storage external;

-- Families whose facts changed since their row was encoded (marked by the triggers below).
create table family_snapshot_stale (
    family_id  bigint primary key
);

-- complete: every family has a row, except those in family_snapshot_stale. false before the first build and after
-- a whole invalidation (a bulk load, a truncate): the next run rebuilds everything, and the triggers do not mark.
create table family_snapshot_state (
    singleton  boolean primary key default true check (singleton),
    format     integer not null,
    complete   boolean not null,
    built_at   timestamptz
);
insert into family_snapshot_state (singleton, format, complete) values (true, 1, false);

-- Marks the families a statement touched. tg_argv[0]: the key column; tg_argv[1]: 'family' (a family id) or
-- 'person' (a person id: the families the person ever belonged to, and those whose breadwinner they were).
-- The row-share lock waits while a refresh holds the state exclusively: a write never slips between the refresh's
-- reading and its clearing of the stale marks.
create function family_snapshot_mark() returns trigger language plpgsql as $$
declare
    changed text;
begin
    lock table family_snapshot_state in row share mode;
    if not (select complete from family_snapshot_state) then
        return null;
    end if;
    if tg_op = 'INSERT' then
        changed := format('select %I as k from new_rows', tg_argv[0]);
    elsif tg_op = 'DELETE' then
        changed := format('select %I as k from old_rows', tg_argv[0]);
    else
        changed := format('select %I as k from new_rows union select %I from old_rows', tg_argv[0], tg_argv[0]);
    end if;
    if tg_argv[1] = 'family' then
        execute 'insert into family_snapshot_stale (family_id) select distinct k from (' || changed
                || ') c where k is not null on conflict do nothing';
    else
        execute 'insert into family_snapshot_stale (family_id) select m.family_id from (' || changed
                || ') c join family_member m on m.person_id = c.k'
                || ' union select b.family_id from (' || changed || ') c join breadwinner_loss b on b.deceased_id = c.k'
                || ' on conflict do nothing';
    end if;
    return null;
end $$;

-- A truncate cannot name its rows: the whole snapshot is invalid.
create function family_snapshot_invalidate() returns trigger language plpgsql as $$
begin
    lock table family_snapshot_state in row share mode;
    update family_snapshot_state set complete = false where complete;
    return null;
end $$;

do $$
declare
    t record;
begin
    for t in select * from (values
            ('family', 'id', 'family'), ('family_address', 'family_id', 'family'),
            ('family_member', 'family_id', 'family'), ('resettlement', 'family_id', 'family'),
            ('breadwinner_loss', 'family_id', 'family'),
            ('person', 'id', 'person'), ('person_status', 'person_id', 'person'),
            ('person_relation', 'related_person_id', 'person'), ('income', 'person_id', 'person'),
            ('social_contribution', 'person_id', 'person'), ('insurance_participation', 'person_id', 'person'),
            ('employment_contract', 'person_id', 'person'), ('unemployment_registration', 'person_id', 'person'),
            ('disability', 'person_id', 'person'), ('study', 'person_id', 'person'),
            ('long_illness', 'person_id', 'person'), ('care_duty', 'carer_id', 'person'),
            ('award', 'person_id', 'person'), ('maternity_leave', 'person_id', 'person'),
            ('real_estate', 'person_id', 'person'), ('vehicle', 'person_id', 'person'),
            ('land_plot', 'person_id', 'person'), ('livestock', 'person_id', 'person'),
            ('loan', 'person_id', 'person')) as x(tab, col, kind)
    loop
        execute format('create trigger %I after insert on %I referencing new table as new_rows'
                || ' for each statement execute function family_snapshot_mark(%L, %L)',
                t.tab || '_snapshot_ins', t.tab, t.col, t.kind);
        execute format('create trigger %I after update on %I referencing new table as new_rows old table as old_rows'
                || ' for each statement execute function family_snapshot_mark(%L, %L)',
                t.tab || '_snapshot_upd', t.tab, t.col, t.kind);
        execute format('create trigger %I after delete on %I referencing old table as old_rows'
                || ' for each statement execute function family_snapshot_mark(%L, %L)',
                t.tab || '_snapshot_del', t.tab, t.col, t.kind);
        execute format('create trigger %I after truncate on %I'
                || ' for each statement execute function family_snapshot_invalidate()',
                t.tab || '_snapshot_trunc', t.tab);
    end loop;
end $$;
