package org.cityops.dispatch;

import java.util.Set;

import org.cityops.directory.PersonId;
import org.cityops.directory.Role;

/**
 * Who takes an action: a logged-in person, or the platform itself (routing, timers).
 *
 * @param username the login, or {@code system}
 * @param person the person in the directory, {@code null} for the platform and unknown citizens
 * @param unitCode the person's unit, {@code null} when none
 * @param roles the person's roles
 */
public record Actor(String username, PersonId person, String unitCode, Set<Role> roles) {

	/** The platform acting on its own: automatic routing, deadline breaches, duplicate closing. */
	public static final Actor SYSTEM = new Actor("system", null, null, Set.of());

	private static final String REPORTER = "reporter:";

	public Actor {
		roles = roles == null ? Set.of() : Set.copyOf(roles);
	}

	public boolean isSystem() {
		return this == SYSTEM || "system".equals(username) && person == null;
	}

	/**
	 * The reporter of one case, without a login: the channel that took the request has checked that
	 * the caller knows what only the reporter knows (the receipt and the phone they gave). May rate
	 * that case and nothing else.
	 */
	public static Actor reporterOf(CaseId id) {
		return new Actor(REPORTER + id.value(), null, null, Set.of(Role.CITIZEN));
	}

	/** Whether this actor is {@link #reporterOf(CaseId) the proven reporter} of a case. */
	public boolean isReporterOf(CaseId id) {
		return person == null && unitCode == null && (REPORTER + id.value()).equals(username);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** The role shown in the timeline: the most senior one the person holds. */
	public String displayRole() {
		if (isSystem()) {
			return "SYSTEM";
		}
		for (Role role : new Role[] { Role.ADMINISTRATOR, Role.DISPATCHER, Role.DUTY_CHIEF, Role.CITY_LEADER,
				Role.SUPERVISOR, Role.DEPARTMENT_HANDLER, Role.GRID_LEADER, Role.GRID_WORKER, Role.PROSECUTOR,
				Role.CITIZEN }) {
			if (roles.contains(role)) {
				return role.name();
			}
		}
		return null;
	}
}
