package org.cityops.console.web;

import java.util.List;

import org.cityops.directory.GridStaff;
import org.cityops.directory.Person;
import org.cityops.geo.Division;
import org.cityops.geo.Grid;

/**
 * What the map shows about a grid when it is clicked.
 *
 * @param grid the grid
 * @param community the community it lies in
 * @param microGrids how many micro-grids it has
 * @param team its "1+3+N" team, {@code null} when the user may not see it
 */
record GridCard(Grid grid, Division community, int microGrids, Team team) {

	/** The grid's area in km² (public, with a bean name, for the template). */
	public double getAreaSquareKilometres() {
		return grid.areaSquareMetres() / 1_000_000;
	}

	/**
	 * A grid's team as the card lists it.
	 *
	 * @param leader the grid leader's name, {@code null} when none is assigned
	 * @param fullTime the full-time workers' names
	 * @param partTime how many part-time workers it has
	 * @param generated whether any of them is made-up demo data
	 */
	record Team(String leader, List<String> fullTime, int partTime, boolean generated) {

		static Team of(GridStaff staff) {
			boolean generated = staff.leader().map(Person::generated).orElse(false)
					|| staff.fullTimeWorkers().stream().anyMatch(Person::generated)
					|| staff.partTimeWorkers().stream().anyMatch(Person::generated);
			return new Team(staff.leader().map(Person::name).orElse(null),
					staff.fullTimeWorkers().stream().map(Person::name).toList(), staff.partTimeWorkers().size(),
					generated);
		}
	}
}
