-- Time limits (sla): stage clocks of cases, area modes with their history, and db-scheduler's timers.
create schema if not exists sla;

-- One row per started stage of a case. status RUNNING until the stage completes (ON_TIME/OVERDUE,
-- frozen) or is cancelled. warned_at/breached_at are set once, by the timers, and make them idempotent.
create table sla.stage_clock (
    id            uuid primary key,
    case_id       text not null,
    stage         text not null,
    category_code text,
    area_code     text not null,
    urgent        boolean not null,
    mode          text not null,
    time_limit    text not null,
    started_at    timestamp with time zone not null,
    counted_from  timestamp with time zone not null,
    warning_at    timestamp with time zone not null,
    due_at        timestamp with time zone not null,
    status        text not null,
    completed_at  timestamp with time zone,
    warned_at     timestamp with time zone,
    breached_at   timestamp with time zone
);
create index stage_clock_by_case on sla.stage_clock (case_id, started_at);
create unique index stage_clock_one_running_per_stage on sla.stage_clock (case_id, stage) where status = 'RUNNING';

-- The mode each switched area is in now (the most specific switched area covering a place wins).
create table sla.area_mode (
    area_code   text primary key,
    mode        text not null,
    switched_at timestamp with time zone not null,
    switched_by text not null,
    reason      text
);

-- Every switch ever made (append-only).
create table sla.area_mode_switch (
    id          bigint generated always as identity primary key,
    area_code   text not null,
    mode        text not null,
    switched_at timestamp with time zone not null,
    switched_by text not null,
    reason      text
);
create index area_mode_switch_by_time on sla.area_mode_switch (switched_at desc);

-- db-scheduler 16.x (com.github.kagkarlsson:db-scheduler): durable, cluster-safe one-time timers.
create table sla.scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on sla.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on sla.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on sla.scheduled_tasks (priority desc, execution_time asc);
