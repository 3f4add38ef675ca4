package org.cityops.dispatch;

import java.time.Instant;

/**
 * A unit's (and person's) duty to answer for a missed deadline, a return or a failed verification
 * (the responsibility loop). Open until the unit answers and a supervisor accepts the answer.
 *
 * @param id the record
 * @param caseId the case
 * @param unitCode the unit that answers
 * @param personId the responsible person, if any
 * @param cause {@code DEADLINE_MISSED}, {@code RETURNED} or {@code VERIFICATION_FAILED}
 * @param stage the stage whose deadline was missed, else empty
 * @param detail in words
 * @param openedAt when it opened
 * @param state {@code OPEN}, {@code ANSWERED} or {@code ACCEPTED}
 * @param answer the unit's answer
 * @param answeredAt when it answered
 * @param answeredBy who answered
 * @param reviewedAt when a supervisor last reviewed it
 * @param reviewedBy who reviewed
 * @param reviewNote what the supervisor said
 */
public record AccountabilityRecord(long id, CaseId caseId, String unitCode, String personId, String cause,
		String stage, String detail, Instant openedAt, String state, String answer, Instant answeredAt,
		String answeredBy, Instant reviewedAt, String reviewedBy, String reviewNote) {
}
