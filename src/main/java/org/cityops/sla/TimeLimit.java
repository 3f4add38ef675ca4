package org.cityops.sla;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a stage may take, and how that time is counted.
 *
 * <p>Written in properties as {@code 30wm} (30 working minutes), {@code 4wh} (4 working hours),
 * {@code 3wd} (3 working days) or an ISO-8601 duration such as {@code PT20M} (wall-clock time).
 *
 * @param unit how the amount is counted
 * @param amount seconds for {@link Unit#ELAPSED} and {@link Unit#WORKING_TIME}, days for
 * {@link Unit#WORKING_DAYS}
 */
public record TimeLimit(Unit unit, long amount) {

	private static final Pattern WORKING = Pattern.compile("(\\d+)\\s*(wm|wh|wd)");

	/** How a limit is counted. */
	public enum Unit {
		/** Wall-clock time, nights, weekends and holidays included. */
		ELAPSED,
		/** Working time on the working calendar (office hours of working days). */
		WORKING_TIME,
		/**
		 * Working days: the day the stage starts is not counted and the limit ends when the office
		 * closes on the last working day (Civil Code arts. 201 and 203).
		 */
		WORKING_DAYS
	}

	public TimeLimit {
		if (unit == null || amount <= 0) {
			throw new IllegalArgumentException("A time limit needs a unit and a positive amount");
		}
	}

	public static TimeLimit elapsed(Duration duration) {
		return new TimeLimit(Unit.ELAPSED, duration.toSeconds());
	}

	public static TimeLimit working(Duration duration) {
		return new TimeLimit(Unit.WORKING_TIME, duration.toSeconds());
	}

	public static TimeLimit workingDays(long days) {
		return new TimeLimit(Unit.WORKING_DAYS, days);
	}

	/** Reads the property form (also how properties bind to it) ({@code 30wm}, {@code 4wh}, {@code 3wd} or an ISO-8601 duration). */
	public static TimeLimit of(String text) {
		String value = text.trim().toLowerCase(Locale.ROOT);
		Matcher working = WORKING.matcher(value);
		if (working.matches()) {
			long amount = Long.parseLong(working.group(1));
			return switch (working.group(2)) {
				case "wm" -> working(Duration.ofMinutes(amount));
				case "wh" -> working(Duration.ofHours(amount));
				default -> workingDays(amount);
			};
		}
		try {
			return elapsed(Duration.parse(text.trim()));
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("'" + text + "' is not a time limit: use 30wm, 4wh, 3wd or an "
					+ "ISO-8601 duration such as PT20M", e);
		}
	}

	/** The elapsed or working time (a limit in working days has no fixed length). */
	public Duration duration() {
		if (unit == Unit.WORKING_DAYS) {
			throw new IllegalStateException("A limit in working days has no fixed length");
		}
		return Duration.ofSeconds(amount);
	}

	/** The property form, e.g. {@code 4wh}, {@code 90wm}, {@code 3wd}, {@code PT20M}. */
	@Override
	public String toString() {
		return switch (unit) {
			case WORKING_DAYS -> amount + "wd";
			case WORKING_TIME -> amount % 3600 == 0 ? amount / 3600 + "wh" : amount / 60 + "wm";
			default -> Duration.ofSeconds(amount).toString();
		};
	}
}
