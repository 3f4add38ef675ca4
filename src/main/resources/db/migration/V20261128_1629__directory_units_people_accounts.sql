-- Directory: units, people and roles, the centre's duty rotation, login accounts and API tokens.
create schema if not exists directory;

create table directory.unit (
    code          text primary key,
    name          text not null,
    kind          text not null,
    division_code text not null,
    parent_code   text,
    source        text not null
);
create index unit_by_division on directory.unit (division_code text_pattern_ops, kind);

-- Other spellings of a unit's name, e.g. the gazette's short forms 市经信局, 市发改委.
create table directory.unit_alias (
    alias     text primary key,
    unit_code text not null references directory.unit (code)
);

create table directory.person (
    id         uuid primary key,
    name       text not null,
    unit_code  text references directory.unit (code),
    phone      text,
    scope      text,
    engagement text not null,
    ordinal    int not null default 0,
    generated  boolean not null
);
create index person_by_unit on directory.person (unit_code, ordinal);

create table directory.person_role (
    person_id uuid not null references directory.person (id),
    role      text not null,
    primary key (person_id, role)
);
create index person_role_by_role on directory.person_role (role);

-- The daily duty rotation at the centre: the person at position (days since the anchor mod pool size).
create table directory.duty_rotation (
    post      text not null,
    position  int not null,
    person_id uuid not null references directory.person (id),
    primary key (post, position)
);

create table directory.account (
    username      text primary key,
    person_id     uuid not null unique references directory.person (id),
    password_hash text not null,
    enabled       boolean not null default true,
    created_at    timestamp with time zone not null
);

-- Bearer tokens for the API: only a SHA-256 hash of each token is kept.
create table directory.api_token (
    id         uuid primary key,
    username   text not null references directory.account (username),
    token_hash text not null unique,
    issued_at  timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    revoked_at timestamp with time zone
);
create index api_token_by_username on directory.api_token (username);

-- What the loaders imported, so a restart recognises data it already has.
create table directory.import_record (
    name        text primary key,
    fingerprint text not null,
    row_count   int not null,
    imported_at timestamp with time zone not null
);
