package org.cityops.directory;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a person in the directory.
 */
public record PersonId(UUID value) {

	public PersonId {
		Objects.requireNonNull(value, "value");
	}

	/** The same key always gives the same id; used for reference and demo people so reloads find them. */
	public static PersonId derivedFrom(String key) {
		return new PersonId(UUID.nameUUIDFromBytes(("cityops:person:" + key).getBytes(StandardCharsets.UTF_8)));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
