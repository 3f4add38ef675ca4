-- Geography: administrative divisions, generated grids, and a record of each imported data set.
create schema if not exists geo;

create table geo.division (
    code             text primary key,
    name             text not null,
    level            text not null check (level in ('CITY', 'COUNTY', 'TOWNSHIP', 'COMMUNITY')),
    parent_code      text references geo.division (code),
    placeholder      boolean not null default false,
    boundary_source  text not null check (boundary_source in ('PUBLISHED', 'DERIVED_APPROXIMATE', 'GENERATED', 'NONE')),
    boundary         bytea,
    area_m2          double precision,
    centroid_lat     double precision,
    centroid_lng     double precision
);
create index division_parent_idx on geo.division (parent_code);

create table geo.grid (
    code             text primary key,
    name             text not null,
    level            text not null check (level in ('GRID', 'MICRO_GRID')),
    parent_code      text not null,
    community_code   text not null references geo.division (code),
    township_code    text not null references geo.division (code),
    county_code      text not null references geo.division (code),
    boundary         bytea not null,
    area_m2          double precision not null,
    centroid_lat     double precision not null,
    centroid_lng     double precision not null
);
create index grid_parent_idx on geo.grid (parent_code);
create index grid_community_idx on geo.grid (community_code);
create index grid_county_idx on geo.grid (county_code, level);

-- One row per imported data set; its presence is what makes a restart import nothing.
create table geo.dataset (
    name         text primary key,
    version      text not null,
    seed         bigint,
    row_count    int not null,
    imported_at  timestamp with time zone not null,
    note         text
);
