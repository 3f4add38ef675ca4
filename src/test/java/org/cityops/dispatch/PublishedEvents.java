package org.cityops.dispatch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * Records the case pool's events whatever thread publishes them (HTTP requests run on server
 * threads, which {@code @RecordApplicationEvents} does not see).
 */
@TestConfiguration(proxyBeanMethods = false)
public class PublishedEvents {

	@Bean
	Recorder caseEventRecorder() {
		return new Recorder();
	}

	/** Every case event published since the context started. */
	public static class Recorder {

		private final List<Object> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(CaseClosed event) {
			events.add(event);
		}

		@EventListener
		void on(CaseEscalated event) {
			events.add(event);
		}

		@EventListener
		void on(AccountabilityOpened event) {
			events.add(event);
		}

		@EventListener
		void on(org.cityops.triage.RiskDetected event) {
			events.add(event);
		}

		public <T> List<T> of(Class<T> type) {
			return events.stream().filter(type::isInstance).map(type::cast).toList();
		}
	}
}
