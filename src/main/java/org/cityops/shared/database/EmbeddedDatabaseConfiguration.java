package org.cityops.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Runs the embedded PostgreSQL when no server is configured ({@code CITYOPS_DB_URL} or
 * {@code spring.datasource.url}). The data source depends on the server, so on shutdown the pool
 * closes before PostgreSQL stops.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseUrlConfigured.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseSettings settings) {
		return EmbeddedPostgresServer.start(settings);
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		return DataSourceBuilder.create()
				.type(HikariDataSource.class)
				.url(server.jdbcUrl())
				.username(server.username())
				.build();
	}

}
