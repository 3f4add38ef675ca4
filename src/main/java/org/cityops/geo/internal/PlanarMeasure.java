package org.cityops.geo.internal;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Metric measures of WGS84 geometries on a sphere of the Earth's mean radius. Areas use the ring
 * formula of Chamberlain and Duquette (2007), which is additive: the areas of tiles sum to the area
 * of what they tile.
 */
final class PlanarMeasure {

	static final double EARTH_RADIUS_METRES = 6_371_008.8;

	private PlanarMeasure() {
	}

	static double areaSquareMetres(Geometry wgs84) {
		double area = 0;
		for (int i = 0; i < wgs84.getNumGeometries(); i++) {
			if (wgs84.getGeometryN(i) instanceof Polygon polygon) {
				area += ringArea(polygon.getExteriorRing());
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					area -= ringArea(polygon.getInteriorRingN(h));
				}
			}
		}
		return area;
	}

	private static double ringArea(LinearRing ring) {
		CoordinateSequence points = ring.getCoordinateSequence();
		int n = points.size() - 1;
		if (n < 3) {
			return 0;
		}
		double sum = 0;
		for (int i = 0; i < n; i++) {
			double previousLng = Math.toRadians(points.getX((i + n - 1) % n));
			double nextLng = Math.toRadians(points.getX((i + 1) % n));
			sum += (nextLng - previousLng) * Math.sin(Math.toRadians(points.getY(i)));
		}
		return Math.abs(sum * EARTH_RADIUS_METRES * EARTH_RADIUS_METRES / 2);
	}

	/** Metres to degrees of latitude (for tolerances). */
	static double metresToDegrees(double metres) {
		return Math.toDegrees(metres / EARTH_RADIUS_METRES);
	}
}
