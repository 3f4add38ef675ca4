package org.cityops.directory.web;

import java.util.List;

import org.cityops.directory.Engagement;
import org.cityops.directory.Person;
import org.cityops.directory.Role;

/**
 * A person as the API shows them; {@code generated} people are made-up demo data.
 */
record PersonView(String id, String name, String unit, List<Role> roles, String phone, String scope,
		Engagement engagement, boolean generated) {

	static PersonView of(Person person) {
		if (person == null) {
			return null;
		}
		return new PersonView(person.id().toString(), person.name(), person.unitCode(),
				person.roles().stream().sorted().toList(), person.phone(), person.scope(), person.engagement(),
				person.generated());
	}

	static List<PersonView> of(List<Person> people) {
		return people.stream().map(PersonView::of).toList();
	}

	/** Said next to answers that contain generated people. */
	static final String GENERATED_NOTICE = "People marked generated are made-up demo data (names and phone numbers are not real).";

	static String noticeFor(List<Person> people) {
		return people.stream().anyMatch(p -> p != null && p.generated()) ? GENERATED_NOTICE : null;
	}
}
