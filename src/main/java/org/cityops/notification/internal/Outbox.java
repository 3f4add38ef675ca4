package org.cityops.notification.internal;

import java.time.Clock;
import java.time.Instant;

import org.cityops.notification.OutboundChannel;
import org.cityops.notification.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * Queues outbound deliveries: a delivery row per accepting channel and a db-scheduler task to make
 * it, both in the caller's transaction, so a delivery exists exactly when its notification does.
 */
@Component
class Outbox {

	private final DeliveryLog log;
	private final OutboundChannels channels;
	private final DeliveryScheduler scheduler;
	private final Clock clock;

	Outbox(DeliveryLog log, OutboundChannels channels, DeliveryScheduler scheduler, Clock clock) {
		this.log = log;
		this.channels = channels;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	void queue(Notice notice, Recipient recipient) {
		OutboundMessage draft = new OutboundMessage(0, notice.kind(), notice.caseId(), notice.title(), notice.body(),
				recipient.outbound(), notice.at());
		Instant now = clock.instant();
		for (OutboundChannel channel : channels.all()) {
			if (channel.accepts(draft)) {
				log.add(notice.eventKey(), recipient.key(), channel.name(), draft, now)
						.ifPresent(id -> scheduler.schedule(id, now));
			}
		}
	}
}
