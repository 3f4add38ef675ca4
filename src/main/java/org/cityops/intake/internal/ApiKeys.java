package org.cityops.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The API keys of the apps and systems that report into the pool. Only a SHA-256 of each key is
 * stored: keys are long random strings, so a fast hash is enough and lets a key be looked up.
 * Registers the keys named in {@link IntakeSettings#apiKeys()} at start-up.
 */
@Component
public class ApiKeys implements ApplicationRunner {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final IntakeSettings settings;
	private final Clock clock;

	ApiKeys(JdbcClient jdbc, IntakeSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** What a key is for. */
	public enum Kind {
		/** A citizen-facing app (an Open311 client): its reports come in on the CITIZEN channel. */
		APP,
		/** Another system (a sensor platform, one of the coordination-gateway systems): GATEWAY or SENSOR. */
		SYSTEM
	}

	/** A valid key's owner. */
	public record ApiKey(UUID id, String system, Kind kind) {
	}

	/** The owner of an unrevoked key, if the key is one. */
	public Optional<ApiKey> find(String key) {
		if (key == null || key.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("select id, system, kind from intake.api_keys where key_hash = ? and revoked_at is null")
				.param(hash(key.strip()))
				.query((rs, n) -> new ApiKey(rs.getObject("id", UUID.class), rs.getString("system"),
						Kind.valueOf(rs.getString("kind"))))
				.optional();
	}

	/** A key as administrators see it: never the key itself. */
	public record Issued(UUID id, String system, Kind kind, String label, OffsetDateTime createdAt,
			OffsetDateTime revokedAt) {
	}

	/** Makes a new random key for a system; the answer is the only time the key is shown. */
	public String issue(String system, Kind kind, String label) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String key = "co_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		register(key, system, kind, label);
		return key;
	}

	public List<Issued> all() {
		return jdbc.sql("select * from intake.api_keys order by created_at, system")
				.query((rs, n) -> new Issued(rs.getObject("id", UUID.class), rs.getString("system"),
						Kind.valueOf(rs.getString("kind")), rs.getString("label"),
						rs.getObject("created_at", OffsetDateTime.class),
						rs.getObject("revoked_at", OffsetDateTime.class)))
				.list();
	}

	/** Revokes a key; answers whether there was an unrevoked key with that id. */
	public boolean revoke(UUID id) {
		return jdbc.sql("update intake.api_keys set revoked_at = ? where id = ? and revoked_at is null")
				.params(OffsetDateTime.now(clock), id).update() == 1;
	}

	/** Registers a key unless it is registered already; answers whether it did. */
	public boolean register(String key, String system, Kind kind, String label) {
		return jdbc.sql("""
				insert into intake.api_keys (id, key_hash, system, kind, label, created_at)
				values (?, ?, ?, ?, ?, ?) on conflict (key_hash) do nothing""")
				.params(UUID.randomUUID(), hash(key.strip()), system, kind.name(), label, OffsetDateTime.now(clock))
				.update() == 1;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (IntakeSettings.Key key : settings.apiKeys()) {
			Kind kind = key.kind() == null ? Kind.APP : key.kind();
			register(key.key(), key.system(), kind, "from cityops.intake.api-keys");
		}
	}

	static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
