package org.cityops.triage;

import java.util.List;

/**
 * Triage of a new case: a category from the classifier (or the human triage queue when it is not
 * sure or the text is unusable), tags with their reasons (difficulty, risks, repeat complaints)
 * and urgency. The human's choice becomes training data; {@link #retrain()} swaps in a model that
 * learnt from it without a restart.
 */
public interface Triage {

	/**
	 * Assesses a report. Never fails on bad text: empty, emoji-only, foreign or very long texts go
	 * to human triage with the reason.
	 *
	 * @param earlier looks up earlier cases a report of a category repeats (supplied by the channel,
	 * which knows the pool); called at most once, only when a category is known
	 */
	Assessment assess(TriageRequest request, EarlierCases earlier);

	/**
	 * Tells the duty chiefs at once about the risks of an opened case: publishes {@link RiskDetected}
	 * when the assessment found any, in the caller's transaction when there is one (the intake calls it
	 * in the transaction that creates the case); does nothing otherwise.
	 */
	void alert(String caseId, String text, Assessment assessment);

	/**
	 * Records the category a person chose for a case text; the next {@link #retrain()} learns from it.
	 * A later choice for the same case replaces the earlier one.
	 */
	void learn(HumanLabel label);

	/** Trains a new model from the corpus and every human label, and swaps it in atomically. */
	Retrained retrain();

	/**
	 * Earlier cases that a new report of a category repeats.
	 */
	@FunctionalInterface
	interface EarlierCases {

		/**
		 * Ids of earlier cases of the category reported by the same reporter or within
		 * {@code radiusMetres} of the report, received within {@code window}; newest first.
		 */
		List<String> of(String categoryCode, java.time.Duration window, double radiusMetres);

		EarlierCases NONE = (categoryCode, window, radiusMetres) -> List.of();
	}

	/**
	 * @param caseId the case, {@code null} when the label does not belong to a case
	 * @param text the case text
	 * @param categoryCode the category the person chose
	 * @param suggested the category the case had before the choice (the classifier's, when it chose
	 * one), {@code null} when none
	 * @param labelledBy the person's login
	 */
	record HumanLabel(String caseId, String text, String categoryCode, String suggested, String labelledBy) {
	}

	/**
	 * @param trainingTexts corpus texts plus human labels the new model learnt from
	 * @param humanLabels how many of them were human labels
	 * @param millis how long training took
	 */
	record Retrained(int trainingTexts, int humanLabels, long millis) {
	}
}
