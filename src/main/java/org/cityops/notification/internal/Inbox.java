package org.cityops.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityops.notification.Notification;
import org.cityops.notification.NotificationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inbox table. A new notification is announced with {@code pg_notify} in the inserting
 * statement, so every node hears of it exactly when its transaction commits. The announcement's
 * payload is {@link LiveSignal#payload()}'s, written in SQL.
 */
@Repository
class Inbox {

	private final JdbcClient jdbc;
	private final String channel;

	Inbox(JdbcClient jdbc, NotificationSettings settings) {
		this.jdbc = jdbc;
		this.channel = settings.channel();
	}

	/**
	 * Adds the notice to each person's inbox unless they already have one for this event, and
	 * announces each new entry: one statement for all of them (an escalation tells ten people or so).
	 *
	 * @return how many entries are new
	 */
	int add(Collection<UUID> people, Notice notice) {
		if (people.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				with added as (
				  insert into notification.inbox (person_id, event_key, kind, case_id, title, body, created_at)
				  select person, ?, ?, ?, ?, ?, ? from unnest(?) with ordinality as told(person, position)
				  order by position
				  on conflict on constraint inbox_once do nothing
				  returning id, person_id)
				select pg_notify(?, 'added:' || id || ':' || person_id) from added order by id""")
				.params(notice.eventKey(), notice.kind().name(), notice.caseId(), notice.title(), notice.body(),
						Timestamp.from(notice.at()), people.toArray(UUID[]::new), channel)
				.query((rs, row) -> row).list().size();
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
