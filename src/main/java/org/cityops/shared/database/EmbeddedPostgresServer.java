package org.cityops.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL cluster run by the platform itself from a data directory that survives restarts.
 * <p>
 * The embedded library starts PostgreSQL with {@code -F} (fsync off) and {@code synchronous_commit=off};
 * a durable server turns fsync, synchronous_commit and full_page_writes back on, because an
 * acknowledged case must survive a power cut. A postmaster left running by a killed JVM is shut
 * down before the new one starts.
 */
public class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final Duration STALE_SHUTDOWN_WAIT = Duration.ofSeconds(60);

	private final EmbeddedPostgres postgres;
	private final String database;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, String database) {
		this.postgres = postgres;
		this.database = database;
	}

	/**
	 * Starts (initialising on first use) the cluster in the given directory and makes sure the
	 * platform's database exists.
	 */
	public static EmbeddedPostgresServer start(EmbeddedDatabaseSettings settings) {
		Path directory = settings.dataDirectory().toAbsolutePath();
		try {
			Files.createDirectories(directory);
			stopStalePostmaster(directory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setDataDirectory(directory)
					.setCleanDataDirectory(false)
					.setRegisterShutdownHook(false)
					.setPort(settings.port())
					.setPGStartupWait(Duration.ofMinutes(2))
					.setServerConfig("max_connections", "200");
			String onOff = settings.durable() ? "on" : "off";
			builder.setServerConfig("fsync", onOff)
					.setServerConfig("synchronous_commit", onOff)
					.setServerConfig("full_page_writes", onOff);
			EmbeddedPostgres postgres = builder.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, settings.database());
			server.createDatabaseIfMissing();
			log.info("Embedded PostgreSQL {} on port {} (data in {}, durable={})", server.jdbcUrl(),
					postgres.getPort(), directory, settings.durable());
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
		}
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", database);
	}

	public String username() {
		return "postgres";
	}

	public int port() {
		return postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		log.info("Stopping the embedded PostgreSQL");
		postgres.close();
	}

	private void createDatabaseIfMissing() {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			query.setString(1, database);
			try (ResultSet rows = query.executeQuery()) {
				if (rows.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("create database \"" + database.replace("\"", "") + "\" encoding 'UTF8'");
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create database " + database, e);
		}
	}

	/**
	 * A JVM killed with SIGKILL leaves its postmaster running, holding the data directory. Ask it to
	 * shut down (SIGTERM: smart shutdown; the dead JVM's sessions are already gone) and wait.
	 */
	static void stopStalePostmaster(Path directory) throws IOException {
		Optional<ProcessHandle> stale = stalePostmaster(directory);
		if (stale.isEmpty()) {
			return;
		}
		ProcessHandle postmaster = stale.get();
		log.warn("A postmaster (pid {}) from an earlier run still holds {}; shutting it down", postmaster.pid(),
				directory);
		CompletableFuture<ProcessHandle> exited = postmaster.onExit();
		postmaster.destroy();
		try {
			exited.get(STALE_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("The stale postmaster " + postmaster.pid() + " did not stop within "
					+ STALE_SHUTDOWN_WAIT + "; stop it by hand", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the stale postmaster", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("Could not wait for the stale postmaster", e);
		}
	}

	static Optional<ProcessHandle> stalePostmaster(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
		long pid;
		try {
			pid = Long.parseLong(firstLine);
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
	}
}
