package org.cityops.geo;

/**
 * A grid or micro-grid of the social-governance network.
 *
 * @param code readable code rooted in the community code: {@code 330383198001-G03} for a grid,
 * {@code 330383198001-G03-M07} for one of its micro-grids
 * @param name display name, e.g. 金钗河社区第3网格
 * @param level grid or micro-grid
 * @param parentCode the community code for a grid, the grid code for a micro-grid
 * @param communityCode the community (village-level division) it lies in
 * @param townshipCode the township-level division above that community
 * @param countyCode the county-level division
 * @param centroid a point inside it (WGS84), for labels and map focus
 * @param areaSquareMetres its area
 */
public record Grid(String code, String name, GridLevel level, String parentCode, String communityCode,
		String townshipCode, String countyCode, Position centroid, double areaSquareMetres) {
}
