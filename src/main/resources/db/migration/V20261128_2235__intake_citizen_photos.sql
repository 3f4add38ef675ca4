-- Photos citizens attach to their reports (the public report page uploads them first and sends their
-- references with the report). At most 5 MB, JPEG, PNG or WebP (checked before storing); shown to staff only.
create table intake.photo (
    id           uuid primary key,
    content_type text not null,
    size_bytes   integer not null check (size_bytes > 0 and size_bytes <= 5242880),
    content      bytea not null,
    uploaded_at  timestamp with time zone not null
);
