package org.cityops.intake.open311;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refused Open311 call, answered in the spec's error format: a list of {@code {code, description}}
 * with the HTTP status as the code.
 */
class Open311Error extends RuntimeException {

	private final HttpStatus status;
	private final List<String> descriptions;

	Open311Error(HttpStatus status, String description) {
		this(status, List.of(description));
	}

	Open311Error(HttpStatus status, List<String> descriptions) {
		super(String.join("; ", descriptions));
		this.status = status;
		this.descriptions = List.copyOf(descriptions);
	}

	HttpStatus status() {
		return status;
	}

	List<String> descriptions() {
		return descriptions;
	}
}
