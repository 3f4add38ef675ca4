package org.cityops.dispatch;

import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a case: {@code C} + the date it was received + a running number, e.g.
 * {@code C202611280000123}. Also the Open311 {@code service_request_id}.
 */
public record CaseId(@JsonValue String value) {

	private static final Pattern FORMAT = Pattern.compile("C\\d{8}\\d{7}");

	public CaseId {
		Objects.requireNonNull(value, "value");
	}

	/** Whether a text has the form of a case id (it may still name no case). */
	public static boolean isWellFormed(String text) {
		return text != null && FORMAT.matcher(text).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
