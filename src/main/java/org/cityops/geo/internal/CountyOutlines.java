package org.cityops.geo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cityops.geo.Gcj02;
import org.cityops.geo.Position;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the published county outlines (GCJ-02) and converts them to WGS84.
 */
final class CountyOutlines {

	private static final String RESOURCE = "geo/wenzhou_counties_gcj02.geojson";

	private CountyOutlines() {
	}

	/** County code → valid WGS84 outline. */
	static Map<String, Geometry> read(GeometryFactory factory) {
		GeoJsonReader reader = new GeoJsonReader(factory);
		Map<String, Geometry> outlines = new LinkedHashMap<>();
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			JsonNode collection = JsonMapper.builder().build().readTree(in);
			for (JsonNode feature : collection.get("features")) {
				Geometry gcj02 = reader.read(feature.get("geometry").toString());
				outlines.put(feature.get("id").asString(), clean(toWgs84(gcj02)));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read " + RESOURCE, e);
		}
		catch (ParseException e) {
			throw new IllegalStateException("Malformed geometry in " + RESOURCE, e);
		}
		return outlines;
	}

	static Geometry toWgs84(Geometry gcj02) {
		Geometry copy = gcj02.copy();
		copy.apply(new CoordinateSequenceFilter() {
			@Override
			public void filter(CoordinateSequence sequence, int i) {
				Position wgs84 = Gcj02.toWgs84(new Position(sequence.getY(i), sequence.getX(i)));
				sequence.setOrdinate(i, CoordinateSequence.X, wgs84.lng());
				sequence.setOrdinate(i, CoordinateSequence.Y, wgs84.lat());
			}

			@Override
			public boolean isDone() {
				return false;
			}

			@Override
			public boolean isGeometryChanged() {
				return true;
			}
		});
		return copy;
	}

	/** Self-touching rings and similar flaws of the simplified source outlines are repaired. */
	static Geometry clean(Geometry geometry) {
		return geometry.isValid() ? geometry : GeometryFixer.fix(geometry);
	}
}
