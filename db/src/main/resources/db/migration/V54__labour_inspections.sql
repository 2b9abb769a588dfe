-- The labour inspectors' side (docs/labour-inspections.md): inspections planned and carried out, their checklists,
-- violations with fines in МРП and tenge as of the violation day, prescriptions and the violations they order fixed,
-- the accident investigation (commission and Н-1 act). The tables of V50 (labour_inspection, labour_violation,
-- labour_prescription, workplace_accident) stay the facts the scoring reads; this adds what the inspector's work needs.

-- An inspection is planned (scheduled from the preventive-control list, started_on = the planned day), open (being
-- carried out) or finished. Rows written before this migration (imports, the synthetic country) are finished.
alter table labour_inspection add column status text not null default 'finished'
    check (status in ('planned', 'open', 'finished'));
alter table labour_inspection add column prescription_ref text;   -- the prescription an unscheduled check verifies
alter table labour_inspection add column complaint_ref text;
alter table labour_inspection add column accident_ref text;
alter table labour_inspection add column half_year text check (half_year ~ '^20[0-9]{2}-H[12]$');  -- the list it came from
alter table labour_inspection add column conclusion text;       -- preventive control without a visit: the conclusion
create index labour_inspection_status_idx on labour_inspection (status, started_on);

-- The checklist of an inspection: each item of the law's checklist (kz.shanyraq.law.labour.InspectionChecklist,
-- codes as data) answered compliant or not.
create table labour_checklist_answer (
    inspection_ref  text not null references labour_inspection (inspection_ref),
    checklist_item  text not null check (checklist_item ~ '^[a-z0-9-]{1,60}$'),
    compliant       boolean not null,
    note            text check (length(note) <= 1000),
    primary key (inspection_ref, checklist_item)
);

-- A fine in МРП as imposed, and in tenge at the МРП for fines of the violation day (LabourFines), with the act.
alter table labour_violation add column fine_kzt numeric(14, 2) check (fine_kzt >= 0);
alter table labour_violation add column mrp_value numeric(10, 2);
alter table labour_violation add column description text check (length(description) <= 2000);

-- Which violations a prescription orders fixed: executing it marks them fixed.
create table labour_prescription_violation (
    prescription_ref  text not null references labour_prescription (prescription_ref),
    inspection_ref    text not null,
    item              integer not null,
    primary key (prescription_ref, inspection_ref, item),
    foreign key (inspection_ref, item) references labour_violation (inspection_ref, item)
);

-- The investigation of an accident: the commission (formed on, chair, members) and the Н-1 act (workplace_accident
-- keeps the dates the scoring reads: commission_on, act_n1_on).
create table accident_investigation (
    accident_ref     text primary key references workplace_accident (accident_ref),
    commission_on    date not null,
    chair            text not null check (length(chair) between 1 and 300),
    members          text[] not null,
    act_n1_on        date check (act_n1_on is null or act_n1_on >= commission_on),
    act_n1_number    text check (length(act_n1_number) between 1 and 64),
    cause            text check (length(cause) <= 2000),
    employer_at_fault boolean,
    recorded_by      text not null
);

-- The reads of the new screens and the writes of inspectors go to the labour access log too.
alter table labour_access_log drop constraint labour_access_log_action_check;
alter table labour_access_log add constraint labour_access_log_action_check check (action in (
    'enterprise-card', 'monitoring-list', 'risk-map', 'scoring-run', 'accident-notification',
    'preventive-control-list', 'inspection', 'work-list', 'wage-arrears', 'accidents', 'accident-investigation',
    'conflicts', 'collective-agreements', 'operational-report'));
