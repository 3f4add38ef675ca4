package org.cityops.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIntegrationTests {

	@TempDir
	Path directory;

	@Test
	void runsWithFsyncSynchronousCommitAndFullPageWritesOn() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(durable(directory))) {
			assertThat(query(server, "show fsync")).isEqualTo("on");
			assertThat(query(server, "show synchronous_commit")).isEqualTo("on");
			assertThat(query(server, "show full_page_writes")).isEqualTo("on");
		}
	}

	@Test
	void keepsDataAcrossRestarts() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(durable(directory))) {
			execute(server, "create table kept (note text)");
			execute(server, "insert into kept values ('still here')");
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(durable(directory))) {
			assertThat(query(server, "select note from kept")).isEqualTo("still here");
		}
	}

	@Test
	void recoversFromAPostmasterLeftByAKilledRun() throws Exception {
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), StalePostmasterFixture.class.getName(), directory.toString())
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
		try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null && !line.contains("READY")) {
				// the child's log lines until it has written its row
			}
		}
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(EmbeddedPostgresServer.stalePostmaster(directory)).as("postmaster outlives its killed JVM").isPresent();

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(durable(directory))) {
			assertThat(query(server, "select count(*) from acknowledged")).isEqualTo("1");
		}
		assertThat(new File(directory.toFile(), "postmaster.pid")).doesNotExist();
	}

	private static EmbeddedDatabaseSettings durable(Path directory) {
		return new EmbeddedDatabaseSettings(directory, 0, "cityops", true);
	}

	private static String query(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
