package org.cityops.console.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cityops.geo.BoundarySource;
import org.cityops.geo.Division;
import org.cityops.geo.DivisionLevel;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.springframework.stereotype.Component;

/**
 * The division tree of the home page: Wenzhou → counties → townships → communities → grids (only
 * 龙港市's communities have grids).
 */
@Component
class AreaTree {

	static final String CITY = "330300";
	/** Opened on the home page: the county whose grids the map shows. */
	static final String LONGGANG = "330383";

	private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

	private final GeoManagement geo;

	AreaTree(GeoManagement geo) {
		this.geo = geo;
	}

	/** The city with its counties, and 龙港市 open. */
	AreaNode root() {
		Division city = geo.division(CITY).orElseThrow(() -> new IllegalStateException("no division " + CITY));
		List<AreaNode> counties = children(CITY).stream()
				.map(county -> LONGGANG.equals(county.code()) ? county.withChildren(children(LONGGANG)) : county)
				.toList();
		return node(city).withChildren(counties);
	}

	/** How many grids and micro-grids a county has (the map's legend). */
	GridCounts gridCounts(String countyCode) {
		List<Grid> grids = geo.gridsOfCounty(countyCode);
		return new GridCounts(grids.size(), grids.stream().mapToInt(grid -> geo.microGrids(grid.code()).size()).sum());
	}

	record GridCounts(int grids, int microGrids) {
	}

	/** Whether {@code code} could be a division code (6, 9 or 12 digits). */
	static boolean isDivisionCode(String code) {
		return code != null && DIVISION_CODE.matcher(code).matches();
	}

	Optional<Division> division(String code) {
		return geo.division(code);
	}

	/** The entries below a division: its child divisions, or a community's grids. */
	List<AreaNode> children(String code) {
		List<Division> divisions = geo.children(code);
		if (!divisions.isEmpty()) {
			return divisions.stream().map(this::node).toList();
		}
		return geo.gridsOfCommunity(code).stream().map(AreaTree::node).toList();
	}

	private AreaNode node(Division division) {
		int children = division.level() == DivisionLevel.COMMUNITY ? geo.gridsOfCommunity(division.code()).size()
				: geo.children(division.code()).size();
		return new AreaNode(division.code(), division.name(), division.level().name(), division.placeholder(),
				division.boundary() == BoundarySource.DERIVED_APPROXIMATE,
				division.boundary() == BoundarySource.GENERATED, children, null);
	}

	private static AreaNode node(Grid grid) {
		return new AreaNode(grid.code(), grid.name(), grid.level().name(), false, false, true, 0, List.of());
	}
}
