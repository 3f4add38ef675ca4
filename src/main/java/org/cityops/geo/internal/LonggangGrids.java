package org.cityops.geo.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import org.cityops.geo.GridLevel;
import org.cityops.geo.internal.DivisionSource.DivisionRow;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Generates Longgang's social-governance network inside the derived Longgang boundary: an area for
 * each of its 103 village-level units, 469 grids (4 or 5 per community) and 3,311 micro-grids (7 or
 * 8 per grid), as reported in the gazette. No public grid polygons exist, so the geometry is made
 * up: a seeded tiling, denser in the old town on the 鳌江 bank, identical for the same seed.
 */
final class LonggangGrids {

	static final int GRIDS = 469;
	static final int MICRO_GRIDS = 3_311;
	static final String COUNTY = "330383";
	/** Longgang's old town on the south bank of the 鳌江 (WGS84): communities are smaller there. */
	private static final Coordinate URBAN_CORE = new Coordinate(120.553, 27.556);
	private static final double URBAN_CORE_SPREAD_DEGREES = 0.03;

	private final GridTiling tiling;
	private final long seed;

	LonggangGrids(GeometryFactory factory, long seed) {
		this.tiling = new GridTiling(factory);
		this.seed = seed;
	}

	Network generate(Geometry longgang, List<DivisionRow> communities) {
		List<DivisionRow> ordered = communities.stream().sorted(Comparator.comparing(DivisionRow::code)).toList();
		List<Geometry> areas = tiling.tile(longgang, ordered.size(), LonggangGrids::urbanDensity, new Random(seed));
		List<Cell> communityCells = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			DivisionRow community = ordered.get(i);
			communityCells.add(new Cell(community.code(), community.name(), null, GridLevel.GRID, areas.get(i)));
		}
		List<Cell> grids = split(communityCells, GRIDS, 4, "-G", "第%d网格");
		List<Cell> microGrids = split(grids, MICRO_GRIDS, 7, "-M", "第%d微网格");
		return new Network(communityCells, grids, microGrids);
	}

	/**
	 * Splits each parent into {@code base} or {@code base + 1} children so that the total is exact;
	 * the largest parents get the extra child.
	 */
	private List<Cell> split(List<Cell> parents, int total, int base, String codeInfix, String nameSuffix) {
		int extra = total - parents.size() * base;
		if (extra < 0 || extra > parents.size()) {
			throw new IllegalArgumentException(total + " children do not fit " + parents.size() + " parents");
		}
		List<Cell> bySize = parents.stream()
				.sorted(Comparator.comparingDouble((Cell cell) -> -PlanarMeasure.areaSquareMetres(cell.area()))
						.thenComparing(Cell::code))
				.toList();
		List<String> larger = bySize.subList(0, extra).stream().map(Cell::code).toList();
		GridLevel level = "-G".equals(codeInfix) ? GridLevel.GRID : GridLevel.MICRO_GRID;
		List<Cell> children = new ArrayList<>(total);
		for (Cell parent : parents) {
			int count = larger.contains(parent.code()) ? base + 1 : base;
			Random random = new Random(seed * 31 + parent.code().hashCode());
			List<Geometry> pieces = tiling.tile(parent.area(), count, coordinate -> 1.0, random);
			for (int i = 0; i < pieces.size(); i++) {
				String code = String.format("%s%s%02d", parent.code(), codeInfix, i + 1);
				String name = parent.name() + String.format(nameSuffix, i + 1);
				children.add(new Cell(code, name, parent.code(), level, pieces.get(i)));
			}
		}
		return children;
	}

	private static double urbanDensity(Coordinate at) {
		double distance = at.distance(URBAN_CORE);
		return 1 + 4 * Math.exp(-(distance * distance) / (2 * URBAN_CORE_SPREAD_DEGREES * URBAN_CORE_SPREAD_DEGREES));
	}


	/** A generated area: a community's area (level unused), a grid or a micro-grid. */
	record Cell(String code, String name, String parentCode, GridLevel level, Geometry area) {
	}

	record Network(List<Cell> communities, List<Cell> grids, List<Cell> microGrids) {
	}
}
