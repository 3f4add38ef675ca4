package org.cityops.dispatch;

import java.time.Instant;
import java.util.List;

/**
 * A consultation (会商) on an escalated case: who took part, what they decided, and which unit
 * leads (主办) with which co-organisers (协办).
 *
 * @param caseId the case
 * @param heldAt when it was held
 * @param recordedBy who recorded it
 * @param participants who took part
 * @param decision what was decided
 * @param leadUnit the lead unit
 * @param coUnits the co-organisers
 */
public record Consultation(CaseId caseId, Instant heldAt, String recordedBy, List<Participant> participants,
		String decision, String leadUnit, List<String> coUnits) {

	/**
	 * Someone at the table.
	 *
	 * @param post e.g. {@code CITY_LEADER}, {@code PUBLIC_SECURITY_CHIEF}, {@code EMERGENCY_CHIEF}
	 * @param personId their id in the directory, if known
	 * @param name their name
	 */
	public record Participant(String post, String personId, String name) {
	}
}
