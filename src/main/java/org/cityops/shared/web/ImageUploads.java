package org.cityops.shared.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What the platform accepts as a photo (a case's evidence from a citizen, a patrol or a handling step):
 * JPEG, PNG or WebP, recognised by the file's first bytes rather than its name, at most 5 MB.
 */
public final class ImageUploads {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private ImageUploads() {
	}

	/** The image type the bytes start with, if it is one the platform accepts. */
	public static Optional<String> type(byte[] bytes) {
		if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of("image/webp");
		}
		return Optional.empty();
	}

	/**
	 * Checks an upload.
	 *
	 * @return its image type
	 * @throws InvalidInputException naming {@code field} when it is empty, too large or not an accepted image
	 */
	public static String check(String field, byte[] bytes) {
		if (bytes.length == 0) {
			throw new InvalidInputException(FieldProblem.coded(field, "problem.image.empty", "is empty"));
		}
		tooLarge(field, bytes.length);
		return type(bytes).orElseThrow(() -> new InvalidInputException(FieldProblem.coded(field, "problem.image.type",
				"must be a JPEG, PNG or WebP image")));
	}

	/**
	 * Refuses an upload of more than {@link #MAX_BYTES}, before it is read.
	 *
	 * @throws InvalidInputException naming {@code field} when {@code size} is too large
	 */
	public static void tooLarge(String field, long size) {
		if (size > MAX_BYTES) {
			String megabytes = String.format(Locale.ROOT, "%.1f", size / 1048576.0);
			throw new InvalidInputException(FieldProblem.coded(field, "problem.image.tooLarge",
					"must be at most 5 MB; this one has " + megabytes + " MB", megabytes));
		}
	}

	private static boolean starts(byte[] bytes, int offset, int... expected) {
		if (bytes.length < offset + expected.length) {
			return false;
		}
		return Arrays.equals(Arrays.stream(expected).map(b -> b & 0xFF).toArray(),
				IntStream.range(0, expected.length).map(i -> bytes[offset + i] & 0xFF).toArray());
	}
}
