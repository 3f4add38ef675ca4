package org.cityops.dispatch.internal;

import java.util.Objects;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.Role;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may take which action on a case. The centre (dispatchers) routes, verifies and closes; the
 * assignee signs, calls, arrives, handles or returns; the lead unit of a consulted case closes it;
 * the reporter rates it (logged in, or proven by the public report channel). Everyone but
 * administrators acts only inside the areas they may see.
 */
@Component
class CasePermissions {

	private final DirectoryManagement directory;

	CasePermissions(DirectoryManagement directory) {
		this.directory = directory;
	}

	void check(CaseAction action, Case subject, Actor actor) {
		if (actor.isSystem() || actor.has(Role.ADMINISTRATOR)) {
			return;
		}
		boolean reporter = actor.username() != null && actor.username().equals(subject.reporterAccount())
				|| actor.isReporterOf(new CaseId(subject.id()));
		if (action == CaseAction.EVALUATE && reporter) {
			return;
		}
		if (!directory.maySee(actor.username(), areaOf(subject))) {
			throw denied(action, "the case lies outside your area");
		}
		boolean allowed = switch (action) {
			case ACCEPT, DISPATCH, REASSIGN, VOID, SUSPEND, RESUME, EVALUATE -> centre(actor);
			case SIGN, CONTACT, ARRIVE, HANDLE, RETURN -> assignee(subject, actor);
			case VERIFY -> centre(actor) || gridLeader(subject, actor);
			case CLOSE -> centre(actor) || leadHandler(subject, actor);
			case ESCALATE -> centre(actor) || assignee(subject, actor) || gridLeader(subject, actor)
					|| actor.has(Role.DUTY_CHIEF);
			case CONSULT -> centre(actor) || actor.has(Role.DUTY_CHIEF) || actor.has(Role.CITY_LEADER);
			default -> false;
		};
		if (!allowed) {
			throw denied(action, "your role or unit may not do this to this case");
		}
	}

	/** Whether the actor is the assignee, or in the assignee unit with a handling role. */
	boolean assignee(Case subject, Actor actor) {
		if (actor.person() != null && subject.assigneePerson() != null) {
			if (actor.person().value().equals(subject.assigneePerson())) {
				return true;
			}
		}
		return Objects.equals(actor.unitCode(), subject.assigneeUnit()) && (actor.has(Role.GRID_WORKER)
				|| actor.has(Role.GRID_LEADER) || actor.has(Role.DEPARTMENT_HANDLER));
	}

	private static boolean centre(Actor actor) {
		return actor.has(Role.DISPATCHER);
	}

	private static boolean gridLeader(Case subject, Actor actor) {
		return actor.has(Role.GRID_LEADER) && subject.place() != null
				&& Objects.equals(actor.unitCode(), subject.place().gridCode());
	}

	private static boolean leadHandler(Case subject, Actor actor) {
		return subject.leadUnit() != null && subject.leadUnit().equals(actor.unitCode())
				&& actor.has(Role.DEPARTMENT_HANDLER);
	}

	private static String areaOf(Case subject) {
		return subject.areaCode();
	}

	private static AccessDeniedException denied(CaseAction action, String why) {
		return new AccessDeniedException("You may not " + action.path() + " this case: " + why);
	}
}
