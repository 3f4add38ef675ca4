package org.cityops.dispatch.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.DutyTeam;
import org.cityops.directory.Person;
import org.cityops.directory.Role;
import org.cityops.dispatch.ActionInput;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.Consultation;
import org.cityops.dispatch.Consultation.Participant;
import org.cityops.dispatch.EscalationDesk;
import org.cityops.dispatch.internal.CaseMover.Target;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consultations on escalated cases and the co-organisers' tasks they open.
 */
@Service
class Consultations implements EscalationDesk {

	private static final Duration DEFAULT_CO_TASK_TIME = Duration.ofDays(2);

	private final CaseService service;
	private final CaseMover mover;
	private final CasePermissions permissions;
	private final CoTasks coTasks;
	private final CaseViews views;
	private final DirectoryManagement directory;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final JsonMapper json = JsonMapper.builder().build();

	Consultations(CaseService service, CaseMover mover, CasePermissions permissions, CoTasks coTasks, CaseViews views,
			DirectoryManagement directory, JdbcClient jdbc, Clock clock) {
		this.service = service;
		this.mover = mover;
		this.permissions = permissions;
		this.coTasks = coTasks;
		this.views = views;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<Participant> participantsOnDuty(Instant at) {
		return directory.dutyTeam(at).map(Consultations::participants).orElse(List.of());
	}

	@Override
	@Transactional
	public CaseDetails consult(CaseId id, String decision, String leadUnit, List<String> coUnits,
			List<Participant> participants, Instant coDueAt, Actor actor) {
		Case subject = service.load(id);
		permissions.check(CaseAction.CONSULT, subject, actor);
		List<String> co = new ArrayList<>(new LinkedHashSet<>(coUnits == null ? List.of() : coUnits));
		check(decision, leadUnit, co);
		Instant now = clock.instant();
		List<Participant> table = participants == null || participants.isEmpty() ? participantsOnDuty(now) : participants;
		jdbc.sql("""
				insert into dispatch.consultation (case_id, held_at, recorded_by, participants, decision, lead_unit, co_units)
				values (?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
				.params(id.value(), Timestamp.from(now), actor.username(), json.writeValueAsString(table), decision,
						leadUnit, co.toArray(String[]::new))
				.update();
		Case moved = mover.move(subject, CaseAction.CONSULT, ActionInput.note("会商决定：" + decision), actor,
				new Target(leadUnit, null));
		Instant due = coDueAt != null ? coDueAt : now.plus(DEFAULT_CO_TASK_TIME);
		co.forEach(unit -> coTasks.open(id.value(), unit, now, due));
		return views.of(moved);
	}

	@Override
	@Transactional
	public CaseDetails reportCoTask(CaseId id, String unitCode, String report, Actor actor) {
		Case subject = service.load(id);
		if (!actor.has(Role.ADMINISTRATOR) && !unitCode.equals(actor.unitCode())) {
			throw new AccessDeniedException("Only " + unitCode + " reports its part of this case");
		}
		if (ActionRequirements.blank(report) || report.length() > ActionRequirements.MAX_TEXT) {
			throw new InvalidInputException(FieldProblem.coded("report", "problem.text.required",
					"is required (at most " + ActionRequirements.MAX_TEXT + " characters)", String.valueOf(ActionRequirements.MAX_TEXT)));
		}
		if (!coTasks.report(id.value(), unitCode, report, actor.username(), clock.instant())) {
			throw new NotFoundException("unitCode", unitCode + " has no open part in case " + id);
		}
		return views.of(subject);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Consultation> consultations(CaseId id) {
		return jdbc.sql("select * from dispatch.consultation where case_id = ? order by id").param(id.value())
				.query((row, n) -> new Consultation(id, row.getTimestamp("held_at").toInstant(),
						row.getString("recorded_by"),
						json.readValue(row.getString("participants"), new TypeReference<List<Participant>>() {
						}), row.getString("decision"), row.getString("lead_unit"),
						Timeline.strings(row.getArray("co_units"))))
				.list();
	}

	private void check(String decision, String leadUnit, List<String> coUnits) {
		List<FieldProblem> problems = new ArrayList<>();
		if (ActionRequirements.blank(decision)) {
			problems.add(FieldProblem.coded("decision", "problem.consult.decision", "is required: what the consultation decided"));
		}
		if (ActionRequirements.blank(leadUnit) || directory.unit(leadUnit).isEmpty()) {
			problems.add(FieldProblem.coded("leadUnit", "problem.consult.leadUnit", "must name a known unit to lead the case"));
		}
		for (String unit : coUnits) {
			if (directory.unit(unit).isEmpty()) {
				problems.add(FieldProblem.coded("coUnits", "problem.action.noUnit", "no unit " + unit, unit));
			}
			else if (unit.equals(leadUnit)) {
				problems.add(FieldProblem.coded("coUnits", "problem.consult.leadAlsoCo", unit + " leads the case; it cannot also co-organise",
						unit));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static List<Participant> participants(DutyTeam team) {
		List<Participant> participants = new ArrayList<>();
		participants.add(participant("CITY_LEADER", team.cityLeader()));
		participants.add(participant("PUBLIC_SECURITY_CHIEF", team.publicSecurityChief()));
		participants.add(participant("EMERGENCY_CHIEF", team.emergencyChief()));
		return participants;
	}

	private static Participant participant(String post, Person person) {
		return new Participant(post, person.id().toString(), person.name());
	}
}
