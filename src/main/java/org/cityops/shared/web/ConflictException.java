package org.cityops.shared.web;

/**
 * The request is well formed but the resource's current state does not allow it; answered with 409.
 */
public class ConflictException extends RuntimeException {

	private final String field;

	public ConflictException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
