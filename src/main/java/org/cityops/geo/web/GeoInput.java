package org.cityops.geo.web;

import java.util.ArrayList;
import java.util.List;

import org.cityops.geo.Position;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;

/**
 * Checks of coordinates typed or sent by clients.
 */
final class GeoInput {

	private GeoInput() {
	}

	static Position position(double lat, double lng) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!(lat >= -90 && lat <= 90)) {
			problems.add(new FieldProblem("lat", "must be a WGS84 latitude between -90 and 90"));
		}
		if (!(lng >= -180 && lng <= 180)) {
			problems.add(new FieldProblem("lng", "must be a WGS84 longitude between -180 and 180"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Position(lat, lng);
	}
}
