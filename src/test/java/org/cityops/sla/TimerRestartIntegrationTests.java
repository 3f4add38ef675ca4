package org.cityops.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.cityops.shared.time.MutableClock;
import org.cityops.shared.time.MutableClockConfiguration;
import org.cityops.sla.SlaTestConfiguration.SlaEvents;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Timers outlive the application: started by one application context, fired by the next one on the
 * same database.
 */
class TimerRestartIntegrationTests {

	@Test
	void aTimerScheduledBeforeARestartFiresAfterIt() {
		String caseId = "case-" + UUID.randomUUID();
		try (ConfigurableApplicationContext before = startApplication()) {
			before.getBean(MutableClock.class).set("2026-03-02T09:00");
			before.getBean(SlaManagement.class).startStage(new StageStart(caseId, Stage.SIGN, null,
					StageTimerIntegrationTests.GRID, false, before.getBean(MutableClock.class).instant()));
		}

		try (ConfigurableApplicationContext after = startApplication()) {
			after.getBean(MutableClock.class).set("2026-03-02T11:01");
			new DueTimers(after).run();

			SlaEvents events = after.getBean(SlaEvents.class);
			assertThat(events.of(StageDeadlineApproaching.class, caseId)).hasSize(1);
			assertThat(events.of(StageDeadlineBreached.class, caseId)).hasSize(1);
			assertThat(after.getBean(SlaManagement.class).deadlines(caseId)).singleElement()
					.satisfies(deadline -> assertThat(deadline.breached()).isTrue());
		}
	}

	private static ConfigurableApplicationContext startApplication() {
		return ApplicationRuns.start(new Class<?>[] { MutableClockConfiguration.class, SlaTestConfiguration.class });
	}
}
