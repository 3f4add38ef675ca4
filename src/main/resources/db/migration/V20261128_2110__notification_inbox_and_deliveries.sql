-- Notifications: each person's inbox and the outbound deliveries (webhooks, later SMS gateways).
create schema if not exists notification;

-- One row per person told about one domain event; (event_key, person_id) makes a redelivered event harmless.
create table notification.inbox (
    id          bigserial primary key,
    person_id   uuid        not null,
    event_key   text        not null,
    kind        text        not null,
    case_id     text,
    title       text        not null,
    body        text        not null,
    created_at  timestamptz not null,
    read_at     timestamptz,
    constraint inbox_once unique (event_key, person_id)
);
create index inbox_by_person on notification.inbox (person_id, id desc);
create index inbox_unread on notification.inbox (person_id) where read_at is null;

-- One outbound message to one recipient through one channel; retried by a db-scheduler task until
-- delivered or given up. recipient is a person id, or 'phone:<number>' for a reporter without an account.
create table notification.delivery (
    id              bigserial primary key,
    event_key       text        not null,
    recipient       text        not null,
    channel         text        not null,
    message         jsonb       not null,
    state           text        not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        int         not null default 0,
    created_at      timestamptz not null,
    next_attempt_at timestamptz,
    finished_at     timestamptz,
    last_error      text,
    constraint delivery_once unique (event_key, recipient, channel)
);
create index delivery_by_state on notification.delivery (state, created_at);

-- Every attempt, append-only.
create table notification.delivery_attempt (
    delivery_id  bigint      not null references notification.delivery (id),
    attempt      int         not null,
    at           timestamptz not null,
    outcome      text        not null check (outcome in ('DELIVERED', 'RETRY', 'FAILED')),
    status_code  int,
    error        text,
    duration_ms  bigint      not null,
    primary key (delivery_id, attempt)
);

-- db-scheduler's table for delivery tasks: a scheduler of their own, so that slow or unreachable
-- receivers never hold up the time-limit timers (sla.scheduled_tasks).
create table notification.scheduled_tasks (
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
create index notification_tasks_execution_time_idx on notification.scheduled_tasks (execution_time);
create index notification_tasks_last_heartbeat_idx on notification.scheduled_tasks (last_heartbeat);
create index notification_tasks_priority_execution_time_idx on notification.scheduled_tasks (priority desc, execution_time asc);
