package org.cityops.triage;

import java.time.Instant;

/**
 * What triage looks at.
 *
 * @param description the report text as given
 * @param categoryCode the category the channel already knows, {@code null} when the classifier is to choose
 * @param reportedAt when it was reported (night-time noise is tagged)
 */
public record TriageRequest(String description, String categoryCode, Instant reportedAt) {
}
