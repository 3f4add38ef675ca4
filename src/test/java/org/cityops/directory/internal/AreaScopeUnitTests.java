package org.cityops.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.cityops.directory.Engagement;
import org.cityops.directory.Person;
import org.cityops.directory.PersonId;
import org.cityops.directory.Role;
import org.junit.jupiter.api.Test;

class AreaScopeUnitTests {

	@Test
	void widensAGridWorkersScopeToTheirWholeCounty() {
		assertThat(AreaScope.visibleArea(person(Role.GRID_WORKER, "330383198001-G01"))).hasValue("330383");
	}

	@Test
	void widensATownshipScopeToItsCounty() {
		assertThat(AreaScope.visibleArea(person(Role.GRID_WORKER, "330302006"))).hasValue("330302");
	}

	@Test
	void keepsCountyAndCityScopes() {
		assertThat(AreaScope.visibleArea(person(Role.DISPATCHER, "330383"))).hasValue("330383");
		assertThat(AreaScope.visibleArea(person(Role.SUPERVISOR, "330300"))).hasValue("330300");
	}

	@Test
	void letsAdministratorsSeeTheWholeCity() {
		assertThat(AreaScope.visibleArea(person(Role.ADMINISTRATOR, null))).hasValue(AreaScope.CITY);
	}

	@Test
	void letsCitizensAndPeopleWithoutScopeSeeNoArea() {
		assertThat(AreaScope.visibleArea(person(Role.CITIZEN, "330383"))).isEmpty();
		assertThat(AreaScope.visibleArea(person(Role.DISPATCHER, null))).isEmpty();
	}

	@Test
	void findsEverythingInsideADivisionByCodePrefix() {
		assertThat(DivisionCodes.descendantPrefix("330300")).isEqualTo("3303");
		assertThat(DivisionCodes.descendantPrefix("330383")).isEqualTo("330383");
		assertThat(DivisionCodes.descendantPrefix("330383198")).isEqualTo("330383198");
	}

	private static Person person(Role role, String scope) {
		return new Person(PersonId.derivedFrom("test:" + role + scope), "测试", null, Set.of(role), null, scope,
				Engagement.FULL_TIME, true);
	}
}
