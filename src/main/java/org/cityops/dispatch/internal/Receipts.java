package org.cityops.dispatch.internal;

import java.security.SecureRandom;

/**
 * Receipt numbers: what a reporter gets to follow a case without logging in. Random (60 bits) so
 * that nobody can guess another reporter's receipt; Crockford base-32 so they read out over the
 * phone without confusing 0/O or 1/I.
 */
final class Receipts {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
	private static final SecureRandom RANDOM = new SecureRandom();

	private Receipts() {
	}

	/** A new receipt such as {@code 7K3M-Q9XD-2F8A}. */
	static String next() {
		StringBuilder receipt = new StringBuilder(14);
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				receipt.append('-');
			}
			receipt.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return receipt.toString();
	}

	static boolean isWellFormed(String text) {
		return text != null && text.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
	}
}
