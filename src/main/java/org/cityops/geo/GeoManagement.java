package org.cityops.geo;

import java.util.List;
import java.util.Optional;

/**
 * Read access to divisions and grids, and point location, for other modules.
 */
public interface GeoManagement {

	Optional<Division> division(String code);

	/** Direct children of a division (counties of the city, townships of a county, ...). */
	List<Division> children(String code);

	/** The division and all divisions above it, from the city down. */
	List<Division> path(String code);

	Optional<Grid> grid(String code);

	/** Grids (level {@link GridLevel#GRID}) of a community. */
	List<Grid> gridsOfCommunity(String communityCode);

	/** All grids (level {@link GridLevel#GRID}) of a county, ordered by code. */
	List<Grid> gridsOfCounty(String countyCode);

	/** Micro-grids of a grid. */
	List<Grid> microGrids(String gridCode);

	/** The micro-grid containing a WGS84 point, with its grid and divisions; empty outside every grid. */
	Optional<Location> locate(Position position);

	/** The county-level division whose boundary contains the point, if any (also where no grids exist). */
	Optional<Division> county(Position position);

	/**
	 * Whether {@code code} (a division, grid or micro-grid code) lies within {@code areaCode} (a
	 * division or grid code); every area covers itself.
	 */
	boolean covers(String areaCode, String code);
}
