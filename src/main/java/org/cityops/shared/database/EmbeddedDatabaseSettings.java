package org.cityops.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that runs when no database URL is configured.
 *
 * @param dataDirectory where the cluster lives; kept across restarts
 * @param port TCP port on the loopback interface, 0 for any free port
 * @param database the database the platform uses inside the cluster
 * @param durable keep fsync, synchronous_commit and full_page_writes on; only tests turn this off
 */
@ConfigurationProperties("cityops.embedded-db")
public record EmbeddedDatabaseSettings(
		@DefaultValue("data/pg") Path dataDirectory,
		@DefaultValue("0") int port,
		@DefaultValue("cityops") String database,
		@DefaultValue("true") boolean durable) {
}
