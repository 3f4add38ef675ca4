-- Triage module: the case taxonomy and the "one thing" standards, imported from versioned files
-- (src/main/resources/triage/*.yaml) at start-up and editable by administrators afterwards.
create schema if not exists triage;

-- One row per imported file version: a restart finds its version here and imports nothing.
create table triage.catalogue_import (
    file          text        not null,             -- 'taxonomy' or 'one-thing'
    version       int         not null,
    checksum      text        not null,             -- SHA-256 of the file as imported
    imported_at   timestamptz not null,
    rows_written  int         not null,
    rows_kept     text[]      not null default '{}', -- codes left alone because an administrator edited them
    primary key (file, version)
);

create table triage.major_class (
    code           text primary key,
    name           text not null,
    name_en        text not null,
    nature         text not null,
    source_version int  not null
);

-- A minor class; definition holds the whole record (conditions, limits) as the API returns it.
create table triage.category (
    code           text primary key,
    major_code     text        not null references triage.major_class (code),
    name           text        not null,
    name_en        text        not null,
    unit_kind      text        not null,
    priority       text        not null,
    definition     jsonb       not null,
    source_version int         not null,
    edited_at      timestamptz,
    edited_by      text
);
create index category_by_major on triage.category (major_code);

create table triage.one_thing_standard (
    code            text primary key,
    name            text        not null,
    lead_unit_kind  text        not null,
    definition      jsonb       not null,
    source_version  int         not null,
    edited_at       timestamptz,
    edited_by       text
);

-- Append-only history of administrators' edits.
create table triage.catalogue_edit (
    id         bigserial primary key,
    kind       text        not null,                -- 'category' or 'one-thing'
    code       text        not null,
    edited_at  timestamptz not null,
    edited_by  text        not null,
    before     jsonb       not null,
    after      jsonb       not null
);
create index catalogue_edit_by_code on triage.catalogue_edit (kind, code, edited_at);
