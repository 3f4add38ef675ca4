package org.cityops.directory.internal;

/**
 * Facts about NBS division codes: a division's code is a prefix of the codes of every division
 * inside it, except that a prefecture-level city (6 digits ending in 00, e.g. 330300) shares only its
 * first four digits with its counties.
 */
final class DivisionCodes {

	private DivisionCodes() {
	}

	/** The prefix that the codes of a division and of everything inside it start with. */
	static String descendantPrefix(String divisionCode) {
		if (divisionCode.length() == 6 && divisionCode.endsWith("00")) {
			return divisionCode.substring(0, 4);
		}
		return divisionCode;
	}
}
