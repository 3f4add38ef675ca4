-- Triage's repeat-complaint lookup (CaseQueries.earlierReports): earlier cases of a category from the
-- same phone, or near the same place, within 30 days, whether still open or closed.
create index cases_category_received_idx on dispatch.cases (category_code, received_at);
create index cases_reporter_phone_idx on dispatch.cases (reporter_phone, received_at) where reporter_phone is not null;
