package org.cityops.dispatch;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records the case pool's events whatever thread publishes them (HTTP requests run on server
 * threads, which {@code @RecordApplicationEvents} does not see).
 */
@TestConfiguration(proxyBeanMethods = false)
public class PublishedEvents {

	@Bean
	Recorder caseEventRecorder(JdbcClient jdbc) {
		return new Recorder(jdbc);
	}

	/**
	 * Every case event published since the context started, and the database transaction each was
	 * published in.
	 */
	public static class Recorder {

		private final List<Object> events = new CopyOnWriteArrayList<>();
		private final Map<Object, Long> transactions = Collections.synchronizedMap(new IdentityHashMap<>());
		private final JdbcClient jdbc;

		Recorder(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@EventListener
		void on(CaseOpened event) {
			record(event);
		}

		@EventListener
		void on(CaseClosed event) {
			record(event);
		}

		@EventListener
		void on(CaseEscalated event) {
			record(event);
		}

		@EventListener
		void on(AccountabilityOpened event) {
			record(event);
		}

		@EventListener
		void on(org.cityops.triage.RiskDetected event) {
			record(event);
		}

		private void record(Object event) {
			if (TransactionSynchronizationManager.isActualTransactionActive()) {
				transactions.put(event, jdbc.sql("select txid_current()").query(Long.class).single());
			}
			events.add(event);
		}

		/**
		 * The id of the PostgreSQL transaction the event was published in; empty when it was published
		 * outside one.
		 */
		public Optional<Long> transactionOf(Object event) {
			return Optional.ofNullable(transactions.get(event));
		}

		public <T> List<T> of(Class<T> type) {
			return events.stream().filter(type::isInstance).map(type::cast).toList();
		}
	}
}
