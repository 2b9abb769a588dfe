-- Category transitions kept in one partition per run (recompute module). A run fills its own table
-- recompute_transition_<run> inside the transaction that created it (with wal_level = minimal PostgreSQL skips the
-- WAL for it), indexes it after the load and attaches it as the partition of its run id: storing a transition for
-- every family of the country takes seconds, where inserting them into one shared, indexed, logged table took
-- minutes (167 s for 6.3 M families). Readers query recompute_transition as before.

alter table recompute_transition rename to recompute_transition_before_v20;
alter index recompute_transition_pkey rename to recompute_transition_before_v20_pkey;

create table recompute_transition (
    run_id         bigint not null,
    family_id      bigint not null,
    region_code    text,
    district_id    text,
    from_category  smallint,
    to_category    smallint,
    primary key (run_id, family_id)
) partition by list (run_id);

-- Transitions stored before this migration stay where they are, attached as the partition of their runs.
do $$
declare
    runs bigint[];
begin
    select array_agg(distinct run_id order by run_id) into runs from recompute_transition_before_v20;
    if runs is null then
        drop table recompute_transition_before_v20;
    else
        execute format('alter table recompute_transition attach partition recompute_transition_before_v20 '
                       'for values in (%s)', array_to_string(runs, ','));
    end if;
end $$;

-- Rows written outside a run's own partition (by hand, by tests) land here; kept small, so attaching a run's
-- partition checks it in no time.
create table recompute_transition_other partition of recompute_transition default;
