package org.cityops.dispatch;

import java.time.Instant;
import java.util.Set;

/**
 * A case in a list: enough to show it in the pool, on the map and in a queue.
 */
public record CaseSummary(CaseId id, CaseState state, Channel channel, String categoryCode, String description,
		String address, Double lat, Double lng, String gridCode, String countyCode, String assigneeUnit,
		String assigneePerson, Instant receivedAt, boolean urgent, Set<String> tags, Instant closedAt) {
}
