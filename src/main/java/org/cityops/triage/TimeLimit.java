package org.cityops.triage;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A time limit as written in the catalogue files: {@code 8h} (working hours), {@code 5d} (working
 * days) or an ISO-8601 duration such as {@code PT20M} (wall-clock). Working time is counted on the
 * working calendar of the sla module.
 */
public record TimeLimit(long amount, Unit unit) {

	private static final Pattern WORKING = Pattern.compile("(\\d{1,3})([hd])");

	/** How the amount is counted. */
	public enum Unit {
		WORKING_HOURS, WORKING_DAYS,
		/** Wall-clock seconds, day and night. */
		SECONDS
	}

	public TimeLimit {
		if (amount <= 0) {
			throw new IllegalArgumentException("a time limit must be positive: " + amount);
		}
	}

	/**
	 * Reads the notation of the catalogue files.
	 * @throws IllegalArgumentException when the text is none of the three forms
	 */
	@JsonCreator
	public static TimeLimit parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("missing time limit");
		}
		Matcher working = WORKING.matcher(text);
		if (working.matches()) {
			Unit unit = working.group(2).equals("h") ? Unit.WORKING_HOURS : Unit.WORKING_DAYS;
			return new TimeLimit(Long.parseLong(working.group(1)), unit);
		}
		try {
			return new TimeLimit(Duration.parse(text).toSeconds(), Unit.SECONDS);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("not a time limit (8h, 5d or ISO-8601 like PT20M): " + text, e);
		}
	}

	/** Whether the limit runs on the clock rather than on the working calendar. */
	public boolean wallClock() {
		return unit == Unit.SECONDS;
	}

	/** The wall-clock duration; only for {@link #wallClock()} limits. */
	public Duration duration() {
		if (!wallClock()) {
			throw new IllegalStateException(this + " counts working time, not wall-clock time");
		}
		return Duration.ofSeconds(amount);
	}

	/** The catalogue notation, e.g. {@code 8h}, {@code 5d}, {@code PT20M}. */
	@JsonValue
	@Override
	public String toString() {
		switch (unit) {
			case WORKING_HOURS:
				return amount + "h";
			case WORKING_DAYS:
				return amount + "d";
			default:
				return Duration.ofSeconds(amount).toString();
		}
	}
}
