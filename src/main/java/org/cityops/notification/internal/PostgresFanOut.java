package org.cityops.notification.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Hears the notification channel on a dedicated PostgreSQL connection (LISTEN) and hands each signal
 * to this node's streams: whichever node inserted a notification, every node's subscribers get it
 * when its transaction commits. Reconnects after losing the connection, then lets every stream
 * catch up on its unread count.
 */
@Component
class PostgresFanOut implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PostgresFanOut.class);
	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
	private static final int WAIT_MILLIS = 1000;
	private static final Duration RECONNECT_AFTER = Duration.ofSeconds(2);

	private final DataSource dataSource;
	private final LiveStreams streams;
	private final String channel;
	private volatile boolean running;
	private volatile Thread listener;

	PostgresFanOut(DataSource dataSource, LiveStreams streams, NotificationSettings settings) {
		if (!IDENTIFIER.matcher(settings.channel()).matches()) {
			throw new IllegalArgumentException("cityops.notification.channel must be a lower-case SQL identifier");
		}
		this.dataSource = dataSource;
		this.streams = streams;
		this.channel = settings.channel();
	}

	@Override
	public void start() {
		running = true;
		Thread thread = new Thread(this::listen, "notification-listen");
		thread.setDaemon(true);
		listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread thread = listener;
		listener = null;
		if (thread != null) {
			try {
				thread.join(2 * WAIT_MILLIS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return listener != null;
	}

	private void listen() {
		boolean reconnecting = false;
		while (running) {
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				statement.execute("listen " + channel);
				if (reconnecting) {
					streams.resync();
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] heard = postgres.getNotifications(WAIT_MILLIS);
					if (heard != null) {
						for (PGNotification notification : heard) {
							LiveSignal.parse(notification.getParameter()).ifPresent(this::pass);
						}
					}
				}
			}
			catch (SQLException | RuntimeException e) {
				if (running) {
					log.warn("Lost the notification channel {}; listening again in {}", channel, RECONNECT_AFTER, e);
					reconnecting = true;
					pause();
				}
			}
		}
	}

	private void pass(LiveSignal signal) {
		try {
			streams.signal(signal);
		}
		catch (RuntimeException e) {
			log.warn("Could not pass {} to the live streams", signal, e);
		}
	}

	/** A connection of its own, outside the pool, when the pool tells how to open one. */
	private Connection connect() throws SQLException {
		if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
		}
		return dataSource.getConnection();
	}

	private static void pause() {
		try {
			Thread.sleep(RECONNECT_AFTER.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
