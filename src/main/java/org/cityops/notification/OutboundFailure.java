package org.cityops.notification;

/**
 * An {@link OutboundChannel} could not hand a message over.
 */
public class OutboundFailure extends Exception {

	private final boolean permanent;
	private final Integer statusCode;

	/**
	 * @param permanent {@code true} when trying again cannot help (e.g. the receiver rejects the message)
	 * @param statusCode the receiver's status code, if it answered
	 */
	public OutboundFailure(String message, boolean permanent, Integer statusCode, Throwable cause) {
		super(message, cause);
		this.permanent = permanent;
		this.statusCode = statusCode;
	}

	public boolean permanent() {
		return permanent;
	}

	public Integer statusCode() {
		return statusCode;
	}
}
