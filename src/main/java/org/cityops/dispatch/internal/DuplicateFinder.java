package org.cityops.dispatch.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the open case a new report repeats: same category, within a distance and a time window.
 * The new report is linked to it (not dropped, not merged), and its reporter is told when it closes.
 */
@Component
class DuplicateFinder {

	private final JdbcClient jdbc;
	private final DispatchSettings settings;

	DuplicateFinder(JdbcClient jdbc, DispatchSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** The earliest open case (other than the report's own) the report repeats, if any. */
	Optional<String> original(String caseId, String categoryCode, Double lat, Double lng, Instant receivedAt) {
		if (categoryCode == null || lat == null || lng == null) {
			return Optional.empty();
		}
		double radius = settings.duplicateRadius();
		double dLat = Distances.latitudeDegrees(radius);
		double dLng = dLat / Math.cos(Math.toRadians(lat));
		List<Candidate> candidates = jdbc.sql("""
				select id, lat, lng, received_at from dispatch.cases
				where category_code = :category and id <> :self and closed_at is null and duplicate_of is null
				  and state not in ('DUPLICATE', 'VOIDED', 'SUSPENDED')
				  and received_at >= :since and received_at <= :until
				  and lat between :south and :north and lng between :west and :east
				order by received_at, id limit 50""")
				.param("category", categoryCode)
				.param("self", caseId)
				.param("since", Timestamp.from(receivedAt.minus(settings.duplicateWindow())))
				.param("until", Timestamp.from(receivedAt))
				.param("south", lat - dLat).param("north", lat + dLat)
				.param("west", lng - dLng).param("east", lng + dLng)
				.query((row, n) -> new Candidate(row.getString("id"), row.getDouble("lat"), row.getDouble("lng"),
						row.getTimestamp("received_at").toInstant()))
				.list();
		return candidates.stream()
				.filter(candidate -> Distances.metres(lat, lng, candidate.lat(), candidate.lng()) <= radius)
				.min(Comparator.comparing(Candidate::receivedAt).thenComparing(Candidate::id))
				.map(Candidate::id);
	}

	private record Candidate(String id, double lat, double lng, Instant receivedAt) {
	}
}
