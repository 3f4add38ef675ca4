package org.cityops.notification.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.DutyTeam;
import org.cityops.directory.GridStaff;
import org.cityops.directory.Person;
import org.cityops.directory.PersonId;
import org.cityops.directory.Role;
import org.cityops.directory.Unit;
import org.cityops.directory.UnitKind;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.Reporter;
import org.springframework.stereotype.Component;

/**
 * Finds the people concerned in the directory, at the time of the event: who has a case, the people
 * of a unit, its leader, the centre's dispatchers, the duty chiefs on duty and the reporters.
 */
@Component
class Recipients {

	private final DirectoryManagement directory;
	private final NotificationSettings settings;

	Recipients(DirectoryManagement directory, NotificationSettings settings) {
		this.directory = directory;
		this.settings = settings;
	}

	/** The person who has the case, else the people of the unit that has it. */
	List<Recipient> assignee(CaseDetails subject) {
		CaseDetails.Assignee assignee = subject.assignee();
		if (assignee == null) {
			return List.of();
		}
		return person(assignee.personId()).map(List::of).orElseGet(() -> unitPeople(assignee.unitCode()));
	}

	/**
	 * The people who work a unit's cases: a grid team's leader and full-time workers, the centre's
	 * dispatchers, a department's handlers.
	 */
	List<Recipient> unitPeople(String unitCode) {
		if (unitCode == null) {
			return List.of();
		}
		Optional<Unit> unit = directory.unit(unitCode);
		if (unit.isPresent() && unit.get().kind() == UnitKind.GRID) {
			return directory.gridStaff(unitCode)
					.map(staff -> Stream.concat(staff.leader().stream(), staff.fullTimeWorkers().stream())
							.map(Recipient::of).toList())
					.orElse(List.of());
		}
		Role role = unit.isPresent() && unit.get().kind() == UnitKind.CENTRE ? Role.DISPATCHER : Role.DEPARTMENT_HANDLER;
		return directory.people(unitCode, role).stream().map(Recipient::of).toList();
	}

	/**
	 * Whoever leads a unit: the grid leader of a grid team; departments have no leader role in the
	 * directory, so their handlers are told.
	 */
	List<Recipient> unitLeader(String unitCode) {
		if (unitCode == null) {
			return List.of();
		}
		Optional<GridStaff> grid = directory.unit(unitCode).filter(unit -> unit.kind() == UnitKind.GRID)
				.flatMap(unit -> directory.gridStaff(unitCode));
		if (grid.isPresent()) {
			return grid.get().leader().map(Recipient::of).stream().toList();
		}
		return unitPeople(unitCode);
	}

	/** The dispatchers of the centre serving the case's area. */
	List<Recipient> centreDispatchers(CaseDetails subject) {
		return unitPeople(centreOf(subject));
	}

	/** The public-security and emergency duty chiefs on duty at an instant. */
	List<Recipient> dutyChiefs(Instant at) {
		Optional<DutyTeam> team = directory.dutyTeam(at);
		return team.map(duty -> Stream.of(duty.publicSecurityChief(), duty.emergencyChief())
				.filter(Objects::nonNull).map(Recipient::of).toList()).orElse(List.of());
	}

	/** Reporters with an account as people (inbox and outbound); the others by phone, if they left one. */
	List<Recipient> reporters(List<Reporter> reporters) {
		List<Recipient> found = new ArrayList<>();
		for (Reporter reporter : reporters) {
			Optional<Person> account = Optional.ofNullable(reporter.account()).flatMap(directory::personByUsername);
			if (account.isPresent()) {
				found.add(Recipient.of(account.get()));
			}
			else if (reporter.reachable()) {
				found.add(Recipient.byPhone(reporter.name(), reporter.phone()));
			}
		}
		return found;
	}

	/** The person behind a login, to leave them out of news about what they did themselves. */
	Optional<UUID> personOf(String username) {
		return Optional.ofNullable(username).flatMap(directory::personByUsername).map(person -> person.id().value());
	}

	/** A person by their id as the case module writes it. */
	Optional<Recipient> person(String id) {
		if (id == null) {
			return Optional.empty();
		}
		try {
			return directory.person(new PersonId(UUID.fromString(id))).map(Recipient::of);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private String centreOf(CaseDetails subject) {
		CaseDetails.Place place = subject.place();
		return Stream.of(place == null ? null : place.grid(), place == null ? null : place.county())
				.filter(Objects::nonNull)
				.map(area -> directory.responsibleUnit(area.code(), UnitKind.CENTRE))
				.flatMap(Optional::stream)
				.map(Unit::code)
				.findFirst()
				.orElse(settings.centreUnit());
	}
}
