package org.cityops.dispatch;

import java.time.Instant;

/**
 * A unit (and person) must answer for a missed deadline, a return or a failed verification.
 *
 * @param recordId the accountability record
 * @param caseId the case
 * @param unitCode the unit that answers
 * @param personId the person, if one was responsible
 * @param cause what happened
 * @param detail in words
 * @param at when
 */
public record AccountabilityOpened(long recordId, CaseId caseId, String unitCode, String personId, String cause,
		String detail, Instant at) {
}
