package org.cityops.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * Run in a child JVM by {@link EmbeddedPostgresServerIntegrationTests}: starts the embedded server,
 * writes a row, says READY and waits to be killed, leaving its postmaster behind.
 */
public final class StalePostmasterFixture {

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer
				.start(new EmbeddedDatabaseSettings(Path.of(args[0]), 0, "cityops", true));
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table acknowledged (id int primary key)");
			statement.execute("insert into acknowledged values (1)");
		}
		System.out.println("READY");
		System.out.flush();
		new CountDownLatch(1).await();
	}
}
