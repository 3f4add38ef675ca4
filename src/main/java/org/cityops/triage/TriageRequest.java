package org.cityops.triage;

import java.time.Instant;
import java.util.Set;

/**
 * What triage looks at.
 *
 * @param description the report text as given
 * @param categoryCode the category the channel already knows, {@code null} when the classifier is to choose
 * @param reportedAt when it was reported (night-time noise is tagged)
 * @param tags tags the channel gave ({@code name} or {@code name:reason}); a difficulty among them
 * ({@code general}, {@code difficult}, {@code collaborative}, {@code one-thing}) is kept and triage
 * adds none of its own
 */
public record TriageRequest(String description, String categoryCode, Instant reportedAt, Set<String> tags) {

	/** The difficulty names, one of which every triaged case carries. */
	public static final Set<String> DIFFICULTIES = Set.of("general", "difficult", "collaborative", "one-thing");

	public TriageRequest {
		tags = tags == null ? Set.of() : Set.copyOf(tags);
	}

	public TriageRequest(String description, String categoryCode, Instant reportedAt) {
		this(description, categoryCode, reportedAt, Set.of());
	}

	/** The names of the given tags (before any {@code :reason}). */
	public Set<String> tagNames() {
		return tags.stream().map(tag -> tag.split(":", 2)[0].strip()).collect(java.util.stream.Collectors.toSet());
	}
}
