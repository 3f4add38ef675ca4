-- Intake: API keys of the apps and systems that report into the pool (stored hashed), the cases
-- that came in through Open311 with their tokens, and the token buckets that rate-limit the
-- public citizen report (shared by every node).
create schema if not exists intake;

create table intake.api_keys (
    id          uuid primary key,
    key_hash    text not null unique,          -- SHA-256 of the key, hex; the key itself is never stored
    system      text not null,                 -- the app or system the key belongs to, e.g. open311-demo
    kind        text not null check (kind in ('APP', 'SYSTEM')),
    label       text,
    created_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone
);

create table intake.open311_requests (
    case_id       text primary key,
    token         text not null unique,
    system        text not null,
    service_code  text not null,
    requested_at  timestamp with time zone not null
);

create index open311_requests_requested_at on intake.open311_requests (requested_at);

create table intake.rate_buckets (
    bucket        text primary key,             -- e.g. client:203.0.113.7 or phone:<sha-256>
    tokens        double precision not null,
    refreshed_at  timestamp with time zone not null
);
