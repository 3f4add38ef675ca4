package org.cityops.dispatch.internal;

/**
 * Great-circle distances between WGS84 positions (haversine; within a city the error is centimetres).
 */
final class Distances {

	private static final double EARTH_RADIUS_METRES = 6_371_008.8;

	private Distances() {
	}

	static double metres(double lat1, double lng1, double lat2, double lng2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLng = Math.toRadians(lng2 - lng1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/** Degrees of latitude spanning a distance (for a bounding-box prefilter). */
	static double latitudeDegrees(double metres) {
		return Math.toDegrees(metres / EARTH_RADIUS_METRES);
	}
}
