package org.cityops.geo.internal;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Derives an approximate 龙港市 boundary from the 苍南县 outline, which predates Longgang's
 * separation in 2019. Longgang is the north-east of the old county: about 184 km² on the south bank
 * of the 鳌江 estuary, with the sea to the east, centred near 27.56 N, 120.575 E (WGS84). The cut is
 * the part of the outline north of a parallel and east of a meridian, both found by bisection so
 * that the area is 184 km² and the centroid lies on 120.575 E. The result is an approximation and is
 * labelled as one wherever it is shown.
 */
final class LonggangBoundary {

	static final double TARGET_AREA_SQUARE_METRES = 184e6;
	static final double TARGET_CENTROID_LNG = 120.575;
	/** 2^-22 of the county's extent: about 15 cm. */
	private static final int BISECTIONS = 22;

	private LonggangBoundary() {
	}

	/** The derived Longgang outline inside the given 苍南县 outline (WGS84). */
	static Geometry derive(Geometry cangnan) {
		Envelope extent = cangnan.getEnvelopeInternal();
		double west = extent.getMinX();
		double east = extent.getMaxX();
		for (int i = 0; i < BISECTIONS; i++) {
			double meridian = (west + east) / 2;
			Geometry cut = cutWithArea(cangnan, meridian);
			if (cut.getCentroid().getX() < TARGET_CENTROID_LNG) {
				west = meridian;
			}
			else {
				east = meridian;
			}
		}
		return cutWithArea(cangnan, (west + east) / 2);
	}

	/** The part north of the parallel (found by bisection) and east of the meridian with the target area. */
	private static Geometry cutWithArea(Geometry cangnan, double meridian) {
		Envelope extent = cangnan.getEnvelopeInternal();
		double south = extent.getMinY();
		double north = extent.getMaxY();
		for (int i = 0; i < BISECTIONS; i++) {
			double parallel = (south + north) / 2;
			if (PlanarMeasure.areaSquareMetres(cut(cangnan, meridian, parallel)) > TARGET_AREA_SQUARE_METRES) {
				south = parallel;
			}
			else {
				north = parallel;
			}
		}
		return cut(cangnan, meridian, (south + north) / 2);
	}

	static Geometry cut(Geometry cangnan, double meridian, double parallel) {
		Envelope extent = cangnan.getEnvelopeInternal();
		Envelope northEast = new Envelope(meridian, extent.getMaxX() + 1, parallel, extent.getMaxY() + 1);
		GeometryFactory factory = cangnan.getFactory();
		return OverlayNGRobust.overlay(cangnan, factory.toGeometry(northEast), OverlayNG.INTERSECTION);
	}
}
