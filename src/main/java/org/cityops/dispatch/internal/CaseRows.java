package org.cityops.dispatch.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.cityops.dispatch.CaseSummary;
import org.cityops.shared.database.TransactionMemo;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the case row with plain statements: the first write inserts it at version 0, later
 * writes update it only if nobody else wrote it since it was read (optimistic locking, as
 * {@link Cases} reads the version). Spring Data's aggregate save did the same with reflection
 * and mapping on every call, a sixth of the CPU an intake took.
 */
@Repository
class CaseRows {

	private static final String COLUMNS = "receipt, channel, source_system, external_id, category_code, description, "
			+ "address, lat, lng, micro_grid_code, grid_code, community_code, township_code, county_code, reporter_name, "
			+ "reporter_phone, reporter_account, reported_at, received_at, state, suspended_from, review_date, urgent, "
			+ "tags, assignee_unit, assignee_person, dispatched_at, lead_unit, duplicate_of, return_count, "
			+ "escalation_count, satisfaction, updated_at, closed_at";

	private static final String INSERT = "insert into dispatch.cases (id, version, " + COLUMNS + ") values (?, 0, "
			+ ", ?".repeat(COLUMNS.split(", ").length).substring(2) + ")";
	private static final String UPDATE = "update dispatch.cases set version = ?, "
			+ COLUMNS.replace(", ", " = ?, ") + " = ? where id = ? and version = ?";

	private final JdbcClient jdbc;
	/** Summaries of the cases this transaction read or wrote; a write replaces its case's. */
	private final TransactionMemo<String, Optional<CaseSummary>> summaries = new TransactionMemo<>();

	CaseRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The case's summary; a case this transaction wrote costs no round trip (its notices word
	 * themselves from the summary of the case they are about, in the same transaction).
	 */
	Optional<CaseSummary> summary(String id) {
		return summaries.get(id, key -> find(key).map(CaseQueries::summaryOf));
	}

	Optional<Case> find(String id) {
		return jdbc.sql("select * from dispatch.cases where id = ?").param(id).query((row, n) -> Case.of(row))
				.optional();
	}

	Optional<Case> findBySource(String sourceSystem, String externalId) {
		return jdbc.sql("select * from dispatch.cases where source_system = ? and external_id = ?")
				.params(sourceSystem, externalId).query((row, n) -> Case.of(row)).optional();
	}

	/** Inserts a case never written, else updates it; returns the same case at its new version. */
	Case save(Case subject) {
		if (subject.version() == null) {
			insert(subject);
		}
		else {
			update(subject);
		}
		summaries.remember(subject.id(), Optional.of(CaseQueries.summaryOf(subject)));
		return subject;
	}

	private void insert(Case subject) {
		List<Object> values = new ArrayList<>();
		values.add(subject.id());
		values.addAll(columns(subject));
		jdbc.sql(INSERT).params(values).update();
		subject.written(0);
	}

	private void update(Case subject) {
		long read = subject.version();
		List<Object> values = new ArrayList<>();
		values.add(read + 1);
		values.addAll(columns(subject));
		values.add(subject.id());
		values.add(read);
		if (jdbc.sql(UPDATE).params(values).update() != 1) {
			throw new OptimisticLockingFailureException("case " + subject.id() + " was changed meanwhile (version "
					+ read + ")");
		}
		subject.written(read + 1);
	}

	/** The values of {@link #COLUMNS}, in their order. */
	private static List<Object> columns(Case subject) {
		Case.Place place = subject.place() == null ? Case.Place.NONE : subject.place();
		return Arrays.asList(subject.receipt(), subject.channel().name(), subject.sourceSystem(), subject.externalId(),
				subject.categoryCode(), subject.description(), subject.address(), subject.lat(), subject.lng(),
				place.microGridCode(), place.gridCode(), place.communityCode(), place.townshipCode(),
				place.countyCode(), subject.reporterName(), subject.reporterPhone(), subject.reporterAccount(),
				timestamp(subject.reportedAt()), timestamp(subject.receivedAt()), subject.state().name(),
				subject.suspendedFrom() == null ? null : subject.suspendedFrom().name(), subject.reviewDate(),
				subject.urgent(), subject.orderedTags().toArray(String[]::new), subject.assigneeUnit(),
				subject.assigneePerson(), timestamp(subject.dispatchedAt()), subject.leadUnit(), subject.duplicateOf(),
				subject.returnCount(), subject.escalationCount(), subject.satisfaction(),
				timestamp(subject.updatedAt()), timestamp(subject.closedAt()));
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
