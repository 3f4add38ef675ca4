package org.cityops.geo.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Splits an area into a given number of cells that cover it without gaps or overlaps: a Voronoi
 * diagram of seeded sites, relaxed a few times towards the cells' centroids (Lloyd's algorithm) so
 * cells are compact, then clipped to the area in full floating precision: neighbouring cells share
 * their Voronoi edges exactly, and cells of neighbouring parents meet within about 1e-9 m. The same
 * area, count, density and seed always give the same cells.
 */
final class GridTiling {

	/** 1e-7 degrees, about 1 cm: sites and source outlines are rounded to it. */
	static final PrecisionModel PRECISION = new PrecisionModel(1e7);
	private static final int RELAXATIONS = 6;
	private static final int MAX_SAMPLING_ATTEMPTS = 1_000_000;

	private final GeometryFactory factory;

	GridTiling(GeometryFactory factory) {
		this.factory = factory;
	}

	/**
	 * @param area the polygon to split
	 * @param cells how many cells
	 * @param density relative site density at a coordinate (higher → smaller cells there)
	 * @param random the seeded source of site positions
	 * @return the cells, ordered north-west to south-east by their interior point
	 */
	List<Geometry> tile(Geometry area, int cells, ToDoubleFunction<Coordinate> density, Random random) {
		if (cells == 1) {
			return List.of(area);
		}
		List<Coordinate> sites = sample(area, cells, density, random);
		for (int i = 0; i < RELAXATIONS; i++) {
			List<Coordinate> next = relaxed(clip(voronoi(sites), area), area);
			if (next.size() != cells) {
				break;
			}
			sites = next;
		}
		List<Geometry> result = clip(voronoi(sites), area);
		if (result.size() != cells) {
			throw new IllegalStateException("Tiling produced " + result.size() + " cells instead of " + cells);
		}
		result.sort(Comparator.comparingDouble((Geometry cell) -> -cell.getInteriorPoint().getY())
				.thenComparingDouble(cell -> cell.getInteriorPoint().getX()));
		return result;
	}

	private List<Coordinate> sample(Geometry area, int count, ToDoubleFunction<Coordinate> density, Random random) {
		IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(area);
		Envelope envelope = area.getEnvelopeInternal();
		double maxDensity = maxDensity(envelope, density);
		List<Coordinate> sites = new ArrayList<>(count);
		for (int attempt = 0; sites.size() < count; attempt++) {
			if (attempt > MAX_SAMPLING_ATTEMPTS) {
				throw new IllegalStateException("Could not place " + count + " sites in the area");
			}
			Coordinate candidate = new Coordinate(envelope.getMinX() + random.nextDouble() * envelope.getWidth(),
					envelope.getMinY() + random.nextDouble() * envelope.getHeight());
			PRECISION.makePrecise(candidate);
			boolean accepted = random.nextDouble() * maxDensity <= density.applyAsDouble(candidate);
			if (accepted && inside.locate(candidate) == Location.INTERIOR && !sites.contains(candidate)) {
				sites.add(candidate);
			}
		}
		return sites;
	}

	private static double maxDensity(Envelope envelope, ToDoubleFunction<Coordinate> density) {
		double max = 0;
		for (int i = 0; i <= 20; i++) {
			for (int j = 0; j <= 20; j++) {
				Coordinate probe = new Coordinate(envelope.getMinX() + envelope.getWidth() * i / 20,
						envelope.getMinY() + envelope.getHeight() * j / 20);
				max = Math.max(max, density.applyAsDouble(probe));
			}
		}
		return max;
	}

	/**
	 * The raw Voronoi cells, bounded by the triangulation's frame (far outside the area). The
	 * builder's own clipping to an envelope is skipped: the cells are clipped to the area anyway.
	 */
	private List<Geometry> voronoi(List<Coordinate> sites) {
		VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
		builder.setSites(sites);
		@SuppressWarnings("unchecked")
		List<Geometry> cells = builder.getSubdivision().getVoronoiCellPolygons(factory);
		return cells;
	}

	private List<Geometry> clip(List<Geometry> cells, Geometry area) {
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
		List<Geometry> clipped = new ArrayList<>(cells.size());
		for (Geometry cell : cells) {
			if (prepared.containsProperly(cell)) {
				clipped.add(cell);
				continue;
			}
			Geometry piece = OverlayNGRobust.overlay(cell, area, OverlayNG.INTERSECTION);
			if (!piece.isEmpty() && piece instanceof Polygonal) {
				clipped.add(piece);
			}
			else if (!piece.isEmpty()) {
				clipped.add(polygonalPart(piece));
			}
		}
		return clipped;
	}

	private Geometry polygonalPart(Geometry mixed) {
		List<Geometry> polygons = new ArrayList<>();
		for (int i = 0; i < mixed.getNumGeometries(); i++) {
			if (mixed.getGeometryN(i) instanceof Polygonal) {
				polygons.add(mixed.getGeometryN(i));
			}
		}
		return factory.buildGeometry(polygons);
	}

	private List<Coordinate> relaxed(List<Geometry> cells, Geometry area) {
		IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(area);
		List<Coordinate> sites = new ArrayList<>(cells.size());
		for (Geometry cell : cells) {
			Point centroid = cell.getCentroid();
			Coordinate site = inside.locate(centroid.getCoordinate()) == Location.INTERIOR ? centroid.getCoordinate()
					: cell.getInteriorPoint().getCoordinate();
			site = new Coordinate(site);
			PRECISION.makePrecise(site);
			if (!sites.contains(site)) {
				sites.add(site);
			}
		}
		return sites;
	}
}
