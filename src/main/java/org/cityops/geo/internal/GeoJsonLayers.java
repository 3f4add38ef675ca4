package org.cityops.geo.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cityops.geo.BoundarySource;
import org.cityops.geo.Division;
import org.cityops.geo.Grid;
import org.cityops.geo.GridLevel;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GeoJSON feature collections of map layers (county outlines, communities, grids, micro-grids),
 * simplified as a coverage so neighbours still share their edges, and cached: the data only change
 * by import.
 */
@Component
public class GeoJsonLayers {

	private final GeoCatalogue catalogue;
	private final JsonMapper json = JsonMapper.builder().build();
	private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

	GeoJsonLayers(GeoCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The children of a division that have boundaries (e.g. the counties of 330300). */
	public byte[] divisions(String parentCode, double toleranceMetres) {
		return cache.computeIfAbsent("divisions:" + parentCode + ":" + toleranceMetres, key -> {
			List<Division> children = catalogue.children(parentCode).stream()
					.filter(child -> catalogue.boundary(child.code()).isPresent())
					.toList();
			List<Feature> features = children.stream()
					.map(child -> new Feature(child.code(), child.name(), child.level().name(), child.parentCode(),
							child.boundary(), catalogue.boundary(child.code()).orElseThrow()))
					.toList();
			return write(features, toleranceMetres);
		});
	}

	/** The grids or micro-grids of a county. */
	public byte[] grids(String countyCode, GridLevel level, double toleranceMetres) {
		return cache.computeIfAbsent("grids:" + countyCode + ":" + level + ":" + toleranceMetres, key -> {
			List<Grid> grids = level == GridLevel.GRID ? catalogue.gridsOfCounty(countyCode)
					: catalogue.microGridsOfCounty(countyCode);
			List<Feature> features = grids.stream()
					.map(grid -> new Feature(grid.code(), grid.name(), grid.level().name(), grid.parentCode(),
							BoundarySource.GENERATED, catalogue.boundary(grid.code()).orElseThrow()))
					.toList();
			return write(features, toleranceMetres);
		});
	}

	private byte[] write(List<Feature> features, double toleranceMetres) {
		Geometry[] shapes = features.stream().map(Feature::boundary).toArray(Geometry[]::new);
		if (toleranceMetres > 0) {
			shapes = CoverageSimplifier.simplify(shapes, PlanarMeasure.metresToDegrees(toleranceMetres));
		}
		GeoJsonWriter writer = new GeoJsonWriter(7);
		writer.setEncodeCRS(false);
		ObjectNode collection = json.createObjectNode();
		collection.put("type", "FeatureCollection");
		ArrayNode array = collection.putArray("features");
		for (int i = 0; i < features.size(); i++) {
			Feature feature = features.get(i);
			ObjectNode node = array.addObject();
			node.put("type", "Feature");
			node.put("id", feature.code());
			node.set("geometry", json.readTree(writer.write(shapes[i])));
			ObjectNode properties = node.putObject("properties");
			properties.put("code", feature.code());
			properties.put("name", feature.name());
			properties.put("level", feature.level());
			properties.put("parent", feature.parent());
			properties.put("boundary", feature.source().name());
			properties.put("approximate", feature.source() != BoundarySource.PUBLISHED);
		}
		return json.writeValueAsString(collection).getBytes(StandardCharsets.UTF_8);
	}

	private record Feature(String code, String name, String level, String parent, BoundarySource source,
			Geometry boundary) {
	}
}
