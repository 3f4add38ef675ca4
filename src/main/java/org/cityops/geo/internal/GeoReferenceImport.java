package org.cityops.geo.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cityops.geo.BoundarySource;
import org.cityops.geo.DivisionLevel;
import org.cityops.geo.GridLevel;
import org.cityops.geo.internal.DivisionSource.DivisionRow;
import org.cityops.geo.internal.GeoTables.StoredDivision;
import org.cityops.geo.internal.GeoTables.StoredGrid;
import org.cityops.geo.internal.LonggangGrids.Cell;
import org.cityops.geo.internal.LonggangGrids.Network;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports Wenzhou's divisions and generates Longgang's grids on first start, once per database: a
 * row in {@code geo.dataset} marks each data set as done, and an advisory lock keeps two nodes
 * starting together from importing twice.
 */
@Component
class GeoReferenceImport implements InitializingBean {

	static final String DIVISIONS = "wenzhou-divisions";
	static final String DIVISIONS_VERSION = "NBS-2023";
	static final String GRIDS = "longgang-grids";
	static final String GRIDS_VERSION = "voronoi-v1";
	static final String LONGGANG = "330383";
	static final String CANGNAN = "330327";

	private static final Logger log = LoggerFactory.getLogger(GeoReferenceImport.class);

	private final GeoTables tables;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final GeoSettings settings;

	GeoReferenceImport(GeoTables tables, TransactionTemplate transaction, Clock clock, GeoSettings settings) {
		this.tables = tables;
		this.transaction = transaction;
		this.clock = clock;
		this.settings = settings;
	}

	@Override
	public void afterPropertiesSet() {
		transaction.executeWithoutResult(status -> {
			tables.lockForImport();
			if (!tables.imported(DIVISIONS)) {
				importDivisions();
			}
			if (!tables.imported(GRIDS)) {
				generateGrids();
			}
		});
	}

	private void importDivisions() {
		long started = System.nanoTime();
		List<DivisionRow> rows = DivisionSource.read();
		Map<String, Geometry> outlines = CountyOutlines.read(Wgs84.FACTORY);
		Geometry longgang = LonggangBoundary.derive(outlines.get(CANGNAN));
		Geometry cangnan = OverlayNGRobust.overlay(outlines.get(CANGNAN), longgang, OverlayNG.DIFFERENCE);
		outlines.put(CANGNAN, cangnan);
		outlines.put(LONGGANG, longgang);
		Geometry city = UnaryUnionOp.union(outlines.values());
		List<StoredDivision> divisions = new ArrayList<>(rows.size());
		for (DivisionRow row : rows) {
			divisions.add(withBoundary(row, outlines, city, longgang));
		}
		tables.insertDivisions(divisions);
		tables.recordImport(DIVISIONS, DIVISIONS_VERSION, null, divisions.size(), clock.instant(),
				"NBS codes 2023; county outlines GCJ-02→WGS84; 龙港市 derived from 苍南县 (approximate)");
		log.info("Imported {} divisions of Wenzhou in {} ms", divisions.size(), (System.nanoTime() - started) / 1_000_000);
	}

	private static StoredDivision withBoundary(DivisionRow row, Map<String, Geometry> outlines, Geometry city,
			Geometry longgang) {
		Geometry boundary = null;
		BoundarySource source = BoundarySource.NONE;
		if (row.level() == DivisionLevel.CITY) {
			boundary = city;
			source = BoundarySource.DERIVED_APPROXIMATE;
		}
		else if (row.level() == DivisionLevel.COUNTY && outlines.containsKey(row.code())) {
			boundary = outlines.get(row.code());
			source = LONGGANG.equals(row.code()) || CANGNAN.equals(row.code()) ? BoundarySource.DERIVED_APPROXIMATE
					: BoundarySource.PUBLISHED;
		}
		else if (DivisionSource.LONGGANG_PLACEHOLDER_TOWNSHIP.equals(row.code())) {
			boundary = longgang;
			source = BoundarySource.DERIVED_APPROXIMATE;
		}
		return new StoredDivision(row.code(), row.name(), row.level(), row.parentCode(), row.placeholder(), source,
				boundary);
	}

	private void generateGrids() {
		long started = System.nanoTime();
		List<StoredDivision> divisions = tables.divisions();
		Geometry longgang = divisions.stream().filter(d -> LONGGANG.equals(d.code())).findFirst()
				.orElseThrow(() -> new IllegalStateException("龙港市 is missing from geo.division")).boundary();
		List<DivisionRow> communities = divisions.stream()
				.filter(d -> d.level() == DivisionLevel.COMMUNITY && d.code().startsWith(LONGGANG))
				.map(d -> new DivisionRow(d.code(), d.name(), d.level(), d.parentCode(), d.placeholder()))
				.toList();
		Network network = new LonggangGrids(Wgs84.FACTORY, settings.gridSeed()).generate(longgang, communities);
		Map<String, String> townshipOf = new HashMap<>();
		communities.forEach(c -> townshipOf.put(c.code(), c.parentCode()));
		for (Cell community : network.communities()) {
			tables.updateDivisionBoundary(community.code(), BoundarySource.GENERATED, community.area());
		}
		List<StoredGrid> grids = new ArrayList<>();
		Map<String, String> communityOfGrid = new HashMap<>();
		for (Cell grid : network.grids()) {
			communityOfGrid.put(grid.code(), grid.parentCode());
			grids.add(stored(grid, grid.parentCode(), townshipOf.get(grid.parentCode())));
		}
		for (Cell micro : network.microGrids()) {
			String community = communityOfGrid.get(micro.parentCode());
			grids.add(stored(micro, community, townshipOf.get(community)));
		}
		tables.insertGrids(grids);
		tables.recordImport(GRIDS, GRIDS_VERSION, settings.gridSeed(), grids.size(), clock.instant(),
				"generated: no public grid polygons exist; seeded Voronoi tiling of the approximate 龙港市 boundary");
		log.info("Generated {} grids and {} micro-grids for 龙港市 (seed {}) in {} ms", network.grids().size(),
				network.microGrids().size(), settings.gridSeed(), (System.nanoTime() - started) / 1_000_000);
	}

	private static StoredGrid stored(Cell cell, String community, String township) {
		GridLevel level = cell.level();
		return new StoredGrid(cell.code(), cell.name(), level, cell.parentCode(), community, township, LONGGANG,
				cell.area());
	}
}
