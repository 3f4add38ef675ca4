package org.cityops.sla.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.cityops.sla.StageDeadlineApproaching;
import org.cityops.sla.StageDeadlineBreached;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a stage timer does when it fires: marks the clock warned or breached and announces it, in
 * one transaction. The mark is conditional, so a timer run again after a crash announces nothing new.
 */
@Component
class DeadlineAlarms {

	private final StageClocks clocks;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	DeadlineAlarms(StageClocks clocks, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
		this.clocks = clocks;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	void ring(StageTimers.Alarm alarm) {
		transaction.executeWithoutResult(status -> {
			Instant now = clock.instant();
			if (alarm.kind() == StageTimers.Kind.WARNING) {
				warn(alarm.clockId(), now);
			}
			else {
				breach(alarm.clockId(), now);
			}
		});
	}

	private void warn(UUID clockId, Instant now) {
		clocks.markWarned(clockId, now).ifPresent(clock -> events.publishEvent(
				new StageDeadlineApproaching(clock.caseId(), clock.stage(), clock.dueAt(), clock.mode(), now)));
	}

	private void breach(UUID clockId, Instant now) {
		clocks.markBreached(clockId, now).ifPresent(clock -> events.publishEvent(
				new StageDeadlineBreached(clock.caseId(), clock.stage(), clock.dueAt(), clock.mode(), now)));
	}
}
