package org.cityops.directory;

import java.util.Set;

/**
 * Someone who reports, handles, routes or oversees cases.
 *
 * @param id the person's id
 * @param name full name
 * @param unitCode the unit they work in; {@code null} for citizens
 * @param roles what they may do
 * @param phone a phone number to reach them (demo people have obviously fake 1700000xxxx numbers)
 * @param scope the area they are responsible for (a division or grid code), {@code null} for citizens
 * @param engagement full or part time
 * @param generated {@code true} for people CityOps generated for the demo: their names and numbers
 * are made up
 */
public record Person(PersonId id, String name, String unitCode, Set<Role> roles, String phone, String scope,
		Engagement engagement, boolean generated) {

	public Person {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}
}
