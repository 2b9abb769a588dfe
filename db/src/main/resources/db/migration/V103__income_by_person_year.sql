-- Issue 22: incomes stored compactly (docs/registry/income-storage.md). One row per person, year, type and source
-- with the twelve months' amounts in an array (NULL: no income of that type and source that month), instead of one
-- row per person, month, type and source: a registry with a two-year history held 296 M income rows at scale 1.0
-- (≈ 34 GB with the key); by year it holds ≈ 30 M. Every reader still sees the same relation `income` (person_id,
-- month, type, source, amount), now a view over income_year: the view is the one rule that turns the stored years
-- into income rows of months. Writes into `income` (imports, life events, the demo, tests) are turned into writes
-- of the month in its year's row by the trigger below; a bulk load (the synthetic country) writes income_year itself.

create table income_year (
    person_id  bigint not null,
    year       smallint not null,
    type       text not null,
    source     text not null,
    amounts    bigint[] not null check (cardinality(amounts) = 12 and array_lower(amounts, 1) = 1 and 0 <= all(amounts)),
    primary key (person_id, year, type, source)
);

insert into income_year (person_id, year, type, source, amounts)
select person_id, y, type, source,
       array[max(amount) filter (where m = 1), max(amount) filter (where m = 2), max(amount) filter (where m = 3),
             max(amount) filter (where m = 4), max(amount) filter (where m = 5), max(amount) filter (where m = 6),
             max(amount) filter (where m = 7), max(amount) filter (where m = 8), max(amount) filter (where m = 9),
             max(amount) filter (where m = 10), max(amount) filter (where m = 11), max(amount) filter (where m = 12)]
  from (select person_id, extract(year from month)::smallint y, extract(month from month)::int m, type, source, amount
          from income) i
 group by person_id, y, type, source
 order by person_id, y, type, source;

-- The old table's snapshot triggers (V21) go with it; income_year gets the same ones below.
drop table income;

-- Income of a month, as every reader reads it (the columns and values of the V1 table).
create view income as
select y.person_id, make_date(y.year, m.month::int, 1) as month, y.type, y.source, m.amount
  from income_year y
 cross join lateral unnest(y.amounts) with ordinality as m(amount, month)
 where m.amount is not null;

comment on view income is 'Income by month, type and source system (whole tenge): the months of income_year';

-- A write of a month's income: the month of its year's row is set (insert; a month already held is replaced, a
-- month written again with the same amount changes nothing and counts no row, as the imports' upsert expects) or
-- cleared (delete; a year left without months is deleted).
create function income_month_written() returns trigger language plpgsql as $$
declare
    y smallint;
    m integer;
    months bigint[];
begin
    if tg_op in ('DELETE', 'UPDATE') then
        y := extract(year from old.month);
        m := extract(month from old.month);
        update income_year set amounts[m] = null
         where person_id = old.person_id and year = y and type = old.type and source = old.source
           and amounts[m] is not null;
        delete from income_year
         where person_id = old.person_id and year = y and type = old.type and source = old.source
           and array_remove(amounts, null) = '{}';
        if tg_op = 'DELETE' then
            return old;
        end if;
    end if;
    if new.month is null or new.amount is null then
        raise exception 'income: the month and the amount are required' using errcode = 'not_null_violation';
    end if;
    if extract(day from new.month) <> 1 then
        raise exception 'income: the month % is not the first day of a month', new.month using errcode = 'check_violation';
    end if;
    if new.amount < 0 then
        raise exception 'income: a negative amount (%)', new.amount using errcode = 'check_violation',
            constraint = 'income_amount_check';
    end if;
    y := extract(year from new.month);
    m := extract(month from new.month);
    months := array_fill(null::bigint, array[12]);
    months[m] := new.amount;
    insert into income_year as i (person_id, year, type, source, amounts)
    values (new.person_id, y, new.type, new.source, months)
        on conflict (person_id, year, type, source) do update set amounts[m] = new.amount
     where i.amounts[m] is distinct from new.amount;
    if not found then
        return null;
    end if;
    return new;
end $$;

create trigger income_write instead of insert or update or delete on income
    for each row execute function income_month_written();

-- The family snapshot's marks (V21), now on the stored table.
create trigger income_year_snapshot_ins after insert on income_year referencing new table as new_rows
    for each statement execute function family_snapshot_mark('person_id', 'person');
create trigger income_year_snapshot_upd after update on income_year referencing new table as new_rows old table as old_rows
    for each statement execute function family_snapshot_mark('person_id', 'person');
create trigger income_year_snapshot_del after delete on income_year referencing old table as old_rows
    for each statement execute function family_snapshot_mark('person_id', 'person');
create trigger income_year_snapshot_trunc after truncate on income_year
    for each statement execute function family_snapshot_invalidate();

analyze income_year;
