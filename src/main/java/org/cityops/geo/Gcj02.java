package org.cityops.geo;

/**
 * Converts between WGS84 (GPS) and GCJ-02, the obfuscated datum Chinese web maps publish in. The
 * offset is about 400–500 m around Wenzhou and applies only inside China; outside, both datums are
 * treated as equal.
 * <p>
 * The forward transformation is the widely published one (Krasovsky 1940 ellipsoid); the inverse
 * has no closed form and is found by fixed-point iteration to better than 1e-9 degrees.
 */
public final class Gcj02 {

	private static final double SEMI_MAJOR_AXIS = 6378245.0;
	private static final double ECCENTRICITY_SQUARED = 0.00669342162296594323;
	private static final int MAX_ITERATIONS = 30;
	private static final double TOLERANCE_DEGREES = 1e-10;

	private Gcj02() {
	}

	/** The GCJ-02 position of a WGS84 position. */
	public static Position fromWgs84(Position wgs84) {
		if (outsideChina(wgs84)) {
			return wgs84;
		}
		double lat = wgs84.lat();
		double lng = wgs84.lng();
		double dLat = latitudeOffset(lng - 105.0, lat - 35.0);
		double dLng = longitudeOffset(lng - 105.0, lat - 35.0);
		double radLat = Math.toRadians(lat);
		double magic = 1 - ECCENTRICITY_SQUARED * Math.sin(radLat) * Math.sin(radLat);
		double sqrtMagic = Math.sqrt(magic);
		dLat = (dLat * 180.0) / ((SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED)) / (magic * sqrtMagic) * Math.PI);
		dLng = (dLng * 180.0) / (SEMI_MAJOR_AXIS / sqrtMagic * Math.cos(radLat) * Math.PI);
		return new Position(lat + dLat, lng + dLng);
	}

	/** The WGS84 position of a GCJ-02 position. */
	public static Position toWgs84(Position gcj02) {
		if (outsideChina(gcj02)) {
			return gcj02;
		}
		double lat = gcj02.lat();
		double lng = gcj02.lng();
		for (int i = 0; i < MAX_ITERATIONS; i++) {
			Position forward = fromWgs84(new Position(lat, lng));
			double errorLat = forward.lat() - gcj02.lat();
			double errorLng = forward.lng() - gcj02.lng();
			lat -= errorLat;
			lng -= errorLng;
			if (Math.abs(errorLat) < TOLERANCE_DEGREES && Math.abs(errorLng) < TOLERANCE_DEGREES) {
				break;
			}
		}
		return new Position(lat, lng);
	}

	static boolean outsideChina(Position position) {
		return position.lng() < 72.004 || position.lng() > 137.8347 || position.lat() < 0.8293
				|| position.lat() > 55.8271;
	}

	private static double latitudeOffset(double x, double y) {
		double offset = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
		offset += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		offset += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
		offset += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
		return offset;
	}

	private static double longitudeOffset(double x, double y) {
		double offset = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
		offset += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		offset += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
		offset += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
		return offset;
	}
}
