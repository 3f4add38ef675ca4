package org.cityops.directory.internal;

import java.util.Optional;
import java.util.Set;

import org.cityops.directory.Person;
import org.cityops.directory.Role;

/**
 * Which area a person may see. Staff see at least their whole county: a grid worker follows cases
 * that cross into a neighbouring grid, and a county department works for the whole county. Division
 * codes are NBS codes, so a county is the first six digits of every code below it (grid codes are
 * rooted in their community's code).
 */
public final class AreaScope {

	/** Wenzhou; what administrators see. */
	public static final String CITY = "330300";

	private static final int COUNTY_CODE_LENGTH = 6;

	private AreaScope() {
	}

	/** The area a person may see, or empty for citizens and people without a scope. */
	public static Optional<String> visibleArea(Person person) {
		if (person.has(Role.ADMINISTRATOR)) {
			return Optional.of(CITY);
		}
		if (!isStaff(person.roles()) || person.scope() == null || person.scope().length() < COUNTY_CODE_LENGTH) {
			return Optional.empty();
		}
		return Optional.of(person.scope().substring(0, COUNTY_CODE_LENGTH));
	}

	private static boolean isStaff(Set<Role> roles) {
		return roles.stream().anyMatch(Role::isStaff);
	}
}
