package org.cityops.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GridStaffUnitTests {

	final Person leader = person("leader", Role.GRID_LEADER);
	final List<Person> workers = List.of(person("w1", Role.GRID_WORKER), person("w2", Role.GRID_WORKER),
			person("w3", Role.GRID_WORKER));
	final GridStaff staff = new GridStaff("330383198001-G01", "330383198001", Optional.of(leader), workers, List.of());

	@Test
	void sharesMicroGridsOutAmongTheFullTimeWorkersInTurn() {
		assertThat(staff.firstResponder("330383198001-G01-M01")).hasValue(workers.get(0));
		assertThat(staff.firstResponder("330383198001-G01-M02")).hasValue(workers.get(1));
		assertThat(staff.firstResponder("330383198001-G01-M03")).hasValue(workers.get(2));
		assertThat(staff.firstResponder("330383198001-G01-M04")).hasValue(workers.get(0));
	}

	@Test
	void sendsTheGridItselfToTheFirstWorker() {
		assertThat(staff.firstResponder("330383198001-G01")).hasValue(workers.get(0));
	}

	@Test
	void fallsBackToTheLeaderWithoutFullTimeWorkers() {
		GridStaff leaderOnly = new GridStaff("330383198001-G01", "330383198001", Optional.of(leader), List.of(), List.of());
		assertThat(leaderOnly.firstResponder("330383198001-G01-M05")).hasValue(leader);
	}

	private static Person person(String key, Role role) {
		return new Person(PersonId.derivedFrom(key), key, "330383198001-G01", Set.of(role), null, "330383198001-G01",
				Engagement.FULL_TIME, true);
	}
}
