-- Who read which enterprise's card or list, when and whether it was granted (the labour side's audit trail; the
-- family side's audit_event is about persons). Append-only, like audit_event.
create table labour_access_log (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default clock_timestamp(),
    actor       text not null,
    actor_role  text not null,
    channel     text not null check (channel in ('ui', 'api')),
    action      text not null check (action in ('enterprise-card', 'monitoring-list', 'risk-map', 'scoring-run', 'accident-notification')),
    bin         char(12),
    region_code text,
    as_of       date,
    outcome     text not null check (outcome in ('granted', 'denied', 'not-found')),
    reason      text
);
create index labour_access_log_bin_idx on labour_access_log (bin, at);

create function labour_access_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'labour_access_log is append-only: % is not allowed', tg_op;
end
$$;

create trigger labour_access_log_append_only
    before update or delete on labour_access_log
    for each row execute function labour_access_log_is_append_only();

create trigger labour_access_log_no_truncate
    before truncate on labour_access_log
    for each statement execute function labour_access_log_is_append_only();
