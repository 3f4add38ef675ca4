package org.cityops.directory;

/**
 * Whether a person works full time in their post; grid teams have full-time and part-time workers.
 */
public enum Engagement {
	FULL_TIME,
	PART_TIME
}
