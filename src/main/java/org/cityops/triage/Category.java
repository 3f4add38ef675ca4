package org.cityops.triage;

/**
 * A minor class (小类) of the taxonomy: what a case is about, who handles it, when it is filed and
 * closed, and how long each stage may take. Also an Open311 service ({@code service_code = code}).
 *
 * @param code four digits {@code MMmm}, starting with the major class code
 * @param majorCode the major class, two digits
 * @param unitKind the kind of unit that handles it (a {@code directory.UnitKind} name, or {@code GRID}
 *        when the grid team settles it itself)
 * @param filing the filing condition (立案条件)
 * @param closing the closing condition (结案条件)
 * @param difficult whether cases are typically difficult (疑难件)
 * @param collaborative whether cases typically need several units (协同件)
 * @param normal time limits in normal handling
 * @param urgent time limits for urgent cases
 */
public record Category(String code, String majorCode, String name, String nameEn, String description,
		String unitKind, String filing, String closing, Priority priority, boolean difficult,
		boolean collaborative, TimeLimits normal, TimeLimits urgent) {

	/** The time limits that apply to a case of this category. */
	public TimeLimits limits(boolean urgentCase) {
		return urgentCase ? urgent : normal;
	}
}
