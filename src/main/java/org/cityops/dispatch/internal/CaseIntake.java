package org.cityops.dispatch.internal;

import java.util.Optional;

import org.cityops.dispatch.NewCase;
import org.cityops.geo.Location;

/**
 * Turns a checked report and its location into the fields a new case starts from.
 */
final class CaseIntake {

	private CaseIntake() {
	}

	/**
	 * @param location the micro-grid and everything above it, when the report lies in a grid
	 * @param county the county the report lies in, also outside grids
	 */
	static Case.Intake of(NewCase report, Optional<Location> location, Optional<String> county) {
		Case.Place place = location.map(at -> new Case.Place(at.microGrid().code(), at.grid().code(),
				at.community().code(), at.township().code(), at.county().code()))
				.orElseGet(() -> county.map(code -> new Case.Place(null, null, null, null, code)).orElse(null));
		String source = report.source() == null ? null : report.source().system();
		String external = report.source() == null ? null : report.source().externalId();
		Double lat = report.position() == null ? null : report.position().lat();
		Double lng = report.position() == null ? null : report.position().lng();
		return new Case.Intake(report.channel(), source, external, report.categoryCode(), report.description(),
				report.address(), lat, lng, place, report.reporter().name(), report.reporter().phone(),
				report.reporter().account(), report.reportedAt(), report.urgent(), report.tags());
	}
}
