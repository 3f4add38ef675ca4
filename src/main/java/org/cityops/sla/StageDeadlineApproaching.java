package org.cityops.sla;

import java.time.Instant;

/**
 * A running stage reached the warning share of its limit (by default 80 %).
 *
 * @param caseId the case
 * @param stage the stage
 * @param due when the stage is due
 * @param mode the mode its limit was computed in
 * @param warnedAt when the warning fired
 */
public record StageDeadlineApproaching(String caseId, Stage stage, Instant due, SlaMode mode, Instant warnedAt) {
}
