package org.cityops.sla;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * What the time-limit tests add to the application: a recorder of the events the module publishes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SlaTestConfiguration {

	@Bean
	SlaEvents slaEvents() {
		return new SlaEvents();
	}

	/** Every event the module published, in order (recorded as published, in the publishing thread). */
	public static class SlaEvents {

		private final List<Object> published = new CopyOnWriteArrayList<>();

		@EventListener
		void on(StageDeadlineApproaching event) {
			published.add(event);
		}

		@EventListener
		void on(StageDeadlineBreached event) {
			published.add(event);
		}

		@EventListener
		void on(AreaModeSwitched event) {
			published.add(event);
		}

		/** Another module's reaction to a breach: makes the JDBC registry record the publication. */
		@ApplicationModuleListener
		void escalate(StageDeadlineBreached event) {
		}

		public <T> List<T> of(Class<T> type, String caseId) {
			return published.stream().filter(type::isInstance).map(type::cast)
					.filter(event -> caseId == null || caseId.equals(caseIdOf(event))).toList();
		}

		private static String caseIdOf(Object event) {
			if (event instanceof StageDeadlineApproaching approaching) {
				return approaching.caseId();
			}
			return event instanceof StageDeadlineBreached breached ? breached.caseId() : null;
		}
	}
}
