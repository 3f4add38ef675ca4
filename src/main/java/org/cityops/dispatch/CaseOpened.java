package org.cityops.dispatch;

import java.time.Instant;

/**
 * A report entered the pool.
 *
 * @param caseId the new case
 * @param channel where it came in
 * @param categoryCode its minor class, {@code null} when not yet categorised
 * @param gridCode the grid it lies in, {@code null} outside every grid
 * @param countyCode the county it lies in, {@code null} when unknown
 * @param at when it was received
 */
public record CaseOpened(CaseId caseId, Channel channel, String categoryCode, String gridCode, String countyCode,
		Instant at) {
}
