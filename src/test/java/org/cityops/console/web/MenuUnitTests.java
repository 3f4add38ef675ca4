package org.cityops.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.cityops.directory.Role;
import org.junit.jupiter.api.Test;

class MenuUnitTests {

	@Test
	void showsEveryoneTheHomePageAndOnlyAdministratorsTheApiDescription() {
		List<Menu.Link> citizen = Menu.linksFor(role -> role == Role.CITIZEN, "/");
		List<Menu.Link> administrator = Menu.linksFor(role -> role == Role.ADMINISTRATOR, "/");

		assertThat(citizen).extracting(Menu.Link::href).containsExactly("/");
		assertThat(administrator).extracting(Menu.Link::href).containsExactly("/", "/cases", "/escalations", "/v3/api-docs");
	}

	@Test
	void showsNothingToSomeoneWithoutRoles() {
		assertThat(Menu.linksFor(role -> false, "/")).isEmpty();
	}

	@Test
	void marksThePageShownAndPagesBelowItAsCurrent() {
		Menu.Entry cases = new Menu.Entry("/cases", "menu.cases", Set.of(Role.DISPATCHER));
		Menu.Entry home = Menu.ENTRIES.get(0);

		assertThat(cases.leadsTo("/cases")).isTrue();
		assertThat(cases.leadsTo("/cases/42")).isTrue();
		assertThat(cases.leadsTo("/cases-archive")).isFalse();
		assertThat(home.leadsTo("/")).isTrue();
		assertThat(home.leadsTo("/cases")).as("home is not the parent of every page").isFalse();
	}
}
