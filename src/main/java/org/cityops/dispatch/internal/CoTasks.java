package org.cityops.dispatch.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Co-organisers' parts of cases (协办任务).
 */
@Repository
class CoTasks {

	private final JdbcClient jdbc;

	CoTasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void open(String caseId, String unitCode, Instant at, Instant due) {
		jdbc.sql("""
				insert into dispatch.co_task (case_id, unit_code, opened_at, due_at, state) values (?, ?, ?, ?, 'OPEN')
				on conflict on constraint co_task_unique do update set state = 'OPEN', opened_at = excluded.opened_at,
				    due_at = excluded.due_at, reported_at = null, reported_by = null, report = null""")
				.params(caseId, unitCode, Timestamp.from(at), due == null ? null : Timestamp.from(due))
				.update();
	}

	/** @return whether the unit had an open task on the case */
	boolean report(String caseId, String unitCode, String report, String by, Instant at) {
		return jdbc.sql("""
				update dispatch.co_task set state = 'REPORTED', report = ?, reported_by = ?, reported_at = ?
				where case_id = ? and unit_code = ? and state = 'OPEN'""")
				.params(report, by, Timestamp.from(at), caseId, unitCode).update() == 1;
	}

	List<String> unreported(String caseId) {
		return jdbc.sql("select unit_code from dispatch.co_task where case_id = ? and state = 'OPEN' order by unit_code")
				.param(caseId).query(String.class).list();
	}

	List<Row> of(String caseId) {
		return jdbc.sql("select * from dispatch.co_task where case_id = ? order by id").param(caseId)
				.query((row, n) -> new Row(row.getString("unit_code"), row.getString("state"),
						Accountability.instant(row, "opened_at"), Accountability.instant(row, "due_at"),
						Accountability.instant(row, "reported_at"), row.getString("reported_by"), row.getString("report")))
				.list();
	}

	record Row(String unitCode, String state, Instant openedAt, Instant dueAt, Instant reportedAt, String reportedBy,
			String report) {
	}
}
