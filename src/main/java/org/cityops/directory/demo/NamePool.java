package org.cityops.directory.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.springframework.core.io.ClassPathResource;

/**
 * Made-up Chinese names from the authored lists in {@code directory/demo/}: a surname and one or two
 * given-name characters.
 */
final class NamePool {

	private final List<String> surnames;
	private final List<String> givenCharacters;

	NamePool(List<String> surnames, List<String> givenCharacters) {
		this.surnames = List.copyOf(surnames);
		this.givenCharacters = List.copyOf(givenCharacters);
	}

	static NamePool fromResources() {
		return new NamePool(words("directory/demo/surnames.txt"), words("directory/demo/given-name-characters.txt"));
	}

	String name(SplittableRandom random) {
		StringBuilder name = new StringBuilder(pick(surnames, random)).append(pick(givenCharacters, random));
		if (random.nextInt(10) < 7) {
			name.append(pick(givenCharacters, random));
		}
		return name.toString();
	}

	private static String pick(List<String> words, SplittableRandom random) {
		return words.get(random.nextInt(words.size()));
	}

	private static List<String> words(String resource) {
		try {
			String text = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
			return Arrays.stream(text.trim().split("\\s+")).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read " + resource, e);
		}
	}
}
