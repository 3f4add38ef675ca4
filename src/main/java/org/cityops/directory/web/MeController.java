package org.cityops.directory.web;

import java.util.List;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.Person;
import org.cityops.directory.Unit;
import org.cityops.directory.internal.AreaScope;
import org.cityops.shared.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is: roles, unit and the area they may see.
 */
@RestController
class MeController {

	private final DirectoryManagement directory;

	MeController(DirectoryManagement directory) {
		this.directory = directory;
	}

	record Me(String username, List<String> roles, PersonView person, Unit unit, String scope, String visibleArea,
			String notice) {
	}

	@GetMapping("/api/directory/me")
	@PreAuthorize("isAuthenticated()")
	Me me(Authentication user) {
		Person person = directory.personByUsername(user.getName())
				.orElseThrow(() -> new NotFoundException("username", "no person is linked to " + user.getName()));
		List<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
				.filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5)).sorted()
				.toList();
		Unit unit = person.unitCode() == null ? null : directory.unit(person.unitCode()).orElse(null);
		return new Me(user.getName(), roles, PersonView.of(person), unit, person.scope(),
				AreaScope.visibleArea(person).orElse(null), PersonView.noticeFor(List.of(person)));
	}
}
