package org.cityops.geo.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the polygon containing a point: an STR-tree of envelopes narrows the candidates, prepared
 * polygons answer the exact test. A point on a shared edge belongs to the candidate with the lowest
 * key, so the answer never depends on insertion order.
 */
final class PointIndex<T> {

	private final STRtree tree = new STRtree();
	private boolean built;

	void insert(String key, Geometry polygon, T value) {
		if (built) {
			throw new IllegalStateException("The index is already built");
		}
		tree.insert(polygon.getEnvelopeInternal(), new Entry<>(key, PreparedGeometryFactory.prepare(polygon), value));
	}

	PointIndex<T> build() {
		tree.build();
		built = true;
		return this;
	}

	Optional<T> find(double lng, double lat) {
		Point point = Wgs84.FACTORY.createPoint(new Coordinate(lng, lat));
		@SuppressWarnings("unchecked")
		List<Entry<T>> candidates = tree.query(point.getEnvelopeInternal());
		return candidates.stream()
				.filter(candidate -> candidate.polygon().covers(point))
				.min(Comparator.comparing(Entry::key))
				.map(Entry::value);
	}

	private record Entry<T>(String key, PreparedGeometry polygon, T value) {
	}
}
