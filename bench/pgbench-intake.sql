-- The SQL-level ceiling of intake: per transaction one case row, one timer row and one timeline
-- row, in a copy of the platform's database (the same tables, indexes and constraints).
-- Run by bench/intake-benchmark.sh.
\set lat random(27480000, 27590000)
\set lng random(120500000, 120690000)
WITH new_case AS (
    INSERT INTO dispatch.cases (id, version, receipt, channel, category_code, description, address, lat, lng,
        micro_grid_code, grid_code, community_code, township_code, county_code, reporter_name, reporter_phone,
        reported_at, received_at, state, assignee_unit, updated_at)
    VALUES ('B' || lpad(nextval('dispatch.case_number')::text, 14, '0'), 0, md5(random()::text), 'HOTLINE', '0101',
        '垃圾桶满了好几天没人清，味道很大', '龙港市测试地址', :lat / 1e6, :lng / 1e6,
        '330383198001-G01-M01', '330383198001-G01', '330383198001', '330383198', '330383', '压测', '17000000000',
        now(), now(), 'REPORTED', '330383198001-G01', now())
    RETURNING id),
new_timer AS (
    INSERT INTO sla.scheduled_tasks (task_name, task_instance, execution_time, picked, version)
    VALUES ('sla-stage-deadline', gen_random_uuid()::text || '/BREACH', now() + interval '1 hour', false, 1))
INSERT INTO dispatch.timeline (case_id, at, action, to_state, actor)
SELECT id, now(), 'REPORT', 'REPORTED', 'bench' FROM new_case;
