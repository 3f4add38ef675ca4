package org.cityops.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityops.sla.internal.OfficeCalendarUnitTests.at;

import org.cityops.sla.TimeLimit;
import org.junit.jupiter.api.Test;

class DeadlineCalculatorUnitTests {

	final DeadlineCalculator calculator = new DeadlineCalculator(OfficeCalendarUnitTests.calendar, 0.8);

	@Test
	void wallClockLimitsWarnAtTheShareOfTheirDuration() {
		DeadlineCalculator.Deadline deadline = calculator.deadline(TimeLimit.of("PT20M"), at("2025-10-02T03:00"));

		assertThat(deadline.warningAt()).isEqualTo(at("2025-10-02T03:16"));
		assertThat(deadline.dueAt()).isEqualTo(at("2025-10-02T03:20"));
	}

	@Test
	void workingTimeLimitsWarnAtTheShareOfTheirWorkingTime() {
		// 5 working hours from Friday 16:00: 1.5 h Friday, 3.5 h on the make-up Sunday morning.
		DeadlineCalculator.Deadline deadline = calculator.deadline(TimeLimit.of("5wh"), at("2025-09-26T16:00"));

		assertThat(deadline.warningAt()).isEqualTo(at("2025-09-28T11:00"));
		assertThat(deadline.dueAt()).isEqualTo(at("2025-09-28T12:00"));
	}

	@Test
	void workingDayLimitsWarnAtTheShareOfTheWorkingTimeLeft() {
		// Friday 16:00 + 1 working day = make-up Sunday 17:30; 1.5 h + 7 h of office hours in between.
		DeadlineCalculator.Deadline deadline = calculator.deadline(TimeLimit.of("1wd"), at("2025-09-26T16:00"));

		assertThat(deadline.dueAt()).isEqualTo(at("2025-09-28T17:30"));
		assertThat(deadline.warningAt()).isEqualTo(at("2025-09-28T15:48"));
	}
}
