package org.cityops.triage;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of triage for one report.
 *
 * @param categoryCode the category to open the case with: the given one, the classifier's when it
 * is confident enough, else {@code null} (the case goes to the centre's human triage queue)
 * @param confidence the classifier's probability for its best category, {@code null} when it did not run
 * @param decision how the category was decided
 * @param reason why, in words (for the human queue: why the classifier was not used or not trusted)
 * @param suggestions the classifier's top categories with their probabilities, best first
 * @param urgent whether a risk makes the case urgent
 * @param tags tags, each with its reason
 * @param risks the risks found in the text
 */
public record Assessment(String categoryCode, Double confidence, Decision decision, String reason,
		List<Suggestion> suggestions, boolean urgent, List<CaseTag> tags, List<Risk> risks) {

	public Assessment {
		suggestions = List.copyOf(suggestions);
		tags = List.copyOf(tags);
		risks = List.copyOf(risks);
	}

	/** How the category was decided. */
	public enum Decision {
		/** The channel gave it. */
		GIVEN,
		/** The classifier chose it with enough confidence. */
		AUTOMATIC,
		/** A person at the centre chooses it. */
		HUMAN_TRIAGE
	}

	/** The tags as cases store them: {@code name:reason}. */
	public Set<String> tagStrings() {
		Set<String> strings = new LinkedHashSet<>();
		tags.forEach(tag -> strings.add(tag.toString()));
		return strings;
	}

	/** A category and the classifier's probability for it. */
	public record Suggestion(String categoryCode, String name, double confidence) {
	}

	/**
	 * A risk found in the text.
	 *
	 * @param kind the one-thing tag, e.g. {@code RISK_FIRE}, {@code RISK_GAS}, {@code RISK_LIFE}, {@code GROUP}
	 * @param keyword the words that revealed it
	 */
	public record Risk(String kind, String keyword) {
	}
}
