package org.cityops.notification.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cityops.directory.PersonId;
import org.cityops.notification.Notification;
import org.cityops.notification.NotificationManagement;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and marks a person's inbox. Another person's notification is "not found": ids do not tell
 * whether someone else has it. Reading announces the new unread count to the person's streams.
 */
@Service
class InboxService implements NotificationManagement {

	static final int MAX_PAGE_SIZE = 100;

	private final Inbox inbox;
	private final Clock clock;

	InboxService(Inbox inbox, Clock clock) {
		this.inbox = inbox;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public InboxPage inbox(PersonId person, boolean unreadOnly, int page, int size) {
		List<FieldProblem> problems = new ArrayList<>();
		if (page < 0) {
			problems.add(new FieldProblem("page", "must be 0 or more"));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			problems.add(new FieldProblem("size", "must be between 1 and " + MAX_PAGE_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		UUID id = person.value();
		return new InboxPage(inbox.page(id, unreadOnly, page, size), page, size, inbox.count(id, unreadOnly),
				inbox.count(id, true));
	}

	@Override
	@Transactional(readOnly = true)
	public long unreadCount(PersonId person) {
		return inbox.count(person.value(), true);
	}

	@Override
	@Transactional
	public Notification markRead(PersonId person, long notificationId) {
		UUID id = person.value();
		if (inbox.markRead(id, notificationId, clock.instant())) {
			inbox.announce(LiveSignal.read(id));
		}
		return inbox.find(id, notificationId)
				.orElseThrow(() -> new NotFoundException("id", "you have no notification " + notificationId));
	}

	@Override
	@Transactional
	public int markAllRead(PersonId person) {
		int marked = inbox.markAllRead(person.value(), clock.instant());
		if (marked > 0) {
			inbox.announce(LiveSignal.read(person.value()));
		}
		return marked;
	}
}
