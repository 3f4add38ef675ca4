package org.cityops.dispatch;

import java.util.EnumSet;
import java.util.Set;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The logged-in user as an {@link Actor}: their directory entry (unit, roles) when they have one,
 * else the roles their login carries.
 */
@Component
public class CurrentActor {

	private final DirectoryManagement directory;

	CurrentActor(DirectoryManagement directory) {
		this.directory = directory;
	}

	public Actor of(Authentication authentication) {
		String username = authentication.getName();
		return directory.personByUsername(username)
				.map(person -> new Actor(username, person.id(), person.unitCode(), person.roles()))
				.orElseGet(() -> new Actor(username, null, null, roles(authentication)));
	}

	private static Set<Role> roles(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				try {
					roles.add(Role.valueOf(name.substring(5)));
				}
				catch (IllegalArgumentException e) {
					// an authority outside the directory's roles
				}
			}
		}
		return roles;
	}
}
