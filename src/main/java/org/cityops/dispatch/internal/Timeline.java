package org.cityops.dispatch.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseDetails.RoutingDecision;
import org.cityops.dispatch.CaseDetails.TimelineEntry;
import org.cityops.dispatch.CaseState;
import org.cityops.shared.database.TransactionMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only history of cases: transitions and routing decisions. The database refuses
 * updates and deletes of these rows.
 */
@Repository
class Timeline {

	private final JdbcClient jdbc;
	/*
	 * The history of cases created in this transaction, as written: nobody else can add to it before
	 * the transaction commits, so the answer to an intake needs no round trip to read it back.
	 */
	private final TransactionMemo<String, List<TimelineEntry>> newEntries = new TransactionMemo<>();
	private final TransactionMemo<String, List<RoutingDecision>> newDecisions = new TransactionMemo<>();

	Timeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The case was created in this transaction: its history starts here, empty. */
	void started(String caseId) {
		newEntries.remember(caseId, new ArrayList<>());
		newDecisions.remember(caseId, new ArrayList<>());
	}

	void append(String caseId, Instant at, CaseAction action, CaseState from, CaseState to, Actor actor, String note,
			String reason, List<String> attachments) {
		long id = jdbc.sql("""
				insert into dispatch.timeline (case_id, at, action, from_state, to_state, actor, actor_role, actor_unit,
				                               note, reason, attachments)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")
				.params(caseId, Timestamp.from(at), action.name(), from == null ? null : from.name(), to.name(),
						actor.username(), actor.displayRole(), actor.unitCode(), note, reason,
						attachments.toArray(String[]::new))
				.query(Long.class).single();
		newEntries.peek(caseId).ifPresent(written -> written.add(new TimelineEntry(id, CaseQueries.stored(at), action,
				from, to, actor.username(), actor.displayRole(), actor.unitCode(), note, reason,
				List.copyOf(attachments))));
	}

	void recordRouting(String caseId, Instant at, Routing.Decision decision) {
		jdbc.sql("""
				insert into dispatch.routing_decision (case_id, at, rule, target_unit, target_person, reason)
				values (?, ?, ?, ?, cast(? as uuid), ?)""")
				.params(caseId, Timestamp.from(at), decision.rule(), decision.unitCode(), decision.personId(),
						decision.reason())
				.update();
		newDecisions.peek(caseId).ifPresent(written -> written.add(new RoutingDecision(CaseQueries.stored(at),
				decision.rule(), decision.unitCode(), decision.personId(), decision.reason())));
	}

	List<TimelineEntry> entries(String caseId) {
		return newEntries.peek(caseId).<List<TimelineEntry>>map(List::copyOf).orElseGet(() -> jdbc
				.sql("select * from dispatch.timeline where case_id = ? order by id").param(caseId)
				.query(Timeline::entry).list());
	}

	List<RoutingDecision> routing(String caseId) {
		return newDecisions.peek(caseId).<List<RoutingDecision>>map(List::copyOf).orElseGet(() -> jdbc
				.sql("select * from dispatch.routing_decision where case_id = ? order by id").param(caseId)
				.query((row, n) -> new RoutingDecision(row.getTimestamp("at").toInstant(), row.getString("rule"),
						row.getString("target_unit"), row.getString("target_person"), row.getString("reason")))
				.list());
	}

	private static TimelineEntry entry(ResultSet row, int rowNumber) throws SQLException {
		String from = row.getString("from_state");
		return new TimelineEntry(row.getLong("id"), row.getTimestamp("at").toInstant(),
				CaseAction.valueOf(row.getString("action")), from == null ? null : CaseState.valueOf(from),
				CaseState.valueOf(row.getString("to_state")), row.getString("actor"), row.getString("actor_role"),
				row.getString("actor_unit"), row.getString("note"), row.getString("reason"),
				strings(row.getArray("attachments")));
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
