package org.cityops.sla.internal;

import java.time.Duration;
import java.time.Instant;

import org.cityops.sla.TimeLimit;
import org.cityops.sla.WorkingCalendar;

/**
 * Turns a limit into a due instant and a warning instant, counting wall-clock or working time.
 */
final class DeadlineCalculator {

	/** When a limit that started counting at {@code countedFrom} warns and falls due. */
	record Deadline(Instant countedFrom, Instant warningAt, Instant dueAt) {
	}

	private final WorkingCalendar calendar;
	private final double warningShare;

	DeadlineCalculator(WorkingCalendar calendar, double warningShare) {
		this.calendar = calendar;
		this.warningShare = warningShare;
	}

	Deadline deadline(TimeLimit limit, Instant countedFrom) {
		return switch (limit.unit()) {
			case ELAPSED -> new Deadline(countedFrom, countedFrom.plus(share(limit.duration())),
					countedFrom.plus(limit.duration()));
			case WORKING_TIME -> new Deadline(countedFrom,
					calendar.addWorkingTime(countedFrom, share(limit.duration())),
					calendar.addWorkingTime(countedFrom, limit.duration()));
			case WORKING_DAYS -> workingDays(countedFrom, (int) limit.amount());
		};
	}

	private Deadline workingDays(Instant countedFrom, int days) {
		Instant due = calendar.addWorkingDays(countedFrom, days);
		Duration available = calendar.workingTimeBetween(countedFrom, due);
		return new Deadline(countedFrom, calendar.addWorkingTime(countedFrom, share(available)), due);
	}

	private Duration share(Duration limit) {
		return Duration.ofMillis(Math.round(limit.toMillis() * warningShare));
	}
}
