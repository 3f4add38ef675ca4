package org.cityops.triage.internal;

import java.util.Set;

/**
 * The unit kinds of the platform vocabulary ({@code directory.UnitKind}), checked while the
 * catalogue files load. Kept here as names because the catalogue is data: a file naming an unknown
 * kind must fail at start-up, not when the first case of that category is dispatched.
 */
final class UnitKinds {

	static final Set<String> NAMES = Set.of("PUBLIC_SECURITY", "EMERGENCY", "ENFORCEMENT", "ECOLOGY", "HOUSING",
			"MARKET", "COMMERCE", "ECONOMY", "NATURAL_RESOURCES", "TRANSPORT", "WATER", "HUMAN_RESOURCES", "HEALTH",
			"EDUCATION", "CIVIL_AFFAIRS", "AGRICULTURE", "PETITIONS", "JUSTICE", "FIRE", "PROCURATORATE", "HOTLINE",
			"CENTRE", "TOWNSHIP_OFFICE", "COMMUNITY_COMMITTEE", "GRID");

	private UnitKinds() {
	}
}
