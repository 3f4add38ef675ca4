package org.cityops.notification.web;

import java.util.Map;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.PersonId;
import org.cityops.notification.Notification;
import org.cityops.notification.NotificationManagement;
import org.cityops.notification.NotificationManagement.InboxPage;
import org.cityops.notification.internal.NotificationStreams;
import org.cityops.shared.web.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The logged-in user's inbox: list, unread count, mark read, and the live stream. A login without a
 * person in the directory has no inbox (403).
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

	private final NotificationManagement notifications;
	private final NotificationStreams streams;
	private final DirectoryManagement directory;

	NotificationController(NotificationManagement notifications, NotificationStreams streams,
			DirectoryManagement directory) {
		this.notifications = notifications;
		this.streams = streams;
		this.directory = directory;
	}

	@GetMapping
	InboxPage inbox(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Authentication user) {
		return notifications.inbox(me(user), unread, page, size);
	}

	@GetMapping("/unread-count")
	Map<String, Long> unreadCount(Authentication user) {
		return Map.of("unread", notifications.unreadCount(me(user)));
	}

	@PostMapping("/{id}/read")
	Notification read(@PathVariable long id, Authentication user) {
		return notifications.markRead(me(user), id);
	}

	@PostMapping("/read-all")
	Map<String, Long> readAll(Authentication user) {
		PersonId me = me(user);
		int marked = notifications.markAllRead(me);
		return Map.of("marked", (long) marked, "unread", notifications.unreadCount(me));
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			Authentication user) {
		return streams.open(me(user), lastEventId(lastEventId));
	}

	private PersonId me(Authentication user) {
		return directory.personByUsername(user.getName()).map(person -> person.id())
				.orElseThrow(() -> new AccessDeniedException(user.getName() + " has no inbox: no person in the directory"));
	}

	private static Long lastEventId(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(header.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("Last-Event-ID", "must be the id of a notification event");
		}
	}
}
