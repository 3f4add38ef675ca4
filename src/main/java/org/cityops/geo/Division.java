package org.cityops.geo;

/**
 * An administrative division.
 *
 * @param code NBS statistical code (6, 9 or 12 digits)
 * @param name official name
 * @param level its level
 * @param parentCode the enclosing division, {@code null} for the city
 * @param placeholder {@code true} for NBS placeholder units that are not real divisions (龙港市's
 * 330383198 "直辖村级区划")
 * @param boundary where its boundary came from, or {@link BoundarySource#NONE}
 */
public record Division(String code, String name, DivisionLevel level, String parentCode, boolean placeholder,
		BoundarySource boundary) {
}
