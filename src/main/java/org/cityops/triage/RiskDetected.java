package org.cityops.triage;

import java.time.Instant;
import java.util.List;

/**
 * A new case's text names a risk to life or property (fire, gas, someone threatening to jump, a
 * crowd gathering, …): the duty chiefs are to be alerted at once.
 *
 * @param caseId the case
 * @param risks what was found and by which words
 * @param excerpt the start of the text
 * @param at when it was detected
 */
public record RiskDetected(String caseId, String categoryCode, List<Assessment.Risk> risks, String excerpt,
		Instant at) {

	public RiskDetected {
		risks = List.copyOf(risks);
	}
}
