package org.cityops.dispatch.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.Person;
import org.cityops.directory.PersonId;
import org.cityops.dispatch.ActionInput;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseClosed;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.CaseState;
import org.cityops.dispatch.Reporter;
import org.cityops.dispatch.internal.Accountability.Cause;
import org.cityops.dispatch.internal.CaseMover.Target;
import org.cityops.shared.web.ConflictException;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes actions on cases: checks who acts and what they send, moves the case, and applies the
 * rules that follow a move (accountability for returns and failed verifications, escalation after
 * repeated returns, closing linked duplicates and telling every reporter).
 */
@Service
class CaseService {

	private final Cases cases;
	private final CaseRows rows;
	private final CaseMover mover;
	private final CasePermissions permissions;
	private final ActionRequirements requirements;
	private final Accountability accountability;
	private final CoTasks coTasks;
	private final OneThingClosing oneThingClosing;
	private final DirectoryManagement directory;
	private final DispatchSettings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseService(Cases cases, CaseRows rows, CaseMover mover, CasePermissions permissions, ActionRequirements requirements,
			Accountability accountability, CoTasks coTasks, OneThingClosing oneThingClosing, DirectoryManagement directory, DispatchSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.rows = rows;
		this.mover = mover;
		this.permissions = permissions;
		this.requirements = requirements;
		this.accountability = accountability;
		this.coTasks = coTasks;
		this.oneThingClosing = oneThingClosing;
		this.directory = directory;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Case act(CaseId id, CaseAction action, ActionInput input, Actor actor) {
		Case subject = load(id);
		if (action == CaseAction.REPORT || action == CaseAction.LINK_DUPLICATE || action == CaseAction.CONSULT) {
			throw new ConflictException("action", action.path() + " is done by the platform or the consultation form");
		}
		if (subject.state() == CaseState.DUPLICATE && action == CaseAction.CLOSE) {
			throw new ConflictException(FieldProblem.coded("action", "problem.case.duplicateCloses",
					"a duplicate closes with the case it repeats, " + subject.duplicateOf(), subject.duplicateOf()));
		}
		permissions.check(action, subject, actor);
		requirements.check(action, input, subject, LocalDate.now(clock));
		if (action == CaseAction.CLOSE) {
			List<String> waiting = coTasks.unreported(subject.id());
			if (!waiting.isEmpty()) {
				throw new ConflictException(FieldProblem.coded("coTasks", "problem.case.coTasksWaiting",
						"the co-organisers " + waiting + " have not reported yet", String.join("、", waiting)));
			}
			oneThingClosing.check(subject.id(), actor);
		}
		Case moved = mover.move(subject, action, input, actor, target(action, input));
		return after(moved, action, input);
	}

	/** Escalates a case by policy, unless it is no longer in handling. */
	@Transactional
	Optional<Case> escalateByPolicy(CaseId id, String reason) {
		Case subject = load(id);
		if (!CaseLifecycle.IN_HANDLING.contains(subject.state())) {
			return Optional.empty();
		}
		return Optional.of(mover.move(subject, CaseAction.ESCALATE, ActionInput.reason(reason), Actor.SYSTEM,
				Target.NONE));
	}

	Set<CaseAction> actionsFor(CaseId id, Actor actor) {
		Case subject = load(id);
		Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
		for (CaseAction action : CaseLifecycle.actionsFrom(subject.state())) {
			if (action == CaseAction.REPORT || action == CaseAction.LINK_DUPLICATE || action == CaseAction.CONSULT
					|| (action == CaseAction.CLOSE && subject.state() == CaseState.DUPLICATE)) {
				continue;
			}
			try {
				permissions.check(action, subject, actor);
				allowed.add(action);
			}
			catch (AccessDeniedException denied) {
				// not this actor's to take
			}
		}
		return allowed;
	}

	Case load(CaseId id) {
		return rows.find(id.value()).orElseThrow(() -> new NotFoundException("id", "no case " + id));
	}

	private Target target(CaseAction action, ActionInput input) {
		if (action != CaseAction.DISPATCH && action != CaseAction.REASSIGN) {
			return Target.NONE;
		}
		UUID person = Optional.ofNullable(input.targetPerson())
				.flatMap(name -> directory.personByUsername(name).or(() -> parse(name).flatMap(directory::person)))
				.map(found -> found.id().value())
				.orElse(null);
		return new Target(input.targetUnit(), person);
	}

	private Case after(Case moved, CaseAction action, ActionInput input) {
		switch (action) {
			case RETURN -> {
				accountability.open(moved, Cause.RETURNED, null, "return-" + moved.returnCount(),
						"returned to the centre: " + input.reason());
				if (moved.returnCount() >= settings.returnsBeforeEscalation()) {
					return escalateByPolicy(new CaseId(moved.id()), "按规则提级：已被退回 " + moved.returnCount() + " 次")
							.orElse(moved);
				}
			}
			case VERIFY -> {
				if (Boolean.FALSE.equals(input.passed())) {
					long failures = accountability.count(moved.id(), Cause.VERIFICATION_FAILED) + 1;
					accountability.open(moved, Cause.VERIFICATION_FAILED, "VERIFY", "verify-" + failures,
							"verification failed: " + (input.note() == null ? "the result does not hold" : input.note()));
				}
			}
			case CLOSE -> closeDuplicates(moved);
			default -> {
			}
		}
		return moved;
	}

	private void closeDuplicates(Case original) {
		List<Reporter> reporters = new ArrayList<>();
		reporters.add(reporter(original));
		for (Case duplicate : cases.findByDuplicateOf(original.id())) {
			if (duplicate.state() == CaseState.DUPLICATE) {
				mover.move(duplicate, CaseAction.CLOSE,
						ActionInput.note("closed with " + original.id() + ", the case it repeats"), Actor.SYSTEM,
						Target.NONE);
			}
			reporters.add(reporter(duplicate));
		}
		Instant now = clock.instant();
		events.publishEvent(new CaseClosed(new CaseId(original.id()), List.copyOf(reporters), now));
	}

	private static Reporter reporter(Case subject) {
		return new Reporter(subject.reporterName(), subject.reporterPhone(), subject.reporterAccount());
	}

	private static Optional<PersonId> parse(String id) {
		try {
			return Optional.of(new PersonId(UUID.fromString(id)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	Optional<Person> person(UUID id) {
		return id == null ? Optional.empty() : directory.person(new PersonId(id));
	}
}
