package org.cityops.directory.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityops.directory.internal.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.keygen.BytesKeyGenerator;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Repository;

/**
 * Opaque bearer tokens for the API: 32 random bytes shown once to the user who asked; only their
 * SHA-256 hash is stored, with an expiry and a revocation time.
 */
@Repository
class ApiTokens {

	static final String PREFIX = "cityops_";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final BytesKeyGenerator keys = KeyGenerators.secureRandom(32);

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A token just issued; {@code token} is never shown again. */
	record Issued(UUID id, String token, Instant issuedAt, Instant expiresAt) {
	}

	/** A stored token as its owner sees it (without the secret). */
	record Listed(UUID id, Instant issuedAt, Instant expiresAt, Instant revokedAt) {
	}

	Issued issue(String username, Duration validity) {
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(keys.generateKey());
		Instant now = clock.instant();
		Issued issued = new Issued(UUID.randomUUID(), token, now, now.plus(validity));
		jdbc.sql("""
				insert into directory.api_token (id, username, token_hash, issued_at, expires_at)
				values (?, ?, ?, ?, ?)""")
				.params(issued.id(), username, Sha256.hex(token), at(issued.issuedAt()), at(issued.expiresAt()))
				.update();
		return issued;
	}

	/**
	 * The owner of a token that is neither expired nor revoked and whose account is enabled, with
	 * the roles the account has now (as {@code ROLE_…} authorities), in one query: this runs
	 * on every API request.
	 */
	Optional<Owner> owner(String token) {
		return jdbc.sql("""
				select t.id, t.username, t.issued_at, t.expires_at,
				       array(select 'ROLE_' || r.role from directory.person_role r where r.person_id = a.person_id) as authorities
				from directory.api_token t
				join directory.account a on a.username = t.username
				where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and a.enabled""")
				.params(Sha256.hex(token), at(clock.instant()))
				.query((rs, row) -> new Owner(rs.getObject("id", UUID.class), rs.getString("username"),
						rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
						rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
						List.of((String[]) rs.getArray("authorities").getArray())))
				.optional();
	}

	record Owner(UUID tokenId, String username, Instant issuedAt, Instant expiresAt, List<String> authorities) {
	}

	List<Listed> of(String username) {
		return jdbc.sql("""
				select id, issued_at, expires_at, revoked_at from directory.api_token
				where username = ? order by issued_at desc""")
				.param(username)
				.query((rs, row) -> new Listed(rs.getObject("id", UUID.class),
						rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
						rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
						Optional.ofNullable(rs.getObject("revoked_at", OffsetDateTime.class))
								.map(OffsetDateTime::toInstant).orElse(null)))
				.list();
	}

	Optional<String> ownerOf(UUID id) {
		return jdbc.sql("select username from directory.api_token where id = ?").param(id).query(String.class)
				.optional();
	}

	/** Revokes a token; revoking it again changes nothing. */
	void revoke(UUID id) {
		jdbc.sql("update directory.api_token set revoked_at = ? where id = ? and revoked_at is null")
				.params(at(clock.instant()), id)
				.update();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
