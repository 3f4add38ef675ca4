-- Console: photos uploaded with case actions (the grid worker's handling photo). At most 5 MB each,
-- JPEG, PNG or WebP (checked by the console before storing). Referenced from the case timeline as
-- /console/attachments/{id}.
create schema if not exists console;

create table console.attachment (
    id           uuid primary key,
    case_id      text not null,
    file_name    text not null,
    content_type text not null,
    size_bytes   integer not null check (size_bytes > 0 and size_bytes <= 5242880),
    content      bytea not null,
    uploaded_by  text not null,
    uploaded_at  timestamp with time zone not null
);
create index attachment_by_case on console.attachment (case_id);
