package org.cityops.geo.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.cityops.geo.BoundarySource;
import org.cityops.geo.DivisionLevel;
import org.cityops.geo.GridLevel;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The geo schema: divisions, grids and the record of imported data sets. Boundaries are stored as
 * WKB (no PostGIS is needed).
 */
@Repository
class GeoTables {

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	GeoTables(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Serialises concurrent importers (several nodes starting at once) until the transaction ends. */
	void lockForImport() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('cityops.geo.import'))").query().singleValue();
	}

	boolean imported(String dataset) {
		return jdbc.sql("select count(*) from geo.dataset where name = ?").param(dataset).query(Long.class)
				.single() > 0;
	}

	void recordImport(String dataset, String version, Long seed, int rows, Instant at, String note) {
		jdbc.sql("insert into geo.dataset (name, version, seed, row_count, imported_at, note) values (?, ?, ?, ?, ?, ?)")
				.params(dataset, version, seed, rows, Timestamp.from(at), note).update();
	}

	void insertDivisions(List<StoredDivision> divisions) {
		batch.batchUpdate("""
				insert into geo.division (code, name, level, parent_code, placeholder, boundary_source, boundary,
				                          area_m2, centroid_lat, centroid_lng)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", divisions, 500, (statement, division) -> {
			statement.setString(1, division.code());
			statement.setString(2, division.name());
			statement.setString(3, division.level().name());
			statement.setString(4, division.parentCode());
			statement.setBoolean(5, division.placeholder());
			statement.setString(6, division.source().name());
			statement.setBytes(7, wkb(division.boundary()));
			setMeasures(statement, 8, division.boundary());
		});
	}

	void updateDivisionBoundary(String code, BoundarySource source, Geometry boundary) {
		Point centroid = boundary.getInteriorPoint();
		jdbc.sql("""
				update geo.division set boundary_source = ?, boundary = ?, area_m2 = ?, centroid_lat = ?, centroid_lng = ?
				where code = ?""")
				.params(source.name(), wkb(boundary), PlanarMeasure.areaSquareMetres(boundary), centroid.getY(),
						centroid.getX(), code)
				.update();
	}

	void insertGrids(List<StoredGrid> grids) {
		batch.batchUpdate("""
				insert into geo.grid (code, name, level, parent_code, community_code, township_code, county_code,
				                      boundary, area_m2, centroid_lat, centroid_lng)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", grids, 500, (statement, grid) -> {
			statement.setString(1, grid.code());
			statement.setString(2, grid.name());
			statement.setString(3, grid.level().name());
			statement.setString(4, grid.parentCode());
			statement.setString(5, grid.communityCode());
			statement.setString(6, grid.townshipCode());
			statement.setString(7, grid.countyCode());
			statement.setBytes(8, wkb(grid.boundary()));
			setMeasures(statement, 9, grid.boundary());
		});
	}

	List<StoredDivision> divisions() {
		return jdbc.sql("""
				select code, name, level, parent_code, placeholder, boundary_source, boundary
				from geo.division order by code""").query(this::division).list();
	}

	List<StoredGrid> grids() {
		return jdbc.sql("""
				select code, name, level, parent_code, community_code, township_code, county_code, boundary
				from geo.grid order by code""").query(this::grid).list();
	}

	private StoredDivision division(ResultSet row, int rowNumber) throws SQLException {
		return new StoredDivision(row.getString("code"), row.getString("name"),
				DivisionLevel.valueOf(row.getString("level")), row.getString("parent_code"),
				row.getBoolean("placeholder"), BoundarySource.valueOf(row.getString("boundary_source")),
				geometry(row.getBytes("boundary")));
	}

	private StoredGrid grid(ResultSet row, int rowNumber) throws SQLException {
		return new StoredGrid(row.getString("code"), row.getString("name"), GridLevel.valueOf(row.getString("level")),
				row.getString("parent_code"), row.getString("community_code"), row.getString("township_code"),
				row.getString("county_code"), geometry(row.getBytes("boundary")));
	}

	private static void setMeasures(java.sql.PreparedStatement statement, int first, Geometry boundary)
			throws SQLException {
		if (boundary == null) {
			statement.setNull(first, java.sql.Types.DOUBLE);
			statement.setNull(first + 1, java.sql.Types.DOUBLE);
			statement.setNull(first + 2, java.sql.Types.DOUBLE);
			return;
		}
		Point inside = boundary.getInteriorPoint();
		statement.setDouble(first, PlanarMeasure.areaSquareMetres(boundary));
		statement.setDouble(first + 1, inside.getY());
		statement.setDouble(first + 2, inside.getX());
	}

	private static byte[] wkb(Geometry geometry) {
		return geometry == null ? null : new WKBWriter().write(geometry);
	}

	private Geometry geometry(byte[] wkb) {
		if (wkb == null) {
			return null;
		}
		try {
			return new WKBReader(Wgs84.FACTORY).read(wkb);
		}
		catch (ParseException e) {
			throw new IllegalStateException("Corrupt boundary in the geo schema", e);
		}
	}

	record StoredDivision(String code, String name, DivisionLevel level, String parentCode, boolean placeholder,
			BoundarySource source, Geometry boundary) {
	}

	record StoredGrid(String code, String name, GridLevel level, String parentCode, String communityCode,
			String townshipCode, String countyCode, Geometry boundary) {
	}
}
