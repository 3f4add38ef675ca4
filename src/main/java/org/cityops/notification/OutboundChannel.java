package org.cityops.notification;

/**
 * A way out of the platform for notifications (a webhook, an SMS gateway, ...). Every Spring bean
 * implementing it is used, next to the webhook endpoints configured under
 * {@code cityops.notification.webhook.*}. For each notification and recipient the platform records one
 * delivery per accepting channel and calls {@link #send} from a durable task until it succeeds, fails
 * permanently or runs out of attempts; every attempt is recorded.
 * <p>
 * Implementations must be thread-safe and should be idempotent on {@link OutboundMessage#deliveryId()}:
 * a send that succeeded but whose success was not recorded (a crash) is sent again.
 */
public interface OutboundChannel {

	/** A stable name, recorded with each delivery (e.g. {@code webhook:ops}, {@code sms:aliyun}). */
	String name();

	/** Whether this channel carries the message; e.g. an SMS gateway needs a phone number. */
	default boolean accepts(OutboundMessage message) {
		return true;
	}

	/**
	 * Sends the message, returning normally only once the other side took it.
	 *
	 * @throws OutboundFailure when it did not; retried later unless {@link OutboundFailure#permanent()}
	 */
	void send(OutboundMessage message) throws OutboundFailure;
}
