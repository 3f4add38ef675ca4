package org.cityops.geo;

/**
 * The two levels of the social-governance grid below a community.
 */
public enum GridLevel {

	/** 全科网格: staffed "1+3+N" (one leader, three full-time workers, part-timers). */
	GRID,
	/** 微网格: a handful of buildings or a street block inside one grid. */
	MICRO_GRID
}
