package org.cityops.notification.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Addresses a notice: one inbox entry per person (announced live on every node; one statement for
 * all of them) and one outbound delivery per recipient and channel, all in the caller's transaction
 * and each at most once per event.
 */
@Component
class Notifier {

	private final Inbox inbox;
	private final Outbox outbox;

	Notifier(Inbox inbox, Outbox outbox) {
		this.inbox = inbox;
		this.outbox = outbox;
	}

	/**
	 * @param leaveOut a person not to tell (the one who did what the notice is about), may be {@code null}
	 */
	void tell(Notice notice, Collection<Recipient> recipients, UUID leaveOut) {
		Map<String, Recipient> distinct = new LinkedHashMap<>();
		recipients.stream().filter(recipient -> leaveOut == null || !leaveOut.equals(recipient.person()))
				.forEach(recipient -> distinct.putIfAbsent(recipient.key(), recipient));
		inbox.add(distinct.values().stream().map(Recipient::person).filter(Objects::nonNull).toList(), notice);
		distinct.values().forEach(recipient -> outbox.queue(notice, recipient));
	}

	void tell(Notice notice, Collection<Recipient> recipients) {
		tell(notice, recipients, null);
	}
}
