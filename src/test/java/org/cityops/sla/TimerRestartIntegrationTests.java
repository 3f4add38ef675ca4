package org.cityops.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.cityops.CityOpsApplication;
import org.cityops.shared.time.MutableClock;
import org.cityops.shared.time.MutableClockConfiguration;
import org.cityops.sla.SlaTestConfiguration.SlaEvents;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

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
		return new SpringApplicationBuilder(CityOpsApplication.class, MutableClockConfiguration.class,
				SlaTestConfiguration.class)
				.web(WebApplicationType.SERVLET)
				.properties("server.port=0")
				.initializers(context -> context.getBeanFactory().registerSingleton("onlyNamedTestConfigurations",
						new SkipScannedTestConfigurations()))
				.run();
	}

	/** Other tests' configurations in the test class path stay out of these contexts, as in Spring tests. */
	static class SkipScannedTestConfigurations extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			AnnotationMetadata type = reader.getAnnotationMetadata();
			return type.hasAnnotation(TestConfiguration.class.getName())
					|| type.hasAnnotation(TestComponent.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}
	}
}
