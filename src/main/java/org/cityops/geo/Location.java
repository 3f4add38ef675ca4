package org.cityops.geo;

/**
 * Where a point lies: its micro-grid and everything above it.
 */
public record Location(Position position, Grid microGrid, Grid grid, Division community, Division township,
		Division county, Division city) {
}
