package org.cityops.directory;

/**
 * A department, body or team that handles, routes or oversees cases.
 *
 * @param code {@code <division code>-<KIND>} (e.g. {@code 330383-ENFORCEMENT}), or the grid code for a
 * grid team
 * @param name full Chinese name, e.g. 龙港市综合行政执法局
 * @param kind what kind of body it is
 * @param divisionCode the division it serves (for a grid team: the grid's community)
 * @param parentCode the unit it reports to, {@code null} at the top
 * @param source where the name comes from
 */
public record Unit(String code, String name, UnitKind kind, String divisionCode, String parentCode,
		UnitSource source) {
}
