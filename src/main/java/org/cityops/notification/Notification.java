package org.cityops.notification;

import java.time.Instant;

/**
 * One item of a person's inbox.
 *
 * @param id the notification id (also the id of its server-sent event)
 * @param kind what it is about
 * @param caseId the case, {@code null} when none
 * @param title one line
 * @param body the details
 * @param createdAt when it was made
 * @param readAt when the person marked it read, {@code null} while unread
 */
public record Notification(long id, NotificationKind kind, String caseId, String title, String body,
		Instant createdAt, Instant readAt) {

	public boolean read() {
		return readAt != null;
	}
}
