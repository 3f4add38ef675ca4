package org.cityops.directory.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each loader imported last (a fingerprint of its input and how many rows it wrote), so that a
 * restart recognises data it already has instead of loading it again.
 */
@Repository
public class ImportRecords {

	private final JdbcClient jdbc;
	private final Clock clock;

	ImportRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Serialises loaders of several nodes starting together; held until the transaction ends. */
	public void lock() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('cityops.directory.import'))").query().singleValue();
	}

	public Optional<String> fingerprint(String name) {
		return jdbc.sql("select fingerprint from directory.import_record where name = ?").param(name)
				.query(String.class).optional();
	}

	public boolean isCurrent(String name, String fingerprint) {
		return fingerprint(name).filter(fingerprint::equals).isPresent();
	}

	public void record(String name, String fingerprint, int rows) {
		jdbc.sql("""
				insert into directory.import_record (name, fingerprint, row_count, imported_at) values (?, ?, ?, ?)
				on conflict (name) do update set fingerprint = excluded.fingerprint, row_count = excluded.row_count,
				  imported_at = excluded.imported_at""")
				.params(name, fingerprint, rows, OffsetDateTime.now(clock))
				.update();
	}
}
