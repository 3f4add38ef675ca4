package org.cityops.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.cityops.directory.DutyPost;
import org.cityops.directory.Engagement;
import org.cityops.directory.Person;
import org.cityops.directory.Role;
import org.cityops.directory.internal.People.Listed;
import org.junit.jupiter.api.Test;

class DemoStaffUnitTests {

	static final List<String> GRIDS = IntStream.rangeClosed(1, 20)
			.mapToObj(i -> String.format("330383198%03d-G%02d", (i + 1) / 2, 1 + i % 2)).toList();
	static final List<String> DEPARTMENTS = List.of("330383-ENFORCEMENT", "330383-MARKET");

	final DemoStaff.Plan plan = new DemoStaff(7, NamePool.fromResources()).generate(GRIDS, DEPARTMENTS);

	@Test
	void staffsEveryGridOnePlusThreePlusN() {
		Map<String, List<Person>> byGrid = plan.people().stream().map(Listed::person)
				.filter(p -> GRIDS.contains(p.unitCode())).collect(Collectors.groupingBy(Person::unitCode));
		assertThat(byGrid).hasSize(GRIDS.size());
		byGrid.values().forEach(team -> {
			assertThat(team).filteredOn(p -> p.has(Role.GRID_LEADER)).hasSize(1);
			assertThat(team).filteredOn(p -> p.has(Role.GRID_WORKER) && p.engagement() == Engagement.FULL_TIME).hasSize(3);
			assertThat(team).filteredOn(p -> p.engagement() == Engagement.PART_TIME).hasSizeBetween(1, 4);
		});
	}

	@Test
	void generatesTheSamePeopleFromTheSameSeed() {
		DemoStaff.Plan again = new DemoStaff(7, NamePool.fromResources()).generate(GRIDS, DEPARTMENTS);
		assertThat(again.people()).isEqualTo(plan.people());
		assertThat(new DemoStaff(8, NamePool.fromResources()).generate(GRIDS, DEPARTMENTS).people())
				.isNotEqualTo(plan.people());
	}

	@Test
	void keepsAGridsTeamWhenOtherGridsAreAdded() {
		DemoStaff.Plan fewer = new DemoStaff(7, NamePool.fromResources()).generate(GRIDS.subList(0, 5), DEPARTMENTS);
		Map<Object, String> names = plan.people().stream().map(Listed::person)
				.collect(Collectors.toMap(Person::id, Person::name));
		fewer.people().stream().map(Listed::person).filter(p -> GRIDS.contains(p.unitCode()))
				.forEach(p -> assertThat(names.get(p.id())).isEqualTo(p.name()));
	}

	@Test
	void givesEveryoneAnObviouslyFakeUniqueNumberAndMarksThemGenerated() {
		List<Person> people = plan.people().stream().map(Listed::person).toList();
		assertThat(people).allSatisfy(p -> {
			assertThat(p.phone()).matches("1700000\\d{4}");
			assertThat(p.generated()).isTrue();
		});
		assertThat(people.stream().map(Person::phone).distinct()).hasSize(people.size());
	}

	@Test
	void fillsTheThreeDutyPoolsWithPeopleOfTheRightRole() {
		Map<Object, Person> byId = plan.people().stream().map(Listed::person)
				.collect(Collectors.toMap(Person::id, Function.identity()));
		assertThat(plan.pools().get(DutyPost.PUBLIC_SECURITY_CHIEF)).isNotEmpty()
				.allSatisfy(id -> assertThat(byId.get(id).unitCode()).isEqualTo("330383-PUBLIC_SECURITY"));
		assertThat(plan.pools().get(DutyPost.EMERGENCY_CHIEF)).isNotEmpty()
				.allSatisfy(id -> assertThat(byId.get(id).has(Role.DUTY_CHIEF)).isTrue());
		assertThat(plan.pools().get(DutyPost.CITY_LEADER)).isNotEmpty()
				.allSatisfy(id -> assertThat(byId.get(id).has(Role.CITY_LEADER)).isTrue());
	}

	@Test
	void linksEveryDemoAccountToAGeneratedPerson() {
		DemoStaff.Plan withDemoGrid = new DemoStaff(7, NamePool.fromResources())
				.generate(List.of(DemoAccounts.GRID), List.of(DemoAccounts.HANDLER_UNIT));
		Map<Object, Person> byId = withDemoGrid.people().stream().map(Listed::person)
				.collect(Collectors.toMap(Person::id, Function.identity()));
		assertThat(withDemoGrid.accounts()).containsOnlyKeys("admin", "dispatcher", "supervisor", "grid", "gridleader",
				"handler", "leader", "dutyps", "dutyem", "prosecutor", "citizen");
		assertThat(withDemoGrid.accounts().values()).allSatisfy(id -> assertThat(byId).containsKey(id));
		assertThat(byId.get(withDemoGrid.accounts().get("grid")).unitCode()).isEqualTo(DemoAccounts.GRID);
		assertThat(byId.get(withDemoGrid.accounts().get("handler")).has(Role.DEPARTMENT_HANDLER)).isTrue();
	}
}
