package org.cityops.notification.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cityops.notification.Notification;
import org.cityops.notification.NotificationKind;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent-event streams open on this node, by person. Sends each new notification of a person
 * to all of their streams (events {@value #NOTIFICATION} and {@value #UNREAD}), a comment line as
 * heartbeat, and forgets streams that completed, timed out or failed.
 */
@Component
class LiveStreams implements SmartLifecycle {

	static final String NOTIFICATION = "notification";
	static final String UNREAD = "unread";

	private final Map<UUID, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
	private final Inbox inbox;
	private final NotificationSettings.StreamSettings settings;
	private volatile ScheduledExecutorService heartbeats;

	LiveStreams(Inbox inbox, NotificationSettings settings) {
		this.inbox = inbox;
		this.settings = settings.stream();
	}

	/**
	 * An event of the stream: a notification, with the person's unread count after it.
	 *
	 * @param unread how many of the person's notifications are unread
	 */
	record LiveNotification(long id, NotificationKind kind, String caseId, String title, String body,
			Instant createdAt, long unread) {

		static LiveNotification of(Notification notification, long unread) {
			return new LiveNotification(notification.id(), notification.kind(), notification.caseId(),
					notification.title(), notification.body(), notification.createdAt(), unread);
		}
	}

	/** The unread count, sent on connect and whenever the person reads something. */
	record UnreadCount(long unread) {
	}

	/** Opens a stream; replays what a reconnecting client missed since {@code lastEventId}. */
	SseEmitter open(UUID person, Long lastEventId) {
		SseEmitter emitter = new SseEmitter(settings.timeout().toMillis());
		Set<SseEmitter> mine = streams.computeIfAbsent(person, key -> ConcurrentHashMap.newKeySet());
		mine.add(emitter);
		emitter.onCompletion(() -> forget(person, emitter));
		emitter.onTimeout(() -> forget(person, emitter));
		emitter.onError(error -> forget(person, emitter));
		long unread = inbox.count(person, true);
		try {
			emitter.send(SseEmitter.event().name(UNREAD).reconnectTime(settings.reconnect().toMillis())
					.data(new UnreadCount(unread), MediaType.APPLICATION_JSON));
			if (lastEventId != null) {
				for (Notification missed : inbox.after(person, lastEventId, settings.replay())) {
					emitter.send(event(missed, unread));
				}
			}
		}
		catch (IOException gone) {
			forget(person, emitter);
		}
		return emitter;
	}

	/** Passes a signal heard on the notification channel to the person's streams here, if any. */
	void signal(LiveSignal signal) {
		Set<SseEmitter> mine = streams.get(signal.person());
		if (mine == null || mine.isEmpty()) {
			return;
		}
		long unread = inbox.count(signal.person(), true);
		Optional<SseEmitter.SseEventBuilder> event = signal.notificationId() == null
				? Optional.of(SseEmitter.event().name(UNREAD).data(new UnreadCount(unread), MediaType.APPLICATION_JSON))
				: inbox.find(signal.person(), signal.notificationId()).map(found -> event(found, unread));
		event.ifPresent(send -> mine.forEach(emitter -> send(signal.person(), emitter, send)));
	}

	/** After the channel was lost for a while: every stream gets its current unread count. */
	void resync() {
		streams.keySet().forEach(person -> signal(LiveSignal.read(person)));
	}

	int openStreams(UUID person) {
		Set<SseEmitter> mine = streams.get(person);
		return mine == null ? 0 : mine.size();
	}

	private static SseEmitter.SseEventBuilder event(Notification notification, long unread) {
		return SseEmitter.event().id(String.valueOf(notification.id())).name(NOTIFICATION)
				.data(LiveNotification.of(notification, unread), MediaType.APPLICATION_JSON);
	}

	private void send(UUID person, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException gone) {
			forget(person, emitter);
		}
	}

	private void heartbeat() {
		streams.forEach((person, mine) -> mine.forEach(emitter -> send(person, emitter,
				SseEmitter.event().comment("heartbeat"))));
	}

	private void forget(UUID person, SseEmitter emitter) {
		streams.computeIfPresent(person, (key, mine) -> {
			mine.remove(emitter);
			return mine.isEmpty() ? null : mine;
		});
	}

	@Override
	public void start() {
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "notification-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long every = settings.heartbeat().toMillis();
		scheduler.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
		heartbeats = scheduler;
	}

	@Override
	public void stop() {
		ScheduledExecutorService scheduler = heartbeats;
		heartbeats = null;
		if (scheduler != null) {
			scheduler.shutdownNow();
		}
		streams.values().forEach(mine -> mine.forEach(SseEmitter::complete));
		streams.clear();
	}

	@Override
	public boolean isRunning() {
		return heartbeats != null;
	}
}
