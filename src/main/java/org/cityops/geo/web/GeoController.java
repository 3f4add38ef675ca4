package org.cityops.geo.web;

import java.util.List;
import java.util.regex.Pattern;

import org.cityops.geo.Division;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.geo.GridLevel;
import org.cityops.geo.Location;
import org.cityops.geo.Position;
import org.cityops.geo.internal.GeoJsonLayers;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Divisions, grids, map layers and point location. Positions are WGS84 (GPS) decimal degrees.
 */
@RestController
@RequestMapping("/api/geo")
class GeoController {

	private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
	private static final Pattern GRID_CODE = Pattern.compile("\\d{12}-G\\d{2}(-M\\d{2})?");
	private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
	private static final double MAX_TOLERANCE_METRES = 5_000;

	private final GeoManagement geo;
	private final GeoJsonLayers layers;

	GeoController(GeoManagement geo, GeoJsonLayers layers) {
		this.geo = geo;
		this.layers = layers;
	}

	@GetMapping("/locate")
	LocationView locate(@RequestParam double lat, @RequestParam double lng) {
		Position position = GeoInput.position(lat, lng);
		Location location = geo.locate(position).orElseThrow(() -> new NotFoundException("lat",
				outsideMessage(position)));
		return LocationView.of(location);
	}

	@GetMapping("/divisions/{code}")
	DivisionView division(@PathVariable String code) {
		Division division = division("code", code);
		return DivisionView.of(division, geo.path(code), geo.children(code).size());
	}

	@GetMapping("/divisions/{code}/children")
	List<DivisionView> children(@PathVariable String code) {
		division("code", code);
		return geo.children(code).stream().map(child -> DivisionView.summary(child, geo.children(child.code()).size()))
				.toList();
	}

	@GetMapping("/grids")
	List<GridView> grids(@RequestParam String community) {
		Division division = division("community", community);
		if (division.level() != org.cityops.geo.DivisionLevel.COMMUNITY) {
			throw new InvalidInputException("community", "'" + community + "' is a " + division.level()
					+ ", not a community (12-digit code)");
		}
		return geo.gridsOfCommunity(community).stream().map(grid -> GridView.of(grid, geo.microGrids(grid.code()).size()))
				.toList();
	}

	@GetMapping("/grids/{code}")
	GridDetailView grid(@PathVariable String code) {
		if (!GRID_CODE.matcher(code).matches()) {
			throw new InvalidInputException("code", "must look like 330383198001-G01 or 330383198001-G01-M01");
		}
		Grid grid = geo.grid(code).orElseThrow(() -> new NotFoundException("code", "no grid " + code));
		List<GridView> micro = geo.microGrids(code).stream().map(m -> GridView.of(m, 0)).toList();
		return new GridDetailView(GridView.of(grid, micro.size()), micro);
	}

	@GetMapping(path = "/grids.geojson", produces = { "application/geo+json", "application/json" })
	ResponseEntity<byte[]> gridLayer(@RequestParam String county,
			@RequestParam(defaultValue = "GRID") GridLevel level,
			@RequestParam(defaultValue = "2") double tolerance) {
		division("county", county);
		checkTolerance(tolerance);
		return geoJson(layers.grids(county, level, tolerance));
	}

	@GetMapping(path = "/divisions.geojson", produces = { "application/geo+json", "application/json" })
	ResponseEntity<byte[]> divisionLayer(@RequestParam(defaultValue = "330300") String parent,
			@RequestParam(defaultValue = "50") double tolerance) {
		division("parent", parent);
		checkTolerance(tolerance);
		return geoJson(layers.divisions(parent, tolerance));
	}

	private Division division(String field, String code) {
		if (!DIVISION_CODE.matcher(code).matches()) {
			throw new InvalidInputException(field, "must be a division code of 6, 9 or 12 digits");
		}
		return geo.division(code).orElseThrow(() -> new NotFoundException(field, "no division " + code));
	}

	private static void checkTolerance(double tolerance) {
		if (!(tolerance >= 0 && tolerance <= MAX_TOLERANCE_METRES)) {
			throw new InvalidInputException("tolerance", "must be between 0 and " + (int) MAX_TOLERANCE_METRES + " metres");
		}
	}

	private String outsideMessage(Position position) {
		return geo.county(position)
				.map(county -> "the point lies in " + county.name() + " (" + county.code() + "), which has no grids yet")
				.orElse("the point lies outside every grid and every county of Wenzhou");
	}

	private static ResponseEntity<byte[]> geoJson(byte[] body) {
		return ResponseEntity.ok().contentType(GEO_JSON).cacheControl(CacheControl.noCache()).body(body);
	}
}
