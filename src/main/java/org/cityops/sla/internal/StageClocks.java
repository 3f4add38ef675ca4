package org.cityops.sla.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cityops.sla.SlaMode;
import org.cityops.sla.Stage;
import org.cityops.sla.StageStatus;
import org.cityops.sla.TimeLimit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stage clocks in {@code sla.stage_clock}. The warning and breach marks are conditional updates, so
 * that a timer that runs twice (after a crash) marks, and announces, only once.
 */
@Repository
class StageClocks {

	private static final String COLUMNS = "id, case_id, stage, category_code, area_code, urgent, mode, time_limit, "
			+ "started_at, counted_from, warning_at, due_at, status, completed_at, warned_at, breached_at";

	/**
	 * Completes the running clock of a stage, late ({@code OVERDUE}) when completed after the due time
	 * or when a breach was already announced, else {@code ON_TIME}. Parameters: the completion time
	 * (twice), the case, the stage.
	 */
	private static final String COMPLETE = "update sla.stage_clock set completed_at = ?, status = case when ? > due_at "
			+ "or breached_at is not null then 'OVERDUE' else 'ON_TIME' end "
			+ "where case_id = ? and stage = ? and status = 'RUNNING' returning " + COLUMNS;

	private final JdbcClient jdbc;

	StageClocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Starts a clock, in one statement: completes the running clock of the stage {@code completing}
	 * (when not {@code null}) at the new clock's start, on time or late as {@link #complete} does,
	 * cancels a running clock of the new clock's stage, and inserts the new one.
	 *
	 * @return the clocks this ended (completed or cancelled), whose timers are no longer needed
	 */
	List<StageClock> start(StageClock clock, Stage completing) {
		Timestamp at = timestamp(clock.startedAt());
		// The insert reads the cancellation's result, so the running clock it replaces has left the
		// one-running-clock-per-stage index before the new one enters it.
		return jdbc.sql("with completed as (" + COMPLETE + "), "
				+ "replaced as (update sla.stage_clock set status = 'CANCELLED', completed_at = ? "
				+ "where case_id = ? and stage = ? and status = 'RUNNING' returning " + COLUMNS + "), "
				+ "started as (insert into sla.stage_clock (" + COLUMNS + ") "
				+ "select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null from (select count(*) from replaced) settled) "
				+ "select " + COLUMNS + " from completed union all select " + COLUMNS + " from replaced")
				.params(at, at, clock.caseId(), completing == null ? null : completing.name(),
						at, clock.caseId(), clock.stage().name(),
						clock.id(), clock.caseId(), clock.stage().name(), clock.categoryCode(), clock.areaCode(),
						clock.urgent(), clock.mode().name(), clock.limit().toString(), at,
						timestamp(clock.countedFrom()), timestamp(clock.warningAt()), timestamp(clock.dueAt()),
						clock.status().name())
				.query(StageClocks::map).list();
	}

	/** The most recently started clock of a stage, whatever its status. */
	Optional<StageClock> latest(String caseId, Stage stage) {
		return jdbc.sql("select " + COLUMNS + " from sla.stage_clock where case_id = ? and stage = ? "
				+ "order by started_at desc, completed_at desc nulls first limit 1")
				.params(caseId, stage.name()).query(StageClocks::map).optional();
	}

	Set<String> overdueCases(Instant at) {
		return new LinkedHashSet<>(jdbc.sql(
				"select distinct case_id from sla.stage_clock where status = 'RUNNING' and due_at < ? order by case_id")
				.param(Timestamp.from(at)).query(String.class).list());
	}

	List<StageClock> ofCase(String caseId) {
		return jdbc.sql("select " + COLUMNS + " from sla.stage_clock where case_id = ? order by started_at, stage")
				.param(caseId).query(StageClocks::map).list();
	}

	Optional<StageClock> byId(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from sla.stage_clock where id = ?").param(id)
				.query(StageClocks::map).optional();
	}

	/** When the case was last dispatched, as recorded by the completion of its dispatch stage. */
	Optional<Instant> lastDispatch(String caseId) {
		return jdbc.sql("select max(completed_at) from sla.stage_clock where case_id = ? and stage = 'DISPATCH' "
				+ "and status in ('ON_TIME', 'OVERDUE')").param(caseId)
				.query((rs, row) -> instant(rs, 1)).optional();
	}

	/** Ends a running clock; returns the ended clock, or empty when it was not running any more. */
	Optional<StageClock> end(UUID id, StageStatus status, Instant at) {
		return jdbc.sql("update sla.stage_clock set status = ?, completed_at = ? where id = ? and status = 'RUNNING' "
				+ "returning " + COLUMNS).params(status.name(), timestamp(at), id)
				.query(StageClocks::map).optional();
	}

	/**
	 * Completes the running clock of a stage in one statement: late ({@code OVERDUE}) when completed
	 * after the due time or when a breach was already announced, else {@code ON_TIME}. Empty when the
	 * stage has no running clock.
	 */
	Optional<StageClock> complete(String caseId, Stage stage, Instant at) {
		Timestamp completed = timestamp(at);
		return jdbc.sql(COMPLETE).params(completed, completed, caseId, stage.name())
				.query(StageClocks::map).optional();
	}

	/** Marks the warning of a running clock once; empty when it was marked before or the clock ended. */
	Optional<StageClock> markWarned(UUID id, Instant at) {
		return jdbc.sql("update sla.stage_clock set warned_at = ? where id = ? and status = 'RUNNING' "
				+ "and warned_at is null and breached_at is null returning " + COLUMNS)
				.params(timestamp(at), id).query(StageClocks::map).optional();
	}

	/** Marks the breach of a running clock once; empty when it was marked before or the clock ended. */
	Optional<StageClock> markBreached(UUID id, Instant at) {
		return jdbc.sql("update sla.stage_clock set breached_at = ? where id = ? and status = 'RUNNING' "
				+ "and breached_at is null returning " + COLUMNS)
				.params(timestamp(at), id).query(StageClocks::map).optional();
	}

	private static StageClock map(ResultSet rs, int row) throws SQLException {
		return new StageClock(rs.getObject("id", UUID.class), rs.getString("case_id"),
				Stage.valueOf(rs.getString("stage")), rs.getString("category_code"), rs.getString("area_code"),
				rs.getBoolean("urgent"), SlaMode.valueOf(rs.getString("mode")), TimeLimit.of(rs.getString("time_limit")),
				instant(rs, "started_at"), instant(rs, "counted_from"), instant(rs, "warning_at"),
				instant(rs, "due_at"), StageStatus.valueOf(rs.getString("status")), instant(rs, "completed_at"),
				instant(rs, "warned_at"), instant(rs, "breached_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
