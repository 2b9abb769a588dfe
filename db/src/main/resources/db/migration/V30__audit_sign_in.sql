-- The audit trail also records sign-in: every wrong password (sign-in-failed), every attempt refused by the
-- throttle before its password was checked (sign-in-throttled), an administrator unlocking an account or an address
-- (sign-in-unlocked), reads of a life event's state (life-event) and the family ids a worklist lists (worklist). Still append-only (V11's triggers).
alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check check (action in (
    'family-card', 'person-lookup', 'family-search', 'life-event', 'worklist',
    'sign-in-failed', 'sign-in-throttled', 'sign-in-unlocked'));
