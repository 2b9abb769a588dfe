-- Tables whose every change the server hears about (LISTEN table_changed), so that it may keep what it read from
-- them (a family card's registry reading, a user, the regional figures, the coverage, a family's published category)
-- until they change. One notification per changing statement, carrying the table's name; PostgreSQL delivers it
-- only when the writing transaction commits, and folds repeats within a transaction into one.
-- The server's guard test (TableChangesTest) finds the tables a family card reads and fails if one is missing here.

create function notify_table_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('table_changed', tg_table_name);
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array[
        'app_user',
        'family', 'family_member', 'family_address', 'person', 'person_name', 'person_contact', 'person_relation',
        'person_status', 'income_year', 'social_contribution', 'employment_contract', 'unemployment_registration',
        'insurance_participation', 'award', 'breadwinner_loss', 'care_duty', 'disability', 'long_illness',
        'maternity_leave', 'study', 'resettlement', 'loan', 'real_estate', 'vehicle', 'land_plot', 'livestock',
        'region', 'district', 'source_coverage', 'regional_figure', 'synthetic_regional_figure',
        'recompute_run', 'recompute_transition']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function notify_table_changed()', t || '_changed', t);
    end loop;
end
$$;
