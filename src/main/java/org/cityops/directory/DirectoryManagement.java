package org.cityops.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who is who, for other modules: units, people and their roles, grid teams, the centre's duty team,
 * and which areas a user may see.
 */
public interface DirectoryManagement {

	Optional<Unit> unit(String code);

	/** The unit with this full name or another known spelling, e.g. the gazette's 市经信局 or 市发改委. */
	Optional<Unit> unitNamed(String nameOrAlias);

	/**
	 * Units of a kind serving a division or any division inside it, ordered by code; e.g. all
	 * community committees of {@code 330383}. {@code kind} may be {@code null} for every kind.
	 */
	List<Unit> units(String divisionCode, UnitKind kind);

	/** The county's own department of a kind, e.g. {@code 330383} + ENFORCEMENT → 龙港市综合行政执法局. */
	Optional<Unit> department(String countyCode, UnitKind kind);

	/**
	 * The nearest unit of a kind responsible for an area: the area's own unit of that kind if it has
	 * one, else its township's, county's or the city's. {@code areaCode} is a division, grid or
	 * micro-grid code; e.g. a grid in 龙港市 + ENFORCEMENT → 龙港市综合行政执法局, a street in 鹿城区 +
	 * ENFORCEMENT → 温州市综合行政执法局 (鹿城区 has no department of its own here).
	 */
	Optional<Unit> responsibleUnit(String areaCode, UnitKind kind);

	/**
	 * The team of a grid. Accepts a grid code ({@code 330383198001-G01}) or a micro-grid code, for
	 * which it answers the team of the enclosing grid. Empty for an unknown grid.
	 */
	Optional<GridStaff> gridStaff(String gridOrMicroGridCode);

	Optional<Person> person(PersonId id);

	/** The person behind a login account. */
	Optional<Person> personByUsername(String username);

	/** People of a unit who have a role, in their listing order. */
	List<Person> people(String unitCode, Role role);

	/** The centre's duty team on duty at an instant; empty when no roster is set up. */
	Optional<DutyTeam> dutyTeam(Instant at);

	/** The centre's duty team for the duty day that starts on a date; empty when no roster is set up. */
	Optional<DutyTeam> dutyTeam(LocalDate dutyDate);

	/**
	 * Whether a user may see cases, staff and data of an area (a division, grid or micro-grid code).
	 * Administrators see everything; other staff see everything inside their scope widened to at least
	 * their county; citizens and unknown users see no area.
	 */
	boolean maySee(String username, String areaCode);
}
