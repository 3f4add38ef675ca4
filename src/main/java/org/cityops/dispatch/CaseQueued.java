package org.cityops.dispatch;

import java.time.Instant;

/**
 * A new case the platform did not route by itself (outside every grid, not yet categorised, or with
 * automatic dispatch turned off): it waits in a centre's manual queue for a dispatcher.
 *
 * @param caseId the case
 * @param categoryCode its minor class, {@code null} when not yet categorised
 * @param gridCode the grid it lies in, {@code null} outside every grid
 * @param unitCode the centre whose queue it waits in
 * @param reportedBy the login that entered the report ({@code system} for a channel without one)
 * @param at when it was received
 */
public record CaseQueued(CaseId caseId, String categoryCode, String gridCode, String unitCode, String reportedBy,
		Instant at) {
}
