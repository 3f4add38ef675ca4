-- The least SQL an intake that does what issue 3 asks can cost: every read and write of one routed
-- intake in a single statement, so one round trip and one commit. Authored for the benchmark (these
-- are not the platform's statements): a lower bound for any implementation on the same server and
-- tables, whatever its language or framework. Run by bench/intake-benchmark.sh.
--
-- Per transaction: the repeat-complaint lookup (same phone, or same category nearby, within the
-- benchmark's 5-minute repeat window) and the duplicate search (same category within about 100 m and
-- the benchmark's 10 s window), as the platform writes them; the case row, written once in its final
-- state (dispatched to a grid); its three timeline entries (reported, accepted, dispatched); the
-- routing decision; the running stage clock (signing) and its warning timer; one inbox notice to the
-- assignee.
-- Left out, so that the bound stays low: the idempotency lookup by source (the unique constraint
-- stays), the clocks of the accept and dispatch stages (they end the moment they start) and the
-- breach timer, the notice's live signal (pg_notify), the outbound webhook delivery, escalations.
-- No ':' inside string literals: pgbench would take it for a variable in prepared mode.
\set lat random(27480000, 27590000)
\set lng random(120500000, 120690000)
\set phone random(0, 99999999)
\set category random(1, 49)
WITH report AS (
    SELECT ('{0101,0102,0201,0202,0301,0302,0303,0401,0402,0403,0501,0502,0503,0504,0505,0601,0602,0603,0604,'
            '0701,0702,0703,0704,0705,0801,0802,0901,0902,1001,1002,1003,1004,1101,1102,1103,1201,1202,1203,'
            '1301,1302,1303,1401,1402,1403,1404,1405,1501,1502,1601}'::text[])[:category] AS category,
        :lat / 1e6 AS lat, :lng / 1e6 AS lng, '170' || lpad(:phone::text, 8, '0') AS phone,
        'C' || to_char(now(), 'YYYYMMDD') || lpad(nextval('dispatch.case_number')::text, 9, '0') AS id),
earlier AS (
    SELECT id FROM dispatch.cases
    WHERE id IN (SELECT id FROM dispatch.cases WHERE reporter_phone = (SELECT phone FROM report)
                   AND received_at >= now() - interval '5 minutes' AND category_code = (SELECT category FROM report)
                 UNION
                 SELECT id FROM dispatch.cases WHERE category_code = (SELECT category FROM report)
                   AND lat BETWEEN :lat / 1e6 - 0.0009 AND :lat / 1e6 + 0.0009
                   AND lng BETWEEN :lng / 1e6 - 0.00101 AND :lng / 1e6 + 0.00101
                   AND received_at >= now() - interval '5 minutes')
      AND state <> 'VOIDED'
    ORDER BY received_at DESC, id DESC LIMIT 100),
original AS (
    SELECT id FROM dispatch.cases
    WHERE category_code = (SELECT category FROM report) AND closed_at IS NULL AND duplicate_of IS NULL
      AND state NOT IN ('DUPLICATE', 'VOIDED', 'SUSPENDED')
      AND received_at >= now() - interval '10 seconds' AND received_at <= now()
      AND lat BETWEEN :lat / 1e6 - 0.0009 AND :lat / 1e6 + 0.0009
      AND lng BETWEEN :lng / 1e6 - 0.00101 AND :lng / 1e6 + 0.00101
    ORDER BY received_at, id LIMIT 50),
new_case AS (
    INSERT INTO dispatch.cases (id, version, receipt, channel, category_code, description, address, lat, lng,
        micro_grid_code, grid_code, community_code, township_code, county_code, reporter_name, reporter_phone,
        reported_at, received_at, state, urgent, tags, assignee_unit, assignee_person, dispatched_at,
        duplicate_of, updated_at)
    SELECT r.id, 2, md5(r.id), 'HOTLINE', r.category, '垃圾桶满了好几天没人清，味道很大', '龙港市测试地址', r.lat, r.lng,
        '330383198001-G01-M01', '330383198001-G01', '330383198001', '330383198', '330383', '压测市民', r.phone,
        now(), now(), 'DISPATCHED', false,
        ARRAY['triage model 0.91', 'repeat ' || (SELECT count(*) FROM earlier)],
        '330383198001-G01', gen_random_uuid(), now(), (SELECT min(id) FROM original), now()
    FROM report r
    RETURNING id, assignee_person),
entries AS (
    INSERT INTO dispatch.timeline (case_id, at, action, from_state, to_state, actor, actor_role, actor_unit, note)
    SELECT n.id, now(), e.action, e.from_state, e.to_state, e.actor, e.role, e.unit, e.note
    FROM new_case n, (VALUES
        ('REPORT', NULL, 'REPORTED', 'hotline-01', '12345 接线员', '330383-12345', '12345热线 龙港市测试地址'),
        ('ACCEPT', 'REPORTED', 'ACCEPTED', 'system', '平台', NULL, '智能分拨 自动受理'),
        ('DISPATCH', 'ACCEPTED', 'DISPATCHED', 'system', '平台', NULL, '网格内派遣 网格员')
    ) AS e(action, from_state, to_state, actor, role, unit, note)),
decision AS (
    INSERT INTO dispatch.routing_decision (case_id, at, rule, target_unit, target_person, reason)
    SELECT id, now(), 'GRID', '330383198001-G01', assignee_person, '落点所在网格 330383198001-G01'
    FROM new_case),
clocks AS (
    INSERT INTO sla.stage_clock (id, case_id, stage, category_code, area_code, urgent, mode, time_limit,
        started_at, counted_from, warning_at, due_at, status, completed_at)
    SELECT gen_random_uuid(), n.id, s.stage, '0101', '330383198001-G01-M01', false, 'NORMAL', s.time_limit,
        now(), now(), now() + s.warning, now() + s.due, s.status, CASE WHEN s.status = 'RUNNING' THEN NULL ELSE now() END
    FROM new_case n, (VALUES
        ('SIGN', 'PT1H', interval '48 minutes', interval '1 hour', 'RUNNING')
    ) AS s(stage, time_limit, warning, due, status)
    RETURNING id, stage, warning_at, due_at),
timers AS (
    INSERT INTO sla.scheduled_tasks (task_name, task_instance, execution_time, picked, version)
    SELECT 'sla-stage-deadline', c.id || '/WARNING', c.warning_at, false, 1 FROM clocks c),
notice AS (
    INSERT INTO notification.inbox (person_id, event_key, kind, case_id, title, body, created_at)
    SELECT assignee_person, 'moved/' || id || '/DISPATCH', 'CASE_DISPATCHED', id, '新派遣 ' || id,
        '垃圾桶满了好几天没人清，味道很大（龙港市测试地址），请在 1 小时内签收', now()
    FROM new_case)
SELECT id FROM new_case;
