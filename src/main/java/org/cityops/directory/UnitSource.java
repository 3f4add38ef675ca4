package org.cityops.directory;

/**
 * Where a unit's name comes from, so that the console can say how far to trust it.
 */
public enum UnitSource {

	/** Named in the Wenzhou Municipal Government Gazette 2022 issue 10. */
	GAZETTE,
	/** Built from an official NBS division name (e.g. 金钗河社区居委会, 五马街道办事处). */
	DIVISION,
	/** The usual name of a body with that function; not checked against an official list. */
	CONVENTIONAL,
	/** The team of a grid that CityOps generated (no public grid data exists). */
	GENERATED
}
