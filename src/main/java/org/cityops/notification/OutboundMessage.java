package org.cityops.notification;

import java.time.Instant;

/**
 * A notification leaving the platform for one recipient, as an {@link OutboundChannel} gets it.
 *
 * @param deliveryId the delivery, stable across retries (receivers use it to drop repeats)
 * @param kind what it is about
 * @param caseId the case, {@code null} when none
 * @param title one line
 * @param body the details
 * @param recipient who it is for
 * @param createdAt when the notification was made
 */
public record OutboundMessage(long deliveryId, NotificationKind kind, String caseId, String title, String body,
		Recipient recipient, Instant createdAt) {

	/**
	 * The person to reach.
	 *
	 * @param personId the directory person, {@code null} for a reporter known only by phone
	 * @param name their name, may be {@code null}
	 * @param phone a phone number to text or call, may be {@code null}
	 * @param inPlatform whether they also got the notification in their inbox
	 */
	public record Recipient(String personId, String name, String phone, boolean inPlatform) {
	}
}
