package org.cityops.notification.internal;

import java.time.Clock;
import java.time.Instant;

import org.cityops.notification.OutboundChannel;
import org.cityops.notification.OutboundMessage;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

/**
 * Queues outbound deliveries: a delivery row per accepting channel and a db-scheduler task to make
 * it, both in the caller's transaction (the time-limit module's scheduler client works on the
 * transaction's connection), so a delivery exists exactly when its notification does.
 */
@Component
class Outbox {

	private final DeliveryLog log;
	private final OutboundChannels channels;
	private final SchedulerClient scheduler;
	private final Clock clock;

	Outbox(DeliveryLog log, OutboundChannels channels, SchedulerClient scheduler, Clock clock) {
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
				log.add(notice.eventKey(), recipient.key(), channel.name(), draft, now).ifPresent(id -> scheduler
						.scheduleIfNotExists(new TaskInstance<Void>(DeliveryRunner.TASK_NAME, String.valueOf(id)), now));
			}
		}
	}
}
