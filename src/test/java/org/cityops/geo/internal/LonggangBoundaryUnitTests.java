package org.cityops.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

class LonggangBoundaryUnitTests {

	private final GeometryFactory factory = new GeometryFactory();
	private final Geometry cangnan = CountyOutlines.read(factory).get("330327");
	private final Geometry longgang = LonggangBoundary.derive(cangnan);

	@Test
	void covers184SquareKilometresInTheNorthEastOfCangnan() {
		assertThat(PlanarMeasure.areaSquareMetres(longgang) / 1e6).isCloseTo(184, within(0.5));
		assertThat(cangnan.buffer(1e-6).covers(longgang)).isTrue();
		Point centroid = longgang.getCentroid();
		System.out.printf("Longgang centroid %.4f N %.4f E, envelope %s%n", centroid.getY(), centroid.getX(),
				longgang.getEnvelopeInternal());
		assertThat(centroid.getX()).isCloseTo(120.575, within(0.01));
		assertThat(centroid.getY()).isCloseTo(27.56, within(0.03));
	}

	@Test
	void isTheSameEveryTime() {
		assertThat(LonggangBoundary.derive(cangnan).equalsExact(longgang)).isTrue();
	}
}
