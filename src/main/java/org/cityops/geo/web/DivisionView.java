package org.cityops.geo.web;

import java.util.List;

import org.cityops.geo.BoundarySource;
import org.cityops.geo.Division;

record DivisionView(String code, String name, String level, String parentCode, boolean placeholder,
		BoundarySource boundary, boolean approximate, int childCount, List<NamedArea> path) {

	static DivisionView of(Division division, List<Division> path, int childCount) {
		return new DivisionView(division.code(), division.name(), division.level().name(), division.parentCode(),
				division.placeholder(), division.boundary(), division.boundary() != BoundarySource.PUBLISHED, childCount,
				path.stream().map(NamedArea::of).toList());
	}

	static DivisionView summary(Division division, int childCount) {
		return new DivisionView(division.code(), division.name(), division.level().name(), division.parentCode(),
				division.placeholder(), division.boundary(), division.boundary() != BoundarySource.PUBLISHED, childCount,
				null);
	}
}
