package org.cityops.dispatch.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cityops.directory.Role;
import org.cityops.dispatch.AccountabilityOpened;
import org.cityops.dispatch.AccountabilityRecord;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.ResponsibilityLoop;
import org.cityops.shared.web.ConflictException;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accountability records (once per cause and occurrence) and takes answers and reviews.
 */
@Service
class Accountability implements ResponsibilityLoop {

	enum Cause {
		DEADLINE_MISSED, RETURNED, VERIFICATION_FAILED
	}

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Accountability(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens a record on whoever has the case, unless this very occurrence already has one.
	 *
	 * @param occurrence what makes it unique for its cause (the due time of a breached clock, the
	 * number of a return)
	 */
	Optional<Long> open(Case subject, Cause cause, String stage, String occurrence, String detail) {
		Instant now = clock.instant();
		Optional<Long> id = jdbc.sql("""
				insert into dispatch.accountability (case_id, unit_code, person_id, cause, stage, occurrence, detail,
				                                     opened_at, state)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')
				on conflict on constraint accountability_once do nothing
				returning id""")
				.params(subject.id(), subject.assigneeUnit(), subject.assigneePerson(), cause.name(),
						stage == null ? "" : stage, occurrence, detail, Timestamp.from(now))
				.query(Long.class).optional();
		id.ifPresent(recordId -> events.publishEvent(new AccountabilityOpened(recordId, new CaseId(subject.id()),
				subject.assigneeUnit(), subject.assigneePerson() == null ? null : subject.assigneePerson().toString(),
				cause.name(), detail, now)));
		return id;
	}

	long count(String caseId, Cause cause) {
		return jdbc.sql("select count(*) from dispatch.accountability where case_id = ? and cause = ?")
				.params(caseId, cause.name()).query(Long.class).single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountabilityRecord> ofUnit(String unitCode, boolean openOnly) {
		return jdbc.sql("select * from dispatch.accountability where unit_code = ? "
				+ (openOnly ? "and state <> 'ACCEPTED' " : "") + "order by opened_at desc, id desc")
				.param(unitCode).query(Accountability::record).list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountabilityRecord> ofCase(CaseId caseId) {
		return jdbc.sql("select * from dispatch.accountability where case_id = ? order by id").param(caseId.value())
				.query(Accountability::record).list();
	}

	@Override
	@Transactional
	public AccountabilityRecord answer(long recordId, String answer, Actor actor) {
		AccountabilityRecord record = load(recordId);
		if (!actor.has(Role.ADMINISTRATOR) && !record.unitCode().equals(actor.unitCode())) {
			throw new AccessDeniedException("Only the unit " + record.unitCode() + " answers this record");
		}
		if (ActionRequirements.blank(answer) || answer.length() > ActionRequirements.MAX_TEXT) {
			throw new InvalidInputException(FieldProblem.coded("answer", "problem.text.required",
					"is required (at most " + ActionRequirements.MAX_TEXT + " characters)", String.valueOf(ActionRequirements.MAX_TEXT)));
		}
		if (!"OPEN".equals(record.state())) {
			throw new ConflictException(FieldProblem.coded("state", "problem.record.notOpen",
					"the record is " + record.state() + "; only an open record is answered"));
		}
		jdbc.sql("update dispatch.accountability set state = 'ANSWERED', answer = ?, answered_at = ?, answered_by = ? where id = ?")
				.params(answer, Timestamp.from(clock.instant()), actor.username(), recordId).update();
		return load(recordId);
	}

	@Override
	@Transactional
	public AccountabilityRecord review(long recordId, boolean accepted, String note, Actor actor) {
		if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.ADMINISTRATOR) && !actor.has(Role.DISPATCHER)) {
			throw new AccessDeniedException("Only supervisors review accountability records");
		}
		AccountabilityRecord record = load(recordId);
		if (!"ANSWERED".equals(record.state())) {
			throw new ConflictException(FieldProblem.coded("state", "problem.record.notAnswered",
					"the record is " + record.state() + "; only an answered record is reviewed"));
		}
		if (!accepted && ActionRequirements.blank(note)) {
			throw new InvalidInputException(FieldProblem.coded("note", "problem.record.noteRequired", "is required to send an answer back"));
		}
		jdbc.sql("update dispatch.accountability set state = ?, reviewed_at = ?, reviewed_by = ?, review_note = ? where id = ?")
				.params(accepted ? "ACCEPTED" : "OPEN", Timestamp.from(clock.instant()), actor.username(), note, recordId)
				.update();
		return load(recordId);
	}

	private AccountabilityRecord load(long recordId) {
		return jdbc.sql("select * from dispatch.accountability where id = ?").param(recordId)
				.query(Accountability::record).optional()
				.orElseThrow(() -> new NotFoundException("id", "no accountability record " + recordId));
	}

	private static AccountabilityRecord record(ResultSet row, int rowNumber) throws SQLException {
		return new AccountabilityRecord(row.getLong("id"), new CaseId(row.getString("case_id")),
				row.getString("unit_code"), row.getString("person_id"), row.getString("cause"), row.getString("stage"),
				row.getString("detail"), instant(row, "opened_at"), row.getString("state"), row.getString("answer"),
				instant(row, "answered_at"), row.getString("answered_by"), instant(row, "reviewed_at"),
				row.getString("reviewed_by"), row.getString("review_note"));
	}

	static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
