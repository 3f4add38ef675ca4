-- The case pool: cases, their append-only timeline, routing decisions, consultations, co-organiser
-- tasks and accountability records.
create schema if not exists dispatch;

create sequence dispatch.case_number;

create table dispatch.cases (
    id               text primary key,
    version          bigint not null,
    receipt          text not null unique,
    channel          text not null,
    source_system    text,
    external_id      text,
    category_code    text,
    description      text not null,
    address          text,
    lat              double precision,
    lng              double precision,
    micro_grid_code  text,
    grid_code        text,
    community_code   text,
    township_code    text,
    county_code      text,
    reporter_name    text,
    reporter_phone   text,
    reporter_account text,
    reported_at      timestamp with time zone not null,
    received_at      timestamp with time zone not null,
    state            text not null,
    suspended_from   text,
    review_date      date,
    urgent           boolean not null default false,
    tags             text[] not null default '{}',
    assignee_unit    text,
    assignee_person  uuid,
    dispatched_at    timestamp with time zone,
    lead_unit        text,
    duplicate_of     text references dispatch.cases (id),
    return_count     int not null default 0,
    escalation_count int not null default 0,
    satisfaction     int check (satisfaction between 1 and 5),
    updated_at       timestamp with time zone not null,
    closed_at        timestamp with time zone,
    constraint cases_source_unique unique (source_system, external_id)
);
create index cases_state_idx on dispatch.cases (state);
create index cases_grid_idx on dispatch.cases (grid_code);
create index cases_assignee_unit_idx on dispatch.cases (assignee_unit) where closed_at is null;
create index cases_assignee_person_idx on dispatch.cases (assignee_person) where closed_at is null;
create index cases_open_by_category_idx on dispatch.cases (category_code, received_at) where closed_at is null;
create index cases_received_idx on dispatch.cases (received_at);
create index cases_duplicate_of_idx on dispatch.cases (duplicate_of);

-- Every transition, as it happened. Rows are never changed or removed.
create table dispatch.timeline (
    id           bigserial primary key,
    case_id      text not null references dispatch.cases (id),
    at           timestamp with time zone not null,
    action       text not null,
    from_state   text,
    to_state     text not null,
    actor        text not null,
    actor_role   text,
    actor_unit   text,
    note         text,
    reason       text,
    attachments  text[] not null default '{}',
    detail       jsonb
);
create index timeline_case_idx on dispatch.timeline (case_id, id);

create function dispatch.refuse_history_change() returns trigger language plpgsql as $$
begin
    raise exception 'dispatch.% is append-only', tg_table_name;
end;
$$;
create trigger timeline_append_only before update or delete on dispatch.timeline
    for each row execute function dispatch.refuse_history_change();

create table dispatch.routing_decision (
    id             bigserial primary key,
    case_id        text not null references dispatch.cases (id),
    at             timestamp with time zone not null,
    rule           text not null,
    target_unit    text not null,
    target_person  uuid,
    reason         text not null
);
create index routing_decision_case_idx on dispatch.routing_decision (case_id);
create trigger routing_append_only before update or delete on dispatch.routing_decision
    for each row execute function dispatch.refuse_history_change();

create table dispatch.consultation (
    id            bigserial primary key,
    case_id       text not null references dispatch.cases (id),
    held_at       timestamp with time zone not null,
    recorded_by   text not null,
    participants  jsonb not null,
    decision      text not null,
    lead_unit     text not null,
    co_units      text[] not null default '{}'
);
create index consultation_case_idx on dispatch.consultation (case_id);

-- The part each co-organiser (协办单位) contributes to a case led by another unit.
create table dispatch.co_task (
    id           bigserial primary key,
    case_id      text not null references dispatch.cases (id),
    unit_code    text not null,
    opened_at    timestamp with time zone not null,
    due_at       timestamp with time zone,
    state        text not null check (state in ('OPEN', 'REPORTED')),
    reported_at  timestamp with time zone,
    reported_by  text,
    report       text,
    constraint co_task_unique unique (case_id, unit_code)
);

-- The responsibility loop: a missed deadline, a return or a failed verification is answered for.
create table dispatch.accountability (
    id            bigserial primary key,
    case_id       text not null references dispatch.cases (id),
    unit_code     text not null,
    person_id     uuid,
    cause         text not null check (cause in ('DEADLINE_MISSED', 'RETURNED', 'VERIFICATION_FAILED')),
    stage         text not null default '',
    -- what makes the cause happen only once: the due time of a breached stage clock, the n-th return
    occurrence    text not null,
    detail        text not null,
    opened_at     timestamp with time zone not null,
    state         text not null check (state in ('OPEN', 'ANSWERED', 'ACCEPTED')),
    answer        text,
    answered_at   timestamp with time zone,
    answered_by   text,
    reviewed_at   timestamp with time zone,
    reviewed_by   text,
    review_note   text,
    constraint accountability_once unique (case_id, cause, stage, occurrence)
);
create index accountability_unit_idx on dispatch.accountability (unit_code, state);
