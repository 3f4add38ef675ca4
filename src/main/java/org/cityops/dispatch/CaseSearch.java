package org.cityops.dispatch;

import java.util.List;
import java.util.Optional;

/**
 * Lists from the case pool, newest first.
 */
public interface CaseSearch {

	/**
	 * One page of the cases matching a filter.
	 *
	 * @param page zero-based
	 * @param size at most 200
	 */
	Page search(CaseFilter filter, int page, int size);

	/** One case as it shows in a list (a single lookup, without its timeline, clocks or tasks). */
	Optional<CaseSummary> summary(CaseId id);

	/** The handling loop of a unit: its cases still open. */
	List<CaseSummary> openCasesOf(String unitCode);

	/**
	 * Earlier cases of a category that a new report repeats (重复投诉): received since a time, not
	 * voided, and either reported from the same phone or lying within a distance of a position;
	 * newest first, at most 20.
	 *
	 * @param reporterPhone the new report's phone, {@code null} when none
	 * @param lat WGS84 latitude of the new report, {@code null} when unknown
	 * @param lng WGS84 longitude, {@code null} when unknown
	 * @param radiusMetres how near counts as the same place
	 */
	List<CaseSummary> earlierReports(String categoryCode, String reporterPhone, Double lat, Double lng,
			double radiusMetres, java.time.Instant since);

	/** A page of results and how many there are in all. */
	record Page(List<CaseSummary> cases, long total, int page, int size) {
	}
}
