package org.cityops.notification.internal;

import org.cityops.directory.PersonId;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Opens a person's live stream for the web layer.
 */
@Component
public class NotificationStreams {

	private final LiveStreams streams;

	NotificationStreams(LiveStreams streams) {
		this.streams = streams;
	}

	/**
	 * @param lastEventId the last notification id the client saw (from {@code Last-Event-ID}), to
	 * replay what it missed; {@code null} for none
	 */
	public SseEmitter open(PersonId person, Long lastEventId) {
		return streams.open(person.value(), lastEventId);
	}
}
