-- "One thing" (一件事) standards running on cases: one run per case, one task per unit and step.
create table dispatch.one_thing_run (
    case_id        text primary key references dispatch.cases (id),
    standard_code  text not null,
    variant        text,
    lead_unit      text not null,
    started_at     timestamp with time zone not null,
    started_by     text not null
);

create table dispatch.one_thing_task (
    id             bigserial primary key,
    case_id        text not null references dispatch.one_thing_run (case_id),
    step_group     integer not null check (step_group > 0),
    unit_code      text not null,
    action         text not null,
    done_criterion text not null,
    condition      text,
    -- the step's limit in the standard's notation: 4h (working hours), 1d (working days), PT30M (wall clock)
    time_limit     text not null,
    state          text not null check (state in ('WAITING', 'OPEN', 'DONE', 'NOT_NEEDED')),
    opened_at      timestamp with time zone,
    due_at         timestamp with time zone,
    closed_at      timestamp with time zone,
    closed_by      text,
    report         text,
    check ((state in ('DONE', 'NOT_NEEDED')) = (closed_at is not null))
);

create index one_thing_task_case on dispatch.one_thing_task (case_id, step_group);
create index one_thing_task_open_unit on dispatch.one_thing_task (unit_code) where state = 'OPEN';
