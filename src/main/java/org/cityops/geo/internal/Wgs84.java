package org.cityops.geo.internal;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The geometry factory of everything the geo module stores: WGS84 (EPSG:4326), x = longitude,
 * y = latitude, floating precision.
 */
final class Wgs84 {

	static final int SRID = 4326;
	static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

	private Wgs84() {
	}
}
