package org.cityops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives every test JVM a database of its own: on the server named by {@code CITYOPS_TEST_DB_URL}
 * (a fresh database, dropped when the JVM exits), or else in an embedded PostgreSQL in a temporary
 * directory. Registered for every Spring test context through {@code META-INF/spring.factories}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final List<ConfigurableApplicationContext> contexts = new CopyOnWriteArrayList<>();
	private static Target target;
	private static volatile Runnable cleanUp;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		contexts.add(context);
		Target database = target();
		TestPropertyValues.of(
				"spring.datasource.url=" + database.url(),
				"spring.datasource.username=" + database.username(),
				"spring.datasource.password=" + database.password())
				.applyTo(context);
	}

	/** The JDBC URL, user and password of this JVM's test database. */
	public static synchronized Target target() {
		if (target == null) {
			String server = System.getenv("CITYOPS_TEST_DB_URL");
			target = StringUtils.hasText(server) ? onServer(server) : embedded();
		}
		return target;
	}

	private static Target onServer(String serverUrl) {
		String user = envOr("CITYOPS_TEST_DB_USER", "postgres");
		String password = envOr("CITYOPS_TEST_DB_PASSWORD", "");
		String name = "cityops_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
		execute(serverUrl, user, password, "create database " + name + " encoding 'UTF8' template template0");
		afterContextsClose(() -> execute(serverUrl, user, password, "drop database if exists " + name + " with (force)"));
		return new Target(withDatabase(serverUrl, name), user, password);
	}

	private static Target embedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(0).setRegisterShutdownHook(false).start();
			String url = postgres.getJdbcUrl("postgres", "postgres");
			execute(url, "postgres", "", "create database cityops_test encoding 'UTF8'");
			afterContextsClose(() -> {
				try {
					postgres.close();
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			return new Target(postgres.getJdbcUrl("postgres", "cityops_test"), "postgres", "");
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
		}
	}

	/**
	 * At JVM exit, closes the Spring contexts first (a pool that loses its database mid-shutdown waits
	 * for it), then runs the cleanup. This is the only hook that closes them: the tests switch off Spring
	 * Boot's own ({@code spring.main.register-shutdown-hook=false}), which would close them concurrently
	 * and let the database go while a context still needed it.
	 */
	private static void afterContextsClose(Runnable cleanup) {
		AtomicBoolean done = new AtomicBoolean();
		cleanUp = () -> {
			if (done.compareAndSet(false, true)) {
				contexts.forEach(ConfigurableApplicationContext::close);
				cleanup.run();
			}
		};
		Runtime.getRuntime().addShutdownHook(new Thread(cleanUp));
	}

	/**
	 * Closes the contexts and drops (or stops) the database now instead of at JVM exit, for programs
	 * that end inside a JVM that outlives them: run by {@code mvn exec:java}, the timer benchmark left
	 * its database on the server every time (most likely because the exit hook runs after the plugin
	 * has closed the program's class loader). Later calls, and the exit hook, do nothing.
	 */
	public static void cleanUpNow() {
		Runnable now = cleanUp;
		if (now != null) {
			now.run();
		}
	}

	static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = query < 0 ? url : url.substring(0, query);
		String parameters = query < 0 ? "" : url.substring(query);
		return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
	}

	private static void execute(String url, String user, String password, String sql) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Test database: could not run '" + sql + "' on " + url, e);
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return StringUtils.hasText(value) ? value : fallback;
	}

	public record Target(String url, String username, String password) {
	}
}
