package org.cityops.notification.internal;

import java.util.UUID;

import org.cityops.directory.Person;
import org.cityops.notification.OutboundMessage;

/**
 * Someone to tell: a person in the directory (inbox and outbound), or a reporter known only by phone
 * (outbound only).
 *
 * @param person the person, {@code null} for a reporter without an account
 * @param name their name, may be {@code null}
 * @param phone their phone number, may be {@code null}
 */
record Recipient(UUID person, String name, String phone) {

	static Recipient of(Person person) {
		return new Recipient(person.id().value(), person.name(), person.phone());
	}

	static Recipient byPhone(String name, String phone) {
		return new Recipient(null, name, phone);
	}

	/** What makes two recipients the same; also the recipient column of deliveries. */
	String key() {
		return person != null ? person.toString() : "phone:" + phone;
	}

	OutboundMessage.Recipient outbound() {
		return new OutboundMessage.Recipient(person == null ? null : person.toString(), name, phone, person != null);
	}
}
