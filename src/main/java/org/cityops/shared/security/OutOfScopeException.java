package org.cityops.shared.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * The user may use the endpoint but not for this area, unit or record (e.g. a grid worker asking for
 * another county's grid); answered with 403 problem details naming the field.
 */
public class OutOfScopeException extends AccessDeniedException {

	private final String field;

	public OutOfScopeException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
