package org.cityops.intake.open311;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;

/**
 * Reads Open311 parameters, refusing malformed ones in the spec's error format.
 */
final class Open311Parameters {

	private Open311Parameters() {
	}

	static String format(String format) {
		if (!"json".equals(format) && !"xml".equals(format)) {
			throw new Open311Error(HttpStatus.NOT_FOUND, "format ." + format + " is not served; use .json or .xml");
		}
		return format;
	}

	static Double number(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, parameter + ": '" + value + "' is not a number");
		}
	}

	static Instant time(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, parameter
					+ ": must be ISO-8601 with an offset, e.g. 2026-03-02T09:00:00+08:00");
		}
	}

	static List<String> list(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(value.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
	}

	static Set<String> statuses(String value) {
		List<String> statuses = list(value);
		if (statuses == null) {
			return null;
		}
		if (!Set.of("open", "closed").containsAll(statuses)) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "status: must be open, closed or both, comma-separated");
		}
		return Set.copyOf(statuses);
	}
}
