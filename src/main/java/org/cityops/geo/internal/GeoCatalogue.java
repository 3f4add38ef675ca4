package org.cityops.geo.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityops.geo.Division;
import org.cityops.geo.DivisionLevel;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.geo.GridLevel;
import org.cityops.geo.Location;
import org.cityops.geo.Position;
import org.cityops.geo.internal.GeoTables.StoredDivision;
import org.cityops.geo.internal.GeoTables.StoredGrid;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;

/**
 * Divisions and grids held in memory (they change only by import) with STR-tree indexes of
 * prepared micro-grid and county polygons for point location.
 */
@Service
class GeoCatalogue implements GeoManagement {

	private final Map<String, Division> divisions = new LinkedHashMap<>();
	private final Map<String, List<Division>> childDivisions = new HashMap<>();
	private final Map<String, Grid> grids = new LinkedHashMap<>();
	private final Map<String, List<Grid>> childGrids = new HashMap<>();
	private final Map<String, Geometry> boundaries = new HashMap<>();
	private final PointIndex<Grid> microGridIndex = new PointIndex<>();
	private final PointIndex<Division> countyIndex = new PointIndex<>();

	GeoCatalogue(GeoTables tables, GeoReferenceImport imported) {
		for (StoredDivision stored : tables.divisions()) {
			Division division = new Division(stored.code(), stored.name(), stored.level(), stored.parentCode(),
					stored.placeholder(), stored.source());
			divisions.put(division.code(), division);
			if (division.parentCode() != null) {
				childDivisions.computeIfAbsent(division.parentCode(), code -> new ArrayList<>()).add(division);
			}
			if (stored.boundary() != null) {
				boundaries.put(division.code(), stored.boundary());
				if (division.level() == DivisionLevel.COUNTY) {
					countyIndex.insert(division.code(), stored.boundary(), division);
				}
			}
		}
		for (StoredGrid stored : tables.grids()) {
			Grid grid = toGrid(stored);
			grids.put(grid.code(), grid);
			childGrids.computeIfAbsent(grid.parentCode(), code -> new ArrayList<>()).add(grid);
			boundaries.put(grid.code(), stored.boundary());
			if (grid.level() == GridLevel.MICRO_GRID) {
				microGridIndex.insert(grid.code(), stored.boundary(), grid);
			}
		}
		microGridIndex.build();
		countyIndex.build();
	}

	@Override
	public Optional<Division> division(String code) {
		return Optional.ofNullable(divisions.get(code));
	}

	@Override
	public List<Division> children(String code) {
		return Collections.unmodifiableList(childDivisions.getOrDefault(code, List.of()));
	}

	@Override
	public List<Division> path(String code) {
		List<Division> path = new ArrayList<>();
		for (Division at = divisions.get(code); at != null; at = at.parentCode() == null ? null
				: divisions.get(at.parentCode())) {
			path.add(0, at);
		}
		return path;
	}

	@Override
	public Optional<Grid> grid(String code) {
		return Optional.ofNullable(grids.get(code));
	}

	@Override
	public List<Grid> gridsOfCommunity(String communityCode) {
		return Collections.unmodifiableList(childGrids.getOrDefault(communityCode, List.of()));
	}

	@Override
	public List<Grid> gridsOfCounty(String countyCode) {
		return grids.values().stream()
				.filter(grid -> grid.level() == GridLevel.GRID && grid.countyCode().equals(countyCode))
				.toList();
	}

	@Override
	public List<Grid> microGrids(String gridCode) {
		Grid grid = grids.get(gridCode);
		if (grid == null || grid.level() != GridLevel.GRID) {
			return List.of();
		}
		return Collections.unmodifiableList(childGrids.getOrDefault(gridCode, List.of()));
	}

	@Override
	public Optional<Location> locate(Position position) {
		return microGridIndex.find(position.lng(), position.lat())
				.map(micro -> {
					Grid grid = grids.get(micro.parentCode());
					return new Location(position, micro, grid, divisions.get(micro.communityCode()),
							divisions.get(micro.townshipCode()), divisions.get(micro.countyCode()),
							divisions.get(divisions.get(micro.countyCode()).parentCode()));
				});
	}

	@Override
	public Optional<Division> county(Position position) {
		return countyIndex.find(position.lng(), position.lat());
	}

	@Override
	public boolean covers(String areaCode, String code) {
		if (areaCode == null || code == null) {
			return false;
		}
		String at = code;
		while (at != null) {
			if (at.equals(areaCode)) {
				return true;
			}
			at = parentOf(at);
		}
		return false;
	}

	/** The boundary of a division, grid or micro-grid (WGS84), if one is known. */
	Optional<Geometry> boundary(String code) {
		return Optional.ofNullable(boundaries.get(code));
	}

	List<Grid> microGridsOfCounty(String countyCode) {
		return grids.values().stream()
				.filter(grid -> grid.level() == GridLevel.MICRO_GRID && grid.countyCode().equals(countyCode))
				.toList();
	}

	private String parentOf(String code) {
		Grid grid = grids.get(code);
		if (grid != null) {
			return grid.parentCode();
		}
		Division division = divisions.get(code);
		return division == null ? null : division.parentCode();
	}

	private static Grid toGrid(StoredGrid stored) {
		Point inside = stored.boundary().getInteriorPoint();
		return new Grid(stored.code(), stored.name(), stored.level(), stored.parentCode(), stored.communityCode(),
				stored.townshipCode(), stored.countyCode(), new Position(inside.getY(), inside.getX()),
				PlanarMeasure.areaSquareMetres(stored.boundary()));
	}
}
