package org.cityops.directory.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 digests as hex strings: fingerprints of imported data and hashes of API tokens.
 */
public final class Sha256 {

	private Sha256() {
	}

	public static String hex(Iterable<String> parts) {
		MessageDigest digest = digest();
		for (String part : parts) {
			digest.update(part.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	public static String hex(String text) {
		return hex(List.of(text));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", e);
		}
	}
}
