package org.cityops.dispatch.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.Role;
import org.cityops.directory.Unit;
import org.cityops.directory.UnitKind;
import org.cityops.dispatch.ActionInput;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.OneThingDesk;
import org.cityops.dispatch.OneThingRun;
import org.cityops.dispatch.OneThingRun.Outcome;
import org.cityops.dispatch.OneThingRun.Task;
import org.cityops.dispatch.OneThingRun.TaskState;
import org.cityops.dispatch.internal.CaseMover.Target;
import org.cityops.shared.web.ConflictException;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.cityops.sla.WorkingCalendar;
import org.cityops.triage.OneThingStandard;
import org.cityops.triage.OneThingStandard.Handling;
import org.cityops.triage.OneThingStandard.Step;
import org.cityops.triage.OneThingStandards;
import org.cityops.triage.TimeLimit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "One thing" standards running on cases, kept in {@code dispatch.one_thing_run} and
 * {@code dispatch.one_thing_task}.
 */
@Service
class OneThingRuns implements OneThingDesk {

	private final CaseService service;
	private final CaseMover mover;
	private final CasePermissions permissions;
	private final OneThingStandards standards;
	private final DirectoryManagement directory;
	private final WorkingCalendar calendar;
	private final JdbcClient jdbc;
	private final Clock clock;

	OneThingRuns(CaseService service, CaseMover mover, CasePermissions permissions, OneThingStandards standards,
			DirectoryManagement directory, WorkingCalendar calendar, JdbcClient jdbc, Clock clock) {
		this.service = service;
		this.mover = mover;
		this.permissions = permissions;
		this.standards = standards;
		this.directory = directory;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public OneThingRun start(CaseId id, String standardCode, Actor actor) {
		Case subject = service.load(id);
		permissions.check(CaseAction.CONSULT, subject, actor);
		if (run(id).isPresent()) {
			throw new ConflictException(FieldProblem.coded("standard", "problem.oneThing.running",
					"a one-thing standard already runs on case " + id));
		}
		OneThingStandard standard = chooseStandard(subject, standardCode);
		Handling handling = standard.handlingFor(subject.categoryCode());
		String area = subject.place() == null ? null : subject.place().microGridCode();
		if (area == null) {
			throw new ConflictException(FieldProblem.coded("position", "problem.oneThing.noGrid",
					"case " + id + " lies in no grid: its units cannot be found"));
		}
		Unit lead = unitOf(area, handling.leadUnitKind());
		Instant now = clock.instant();
		String label = standard.code() + " " + standard.name()
				+ (handling.variant() == null ? "" : "（" + handling.variant() + "）");
		mover.move(subject, CaseAction.CONSULT, ActionInput.note("启动一件事 " + label + "，主办单位：" + lead.name()),
				actor, new Target(lead.code(), null));
		jdbc.sql("""
				insert into dispatch.one_thing_run (case_id, standard_code, variant, lead_unit, started_at, started_by)
				values (?, ?, ?, ?, ?, ?)""")
				.params(id.value(), standard.code(), handling.variant(), lead.code(), Timestamp.from(now),
						actor.username())
				.update();
		int first = handling.steps().stream().mapToInt(Step::order).min().orElseThrow();
		for (Step step : handling.steps()) {
			Unit unit = unitOf(area, step.unitKind());
			TimeLimit limit = step.limit(subject.urgent());
			boolean opens = step.order() == first;
			jdbc.sql("""
					insert into dispatch.one_thing_task (case_id, step_group, unit_code, action, done_criterion,
					    condition, time_limit, state, opened_at, due_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(id.value(), step.order(), unit.code(), step.action(), step.done(), step.when(),
							limit.toString(), opens ? "OPEN" : "WAITING", opens ? Timestamp.from(now) : null,
							opens ? Timestamp.from(due(now, limit)) : null)
					.update();
		}
		return run(id).orElseThrow();
	}

	@Override
	@Transactional
	public OneThingRun closeTask(CaseId id, long taskId, Outcome outcome, String report, Actor actor) {
		service.load(id);
		if (outcome == null) {
			throw new InvalidInputException(FieldProblem.coded("outcome", "problem.oneThing.outcome", "is required: DONE or NOT_NEEDED"));
		}
		if (ActionRequirements.blank(report) || report.length() > ActionRequirements.MAX_TEXT) {
			throw new InvalidInputException(outcome == Outcome.DONE
					? FieldProblem.coded("report", "problem.oneThing.reportDone",
							"is required: what was done, against the step's completion criterion")
					: FieldProblem.coded("report", "problem.oneThing.reportNotNeeded", "is required: why the step was not needed (at most "
							+ ActionRequirements.MAX_TEXT + " characters)", String.valueOf(ActionRequirements.MAX_TEXT)));
		}
		Task task = run(id).flatMap(found -> found.tasks().stream().filter(each -> each.id() == taskId).findFirst())
				.orElseThrow(() -> new NotFoundException("taskId", "case " + id + " has no one-thing task " + taskId));
		if (!actor.isSystem() && !actor.has(Role.ADMINISTRATOR) && !task.unitCode().equals(actor.unitCode())) {
			throw new AccessDeniedException("Only " + task.unitName() + " closes its part of this case");
		}
		if (task.state() != TaskState.OPEN) {
			throw new ConflictException(FieldProblem.coded("taskId",
					task.state() == TaskState.WAITING ? "problem.oneThing.taskWaiting" : "problem.oneThing.taskClosed",
					"task " + taskId + " is " + task.state()
							+ (task.state() == TaskState.WAITING ? ": its step group has not started" : "")));
		}
		Instant now = clock.instant();
		jdbc.sql("""
				update dispatch.one_thing_task set state = ?, closed_at = ?, closed_by = ?, report = ?
				where id = ? and state = 'OPEN'""")
				.params(outcome.name(), Timestamp.from(now), actor.username(), report, taskId).update();
		openNextGroupWhenDone(id, now);
		return run(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OneThingRun> run(CaseId id) {
		Instant now = clock.instant();
		List<Task> tasks = jdbc.sql("select * from dispatch.one_thing_task where case_id = ? order by step_group, id")
				.param(id.value()).query((row, n) -> task(row, now)).list();
		return jdbc.sql("select * from dispatch.one_thing_run where case_id = ?").param(id.value())
				.query((row, n) -> {
					OneThingStandard standard = standards.byCode(row.getString("standard_code")).orElse(null);
					String variant = row.getString("variant");
					String lead = row.getString("lead_unit");
					return new OneThingRun(id, row.getString("standard_code"),
							standard == null ? row.getString("standard_code") : standard.name(), variant, lead,
							unitName(lead), row.getTimestamp("started_at").toInstant(), row.getString("started_by"),
							rules(standard, variant), tasks);
				})
				.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<OneThingRun> inProgress(int limit) {
		return runsWithTasks(null, List.of("WAITING", "OPEN"), limit);
	}

	@Override
	@Transactional(readOnly = true)
	public List<OneThingRun> openFor(String unitCode) {
		return runsWithTasks(unitCode, List.of("OPEN"), Integer.MAX_VALUE);
	}

	/** The runs with a sub-task in one of {@code states} (of {@code unitCode}, if given), longest running first. */
	private List<OneThingRun> runsWithTasks(String unitCode, List<String> states, int limit) {
		return jdbc.sql("""
				select r.case_id from dispatch.one_thing_run r
				where exists (select 1 from dispatch.one_thing_task t
				              where t.case_id = r.case_id and t.state in (:states)
				                and (cast(:unit as text) is null or t.unit_code = :unit))
				order by r.started_at, r.case_id limit :limit""")
				.param("states", states).param("unit", unitCode).param("limit", limit)
				.query(String.class).list().stream()
				.map(id -> run(new CaseId(id))).flatMap(Optional::stream).toList();
	}

	private OneThingStandard chooseStandard(Case subject, String code) {
		String category = subject.categoryCode();
		if (category == null) {
			throw new InvalidInputException(FieldProblem.coded("category", "problem.oneThing.noCategory",
					"case " + subject.id() + " has no category yet: categorise it first"));
		}
		if (code == null || code.isBlank()) {
			return standards.triggeredBy(category, standardTags(subject.tags())).stream().findFirst()
					.or(() -> standards.covering(category).stream().findFirst())
					.orElseThrow(() -> new InvalidInputException(FieldProblem.coded("standard",
							"problem.oneThing.noStandard", "no one-thing standard covers category " + category)));
		}
		OneThingStandard standard = standards.byCode(code.strip())
				.orElseThrow(() -> new InvalidInputException("standard", "no one-thing standard " + code));
		if (!standard.covers(category)) {
			throw new InvalidInputException(FieldProblem.coded("standard", "problem.oneThing.notCovered",
					standard.code() + " " + standard.name() + " does not cover category " + category,
					standard.code() + " " + standard.name()));
		}
		return standard;
	}

	private Unit unitOf(String area, String kind) {
		return directory.responsibleUnit(area, UnitKind.valueOf(kind))
				.orElseThrow(() -> new ConflictException("standard", "no unit of kind " + kind + " serves " + area));
	}

	private void openNextGroupWhenDone(CaseId id, Instant now) {
		int running = jdbc.sql("select count(*) from dispatch.one_thing_task where case_id = ? and state = 'OPEN'")
				.param(id.value()).query(Integer.class).single();
		int next = jdbc.sql("""
				select coalesce(min(step_group), 0) from dispatch.one_thing_task where case_id = ? and state = 'WAITING'""")
				.param(id.value()).query(Integer.class).single();
		if (running > 0 || next == 0) {
			return;
		}
		List<Long> waiting = jdbc.sql("select id from dispatch.one_thing_task where case_id = ? and step_group = ?")
				.params(id.value(), next).query(Long.class).list();
		for (long taskId : waiting) {
			TimeLimit limit = TimeLimit.parse(jdbc.sql("select time_limit from dispatch.one_thing_task where id = ?")
					.param(taskId).query(String.class).single());
			jdbc.sql("update dispatch.one_thing_task set state = 'OPEN', opened_at = ?, due_at = ? where id = ?")
					.params(Timestamp.from(now), Timestamp.from(due(now, limit)), taskId).update();
		}
	}

	private Instant due(Instant from, TimeLimit limit) {
		return switch (limit.unit()) {
			case WORKING_HOURS -> calendar.addWorkingTime(from, Duration.ofHours(limit.amount()));
			case WORKING_DAYS -> calendar.addWorkingDays(from, Math.toIntExact(limit.amount()));
			case SECONDS -> from.plus(limit.duration());
		};
	}

	private Task task(ResultSet row, Instant now) throws SQLException {
		TaskState state = TaskState.valueOf(row.getString("state"));
		Instant due = Accountability.instant(row, "due_at");
		Instant closed = Accountability.instant(row, "closed_at");
		boolean overdue = due != null && (closed == null ? now.isAfter(due) : closed.isAfter(due));
		String unit = row.getString("unit_code");
		return new Task(row.getLong("id"), row.getInt("step_group"), unit, unitName(unit), row.getString("action"),
				row.getString("done_criterion"), row.getString("condition"), row.getString("time_limit"), state,
				Accountability.instant(row, "opened_at"), due, closed, row.getString("closed_by"),
				row.getString("report"), overdue);
	}

	private String unitName(String code) {
		return directory.unit(code).map(Unit::name).orElse(code);
	}

	private static List<String> rules(OneThingStandard standard, String variant) {
		if (standard == null) {
			return List.of();
		}
		List<String> rules = new ArrayList<>(standard.rules());
		standard.variants().stream().filter(each -> each.key().equals(variant)).findFirst()
				.ifPresent(found -> rules.addAll(found.rules()));
		return rules;
	}

	/**
	 * A case's tags as the standards name them: {@code collaborative:two units} → {@code COLLABORATIVE},
	 * {@code one-thing} → {@code ONE_THING}.
	 */
	static Set<String> standardTags(Set<String> caseTags) {
		return caseTags.stream().map(tag -> tag.split(":", 2)[0].strip().toUpperCase(Locale.ROOT).replace('-', '_'))
				.collect(Collectors.toUnmodifiableSet());
	}
}
