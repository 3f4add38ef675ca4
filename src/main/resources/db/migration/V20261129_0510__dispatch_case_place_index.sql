-- The duplicate search (DuplicateFinder) and triage's repeat lookup by place (CaseQueries.earlierReports)
-- ask for cases of one category inside a small box around a point and a time window. Indexed by
-- (category, received_at) they read every case of the category in the window and test its position
-- row by row, so each intake got slower as the pool grew (11.5 ms and 2.7 ms of PostgreSQL time per
-- intake with ~50,000 cases). Keyed by category and latitude, the scan is a thin band of the map, and
-- longitude and time are tested in the index itself.
create index cases_category_place_idx on dispatch.cases (category_code, lat, lng, received_at);
-- Only those two lookups used these; every index is also written by each intake's three case writes.
drop index dispatch.cases_open_by_category_idx;
drop index dispatch.cases_category_received_idx;
