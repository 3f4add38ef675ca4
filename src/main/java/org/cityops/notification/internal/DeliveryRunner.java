package org.cityops.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.cityops.notification.OutboundChannel;
import org.cityops.notification.OutboundFailure;
import org.cityops.notification.internal.DeliveryLog.Outcome;
import org.cityops.notification.internal.DeliveryLog.Pending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes one attempt of one delivery (run by the {@link DeliveryScheduler}) and records it:
 * delivered, to be retried after a growing wait, or given up after a permanent failure or the last
 * allowed attempt. Nothing is sent inside a database transaction.
 */
@Component
class DeliveryRunner {

	private static final Logger log = LoggerFactory.getLogger(DeliveryRunner.class);

	private final DeliveryLog deliveries;
	private final OutboundChannels channels;
	private final NotificationSettings.DeliverySettings settings;
	private final Clock clock;

	DeliveryRunner(DeliveryLog deliveries, OutboundChannels channels, NotificationSettings settings, Clock clock) {
		this.deliveries = deliveries;
		this.channels = channels;
		this.settings = settings.delivery();
		this.clock = clock;
	}

	/** Tries the delivery once; answers when to try again, empty when it is done (either way). */
	Optional<Instant> attempt(long id) {
		Optional<Pending> pending = deliveries.pending(id);
		if (pending.isEmpty()) {
			return Optional.empty();
		}
		int attempt = pending.get().attempts() + 1;
		Optional<OutboundChannel> channel = channels.byName(pending.get().channel());
		if (channel.isEmpty()) {
			deliveries.attempted(id, attempt, Outcome.FAILED, null, "no channel " + pending.get().channel()
					+ " is configured", Duration.ZERO, clock.instant(), null);
			return Optional.empty();
		}
		long started = System.nanoTime();
		try {
			channel.get().send(pending.get().message());
			deliveries.attempted(id, attempt, Outcome.DELIVERED, null, null, since(started), clock.instant(), null);
			return Optional.empty();
		}
		catch (OutboundFailure failure) {
			return failed(id, attempt, failure.permanent(), failure.statusCode(), failure.getMessage(), started);
		}
		catch (RuntimeException bug) {
			log.warn("Outbound channel {} failed on delivery {}", pending.get().channel(), id, bug);
			return failed(id, attempt, false, null, bug.toString(), started);
		}
	}

	private Optional<Instant> failed(long id, int attempt, boolean permanent, Integer status, String error,
			long started) {
		Instant now = clock.instant();
		if (permanent || attempt >= settings.maxAttempts()) {
			deliveries.attempted(id, attempt, Outcome.FAILED, status, error, since(started), now, null);
			log.warn("Gave up delivery {} after {} attempt(s): {}", id, attempt, error);
			return Optional.empty();
		}
		Instant next = now.plus(settings.backoff(attempt));
		deliveries.attempted(id, attempt, Outcome.RETRY, status, error, since(started), now, next);
		return Optional.of(next);
	}

	private static Duration since(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}
}
