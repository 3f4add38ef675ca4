package org.cityops.sla;

import java.time.Instant;

/**
 * A stage was still running when its deadline passed. Announced once per stage clock.
 *
 * @param caseId the case
 * @param stage the stage
 * @param due when the stage was due
 * @param mode the mode its limit was computed in
 * @param breachedAt when the breach was detected
 */
public record StageDeadlineBreached(String caseId, Stage stage, Instant due, SlaMode mode, Instant breachedAt) {
}
