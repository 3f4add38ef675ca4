package org.cityops.dispatch.internal;

import java.util.Optional;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.GridStaff;
import org.cityops.directory.Person;
import org.cityops.directory.Unit;
import org.cityops.directory.UnitKind;
import org.cityops.dispatch.Actor;
import org.cityops.geo.Location;
import org.cityops.triage.Categories;
import org.cityops.triage.Category;
import org.springframework.stereotype.Component;

/**
 * Decides who gets a new case: location → micro-grid → grid team by default (the grid settles what
 * it can, the seed's goal is 80 % inside the grid); category rules send some cases straight to the
 * responsible department; cases without a place in a grid or without a category go to the centre's
 * manual queue. Every decision carries its rule and reason.
 */
@Component
class Routing {

	private final DirectoryManagement directory;
	private final Categories categories;
	private final DispatchSettings settings;
	private final RoutingRules rules;

	Routing(DirectoryManagement directory, Categories categories, DispatchSettings settings, RoutingRules rules) {
		this.directory = directory;
		this.categories = categories;
		this.settings = settings;
		this.rules = rules;
	}

	Decision route(String categoryCode, Optional<Location> location, Actor reporter) {
		if (location.isEmpty()) {
			return centre("OUTSIDE_GRIDS", "the case has no position inside a grid; the centre routes it by hand");
		}
		Location at = location.get();
		if (categoryCode == null) {
			return centre("UNCATEGORISED", "the case has no category yet; the centre categorises and routes it");
		}
		Category category = categories.byCode(categoryCode).orElse(null);
		if (category != null && rules.directToDepartment(category)) {
			UnitKind kind = UnitKind.valueOf(category.unitKind());
			Optional<Unit> department = directory.responsibleUnit(at.microGrid().code(), kind);
			if (department.isPresent()) {
				return new Decision("CATEGORY_TO_DEPARTMENT", department.get().code(), null,
						"category " + category.code() + " " + category.name() + " goes straight to "
								+ department.get().name());
			}
		}
		return toGrid(at, reporter);
	}

	private Decision toGrid(Location at, Actor reporter) {
		String microGrid = at.microGrid().code();
		String grid = at.grid().code();
		Optional<GridStaff> staff = directory.gridStaff(grid);
		if (staff.isPresent() && reporter.person() != null && isStaff(staff.get(), reporter)) {
			return new Decision("PATROL_SELF", grid, reporter.person().toString(), "reported on patrol by "
					+ reporter.username() + ", a worker of grid " + grid + ", who handles it first (自处置)");
		}
		Optional<Person> responder = staff.flatMap(team -> team.firstResponder(microGrid));
		String where = "located in micro-grid " + microGrid + " of " + at.grid().name();
		return responder
				.map(person -> new Decision("GRID", grid, person.id().toString(),
						where + "; " + person.name() + " answers first for this micro-grid"))
				.orElseGet(() -> new Decision("GRID", grid, null, where + "; the grid has no staff on record"));
	}

	private static boolean isStaff(GridStaff staff, Actor reporter) {
		return staff.fullTimeWorkers().stream().anyMatch(p -> p.id().equals(reporter.person()))
				|| staff.partTimeWorkers().stream().anyMatch(p -> p.id().equals(reporter.person()))
				|| staff.leader().map(p -> p.id().equals(reporter.person())).orElse(false);
	}

	private Decision centre(String rule, String reason) {
		return new Decision(rule, settings.centreUnit(), null, reason);
	}

	/**
	 * Where a case goes.
	 *
	 * @param rule which rule decided
	 * @param unitCode the unit
	 * @param personId the person, or {@code null} for the whole unit
	 * @param reason in words
	 */
	record Decision(String rule, String unitCode, String personId, String reason) {

		boolean toCentre() {
			return "OUTSIDE_GRIDS".equals(rule) || "UNCATEGORISED".equals(rule);
		}
	}
}
