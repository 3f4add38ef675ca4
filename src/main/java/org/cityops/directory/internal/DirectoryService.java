package org.cityops.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.DutyPost;
import org.cityops.directory.DutyTeam;
import org.cityops.directory.Engagement;
import org.cityops.directory.GridStaff;
import org.cityops.directory.Person;
import org.cityops.directory.PersonId;
import org.cityops.directory.Role;
import org.cityops.directory.Unit;
import org.cityops.directory.UnitKind;
import org.cityops.geo.Division;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.geo.GridLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the directory's queries from its tables and the geography. Lookups that are one statement
 * join the caller's transaction but open none of their own (a read-only transaction cost two more
 * round trips on every API request).
 */
@Service
@Transactional(readOnly = true)
class DirectoryService implements DirectoryManagement {

	private final Units units;
	private final People people;
	private final DutyRotations rotations;
	private final RosterSettings roster;
	private final GeoManagement geo;
	private final Clock clock;

	DirectoryService(Units units, People people, DutyRotations rotations, RosterSettings roster, GeoManagement geo,
			Clock clock) {
		this.units = units;
		this.people = people;
		this.rotations = rotations;
		this.roster = roster;
		this.geo = geo;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Unit> unit(String code) {
		return units.find(code);
	}

	@Override
	public Optional<Unit> unitNamed(String nameOrAlias) {
		return units.named(nameOrAlias);
	}

	@Override
	public List<Unit> units(String divisionCode, UnitKind kind) {
		return units.withDivisionPrefix(DivisionCodes.descendantPrefix(divisionCode), kind);
	}

	@Override
	public Optional<Unit> department(String countyCode, UnitKind kind) {
		return units.find(countyCode + "-" + kind.name());
	}

	@Override
	public Optional<Unit> responsibleUnit(String areaCode, UnitKind kind) {
		Optional<Grid> grid = geo.grid(areaCode);
		if (kind == UnitKind.GRID) {
			return grid.map(this::gridOf).flatMap(units::find);
		}
		List<Division> path = new ArrayList<>(geo.path(grid.map(Grid::communityCode).orElse(areaCode)));
		Collections.reverse(path);
		return path.stream().map(division -> units.find(division.code() + "-" + kind.name()))
				.flatMap(Optional::stream).findFirst();
	}

	@Override
	public Optional<GridStaff> gridStaff(String gridOrMicroGridCode) {
		return geo.grid(gridOrMicroGridCode).map(this::gridOf).flatMap(geo::grid).map(grid -> {
			List<Person> team = people.ofUnit(grid.code(), null);
			return new GridStaff(grid.code(), grid.communityCode(),
					team.stream().filter(p -> p.has(Role.GRID_LEADER)).findFirst(),
					workers(team, Engagement.FULL_TIME), workers(team, Engagement.PART_TIME));
		});
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Person> person(PersonId id) {
		return people.find(id);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Person> personByUsername(String username) {
		return people.byUsername(username);
	}

	@Override
	public List<Person> people(String unitCode, Role role) {
		return people.ofUnit(unitCode, role);
	}

	@Override
	public Optional<DutyTeam> dutyTeam(Instant at) {
		return dutyTeam(rotation().dutyDate(at));
	}

	@Override
	public Optional<DutyTeam> dutyTeam(LocalDate dutyDate) {
		DutyRotation rotation = rotation();
		return rotation.onDuty(dutyDate).flatMap(team -> {
			Map<PersonId, Person> byId = people.all(team.values()).stream()
					.collect(Collectors.toMap(Person::id, Function.identity()));
			if (!byId.keySet().containsAll(team.values())) {
				return Optional.empty();
			}
			return Optional.of(new DutyTeam(dutyDate, rotation.start(dutyDate), rotation.start(dutyDate.plusDays(1)),
					byId.get(team.get(DutyPost.PUBLIC_SECURITY_CHIEF)), byId.get(team.get(DutyPost.EMERGENCY_CHIEF)),
					byId.get(team.get(DutyPost.CITY_LEADER))));
		});
	}

	@Override
	public boolean maySee(String username, String areaCode) {
		return people.byUsername(username)
				.filter(person -> person.has(Role.ADMINISTRATOR)
						|| AreaScope.visibleArea(person).filter(area -> geo.covers(area, areaCode)).isPresent())
				.isPresent();
	}

	private String gridOf(Grid grid) {
		return grid.level() == GridLevel.MICRO_GRID ? grid.parentCode() : grid.code();
	}

	private DutyRotation rotation() {
		return new DutyRotation(roster.anchor(), roster.handover(), clock.getZone(), rotations.pools());
	}

	private static List<Person> workers(List<Person> team, Engagement engagement) {
		return team.stream().filter(p -> p.has(Role.GRID_WORKER) && p.engagement() == engagement).toList();
	}
}
