package org.cityops.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cityops.geo.BoundarySource;
import org.cityops.geo.Division;
import org.cityops.geo.DivisionLevel;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.geo.Location;
import org.cityops.geo.Position;

/**
 * Temporary: answers division look-ups from the structure of NBS codes until the geography module's
 * implementation is on main. Remove it then.
 */
class GeoStandIn implements GeoManagement {

	@Override
	public Optional<Division> division(String code) {
		if (code == null || !code.matches("3303(\\d{2}|\\d{5}|\\d{8})")) {
			return Optional.empty();
		}
		return Optional.of(switch (code.length()) {
			case 6 -> code.equals("330300") ? new Division(code, code, DivisionLevel.CITY, null, false, BoundarySource.NONE)
					: new Division(code, code, DivisionLevel.COUNTY, "330300", false, BoundarySource.NONE);
			case 9 -> new Division(code, code, DivisionLevel.TOWNSHIP, code.substring(0, 6), false, BoundarySource.NONE);
			default -> new Division(code, code, DivisionLevel.COMMUNITY, code.substring(0, 9), false, BoundarySource.NONE);
		});
	}

	@Override
	public List<Division> path(String code) {
		List<Division> path = new ArrayList<>();
		for (Optional<Division> at = division(code); at.isPresent(); at = division(at.get().parentCode())) {
			path.add(0, at.get());
		}
		return path;
	}

	@Override
	public List<Division> children(String code) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Optional<Grid> grid(String code) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<Grid> gridsOfCommunity(String communityCode) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<Grid> gridsOfCounty(String countyCode) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<Grid> microGrids(String gridCode) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Optional<Location> locate(Position position) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Optional<Division> county(Position position) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean covers(String areaCode, String code) {
		throw new UnsupportedOperationException();
	}
}
