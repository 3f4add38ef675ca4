package org.cityops.shared.web;

/**
 * The addressed resource does not exist; answered with 404 problem details.
 */
public class NotFoundException extends RuntimeException {

	private final String field;

	/**
	 * @param field the path variable or parameter that named the missing resource
	 * @param message what was not found
	 */
	public NotFoundException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
