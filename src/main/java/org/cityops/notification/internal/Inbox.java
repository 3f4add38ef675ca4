package org.cityops.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityops.notification.Notification;
import org.cityops.notification.NotificationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inbox table. A new notification is announced with {@code pg_notify} in the inserting
 * transaction, so every node hears of it exactly when it commits.
 */
@Repository
class Inbox {

	private final JdbcClient jdbc;
	private final String channel;

	Inbox(JdbcClient jdbc, NotificationSettings settings) {
		this.jdbc = jdbc;
		this.channel = settings.channel();
	}

	/** Adds a notification unless the person already has one for this event; announces it. */
	Optional<Long> add(UUID person, Notice notice) {
		Optional<Long> id = jdbc.sql("""
				insert into notification.inbox (person_id, event_key, kind, case_id, title, body, created_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict on constraint inbox_once do nothing
				returning id""")
				.params(person, notice.eventKey(), notice.kind().name(), notice.caseId(), notice.title(), notice.body(),
						Timestamp.from(notice.at()))
				.query(Long.class).optional();
		id.ifPresent(added -> announce(LiveSignal.added(added, person)));
		return id;
	}

	void announce(LiveSignal signal) {
		jdbc.sql("select pg_notify(?, ?)").params(channel, signal.payload()).query((rs, row) -> 1).list();
	}

	List<Notification> page(UUID person, boolean unreadOnly, int page, int size) {
		return jdbc.sql("select * from notification.inbox where person_id = ?" + (unreadOnly ? " and read_at is null" : "")
				+ " order by id desc limit ? offset ?")
				.params(person, size, (long) page * size).query(Inbox::notification).list();
	}

	long count(UUID person, boolean unreadOnly) {
		return jdbc.sql("select count(*) from notification.inbox where person_id = ?"
				+ (unreadOnly ? " and read_at is null" : "")).param(person).query(Long.class).single();
	}

	Optional<Notification> find(UUID person, long id) {
		return jdbc.sql("select * from notification.inbox where id = ? and person_id = ?").params(id, person)
				.query(Inbox::notification).optional();
	}

	/** Notifications newer than {@code afterId}, oldest first: what a reconnecting stream missed. */
	List<Notification> after(UUID person, long afterId, int limit) {
		return jdbc.sql("""
				select * from (select * from notification.inbox where person_id = ? and id > ?
				               order by id desc limit ?) missed
				order by id""").params(person, afterId, limit).query(Inbox::notification).list();
	}

	boolean markRead(UUID person, long id, Instant at) {
		return jdbc.sql("update notification.inbox set read_at = ? where id = ? and person_id = ? and read_at is null")
				.params(Timestamp.from(at), id, person).update() > 0;
	}

	int markAllRead(UUID person, Instant at) {
		return jdbc.sql("update notification.inbox set read_at = ? where person_id = ? and read_at is null")
				.params(Timestamp.from(at), person).update();
	}

	private static Notification notification(ResultSet rs, int row) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		return new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")), rs.getString("case_id"),
				rs.getString("title"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
				read == null ? null : read.toInstant());
	}
}
