-- A social contract's individual family plan puts the members it gives an active employment measure on the career
-- centre's list (issue 17), beside those invited after a job loss: an invitation now says why it was made.
alter table job_seeker_invitation alter column life_event_id drop not null;
alter table job_seeker_invitation alter column job_lost_on drop not null;
alter table job_seeker_invitation add column reason text not null default 'job-loss'
    check (reason in ('job-loss', 'social-contract'));
alter table job_seeker_invitation add column contract_id bigint;
alter table job_seeker_invitation add column invited_on date;
update job_seeker_invitation set invited_on = job_lost_on;
alter table job_seeker_invitation alter column invited_on set not null;
alter table job_seeker_invitation add constraint job_seeker_invitation_why check (
    (reason = 'job-loss' and life_event_id is not null and job_lost_on is not null)
    or (reason = 'social-contract' and contract_id is not null));
create unique index job_seeker_invitation_once_per_contract on job_seeker_invitation (contract_id, person_id)
    where contract_id is not null;
