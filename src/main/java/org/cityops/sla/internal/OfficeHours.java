package org.cityops.sla.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One span of office hours on a working day, e.g. 08:30–12:00.
 */
record OfficeHours(LocalTime opens, LocalTime closes) {

	OfficeHours {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("Office hours must open before they close: " + opens + "-" + closes);
		}
	}

	Duration length() {
		return Duration.between(opens, closes);
	}

	/** Reads spans such as {@code 08:30-12:00}; they must be in order and must not overlap. */
	static List<OfficeHours> parse(List<String> spans) {
		List<OfficeHours> hours = new ArrayList<>();
		for (String span : spans) {
			String[] ends = span.trim().split("-");
			try {
				OfficeHours next = new OfficeHours(LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim()));
				if (!hours.isEmpty() && next.opens().isBefore(hours.get(hours.size() - 1).closes())) {
					throw new IllegalArgumentException("Office hours overlap or are out of order: " + spans);
				}
				hours.add(next);
			}
			catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
				throw new IllegalArgumentException("'" + span + "' is not a span of office hours such as 08:30-12:00", e);
			}
		}
		if (hours.isEmpty()) {
			throw new IllegalArgumentException("At least one span of office hours is needed");
		}
		return List.copyOf(hours);
	}
}
