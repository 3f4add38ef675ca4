package org.cityops.directory.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.cityops.directory.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Login accounts: a username and a password hash for a person.
 */
@Repository
public class Accounts {

	private final JdbcClient jdbc;
	private final Clock clock;

	Accounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Opens an account unless the username is taken; answers whether it did. */
	public boolean open(String username, PersonId person, String passwordHash) {
		return jdbc.sql("""
				insert into directory.account (username, person_id, password_hash, enabled, created_at)
				values (?, ?, ?, true, ?) on conflict do nothing""")
				.params(username, person.value(), passwordHash, OffsetDateTime.now(clock))
				.update() > 0;
	}
}
