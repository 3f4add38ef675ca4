package org.cityops.geo.web;

import org.cityops.geo.Division;
import org.cityops.geo.Grid;

/** A division or grid named in an answer. */
record NamedArea(String code, String name) {

	static NamedArea of(Division division) {
		return division == null ? null : new NamedArea(division.code(), division.name());
	}

	static NamedArea of(Grid grid) {
		return new NamedArea(grid.code(), grid.name());
	}
}
