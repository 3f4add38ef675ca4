package org.cityops.notification.internal;

import java.util.Optional;
import java.util.UUID;

/**
 * The payload of a NOTIFY on the notification channel: {@code added:<notification id>:<person>} or
 * {@code read:<person>}. Kept tiny (PostgreSQL limits payloads to 8000 bytes); each node reads the
 * notification itself when one of its streams wants it.
 *
 * @param notificationId the new notification, {@code null} when the person read something
 * @param person whose inbox changed
 */
record LiveSignal(Long notificationId, UUID person) {

	static LiveSignal added(long id, UUID person) {
		return new LiveSignal(id, person);
	}

	static LiveSignal read(UUID person) {
		return new LiveSignal(null, person);
	}

	String payload() {
		return notificationId == null ? "read:" + person : "added:" + notificationId + ":" + person;
	}

	static Optional<LiveSignal> parse(String payload) {
		try {
			String[] parts = payload.split(":");
			if (parts.length == 3 && parts[0].equals("added")) {
				return Optional.of(added(Long.parseLong(parts[1]), UUID.fromString(parts[2])));
			}
			if (parts.length == 2 && parts[0].equals("read")) {
				return Optional.of(read(UUID.fromString(parts[1])));
			}
		}
		catch (IllegalArgumentException e) {
			// not ours
		}
		return Optional.empty();
	}
}
