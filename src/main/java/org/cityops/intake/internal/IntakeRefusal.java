package org.cityops.intake.internal;

import org.springframework.http.HttpStatus;

/**
 * A request refused for who sent it rather than what it says: a wrong or missing API key (401), a
 * key or role that may not use this door (403), a wrong proof of being the reporter (403), or an
 * exhausted budget (429, with the seconds to wait).
 */
public class IntakeRefusal extends RuntimeException {

	private final HttpStatus status;
	private final String field;
	private final long retryAfterSeconds;

	public IntakeRefusal(HttpStatus status, String field, String message) {
		this(status, field, message, 0);
	}

	public IntakeRefusal(HttpStatus status, String field, String message, long retryAfterSeconds) {
		super(message);
		this.status = status;
		this.field = field;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public HttpStatus status() {
		return status;
	}

	public String field() {
		return field;
	}

	/** Seconds to wait before trying again, 0 when waiting does not help. */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
