package org.cityops.notification.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.cityops.notification.OutboundMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Outbound deliveries and their attempts (append-only).
 */
@Repository
class DeliveryLog {

	enum Outcome {
		DELIVERED, RETRY, FAILED
	}

	/** A delivery still to be made. */
	record Pending(long id, String channel, int attempts, OutboundMessage message) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;

	DeliveryLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Records a delivery unless this event already has one for the recipient and channel. */
	Optional<Long> add(String eventKey, String recipient, String channel, OutboundMessage message, Instant at) {
		return jdbc.sql("""
				insert into notification.delivery (event_key, recipient, channel, message, state, created_at,
				                                   next_attempt_at)
				values (?, ?, ?, cast(? as jsonb), 'PENDING', ?, ?)
				on conflict on constraint delivery_once do nothing
				returning id""")
				.params(eventKey, recipient, channel, json.writeValueAsString(message), Timestamp.from(at),
						Timestamp.from(at))
				.query(Long.class).optional();
	}

	Optional<Pending> pending(long id) {
		return jdbc.sql("select channel, attempts, message::text as message from notification.delivery "
				+ "where id = ? and state = 'PENDING'").param(id)
				.query((rs, row) -> new Pending(id, rs.getString("channel"), rs.getInt("attempts"),
						withId(json.readValue(rs.getString("message"), OutboundMessage.class), id)))
				.optional();
	}

	/**
	 * Records an attempt and where the delivery stands after it.
	 *
	 * @param nextAttempt when it is tried again ({@link Outcome#RETRY} only)
	 */
	@Transactional
	void attempted(long id, int attempt, Outcome outcome, Integer statusCode, String error, Duration took, Instant at,
			Instant nextAttempt) {
		jdbc.sql("""
				insert into notification.delivery_attempt (delivery_id, attempt, at, outcome, status_code, error,
				                                           duration_ms)
				values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, attempt, Timestamp.from(at), outcome.name(), statusCode, error, took.toMillis()).update();
		jdbc.sql("""
				update notification.delivery
				set attempts = ?, state = ?, last_error = ?, next_attempt_at = ?, finished_at = ?
				where id = ?""")
				.params(attempt, outcome == Outcome.RETRY ? "PENDING" : outcome.name(), error,
						nextAttempt == null ? null : Timestamp.from(nextAttempt),
						outcome == Outcome.RETRY ? null : Timestamp.from(at), id)
				.update();
	}

	private static OutboundMessage withId(OutboundMessage message, long id) {
		return new OutboundMessage(id, message.kind(), message.caseId(), message.title(), message.body(),
				message.recipient(), message.createdAt());
	}
}
